import { containsPan } from "@paylens/domain/card";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BIN_CATALOGUE, cardNumber } from "../cards.ts";
import { createRng } from "../random.ts";
import { field, str } from "../test-support.ts";
import { REASON_CODES } from "./codes.ts";
import type { BegatewaySandbox } from "./index.ts";
import { basic, client, payment, SHOP, startTestSandbox } from "./test-support.ts";

const ISO_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

describe("beGateway sandbox: payments", () => {
  let sandbox: BegatewaySandbox;
  let v3: ReturnType<typeof client>;
  let v2: ReturnType<typeof client>;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ allowTimeTravel: true });
    v3 = client(sandbox.url, { v3: true });
    v2 = client(sandbox.url);
  });
  afterAll(async () => {
    await sandbox.close();
  });

  it("refuses wrong or missing credentials with 401", async () => {
    const wrong = await client(sandbox.url, { auth: basic(SHOP.shopId, "nope") }).post(
      "/transactions/payments",
      payment("4200000000000000"),
    );
    expect(wrong.status).toBe(401);
    expect(wrong.json).toEqual({ message: "Unauthorized" });
    const missing = await client(sandbox.url, { auth: null, v3: true }).get("/transactions/abc");
    expect(missing.status).toBe(401);
    expect(missing.json).toMatchObject({ code: "E.1021", message: "Unauthorized" });
  });

  it("answers a v3 payment with the success card flat, S.0000 and no full card number", async () => {
    const reply = await v3.post("/transactions/payments", payment("4200000000000000"));
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({
      status: "successful",
      code: "S.0000",
      friendly_message: "The transaction is successfully processed.",
      type: "payment",
      currency: "EUR",
      test: true,
      payment_method: {
        payment_method_type: "credit_card",
        bin: "420000",
        last_4: "0000",
        first_1: "4",
        brand: "visa",
        issuer_country: "LT",
        exp_month: 1,
        exp_year: 2030,
      },
      transaction: { bank_code: "00", status: "successful", gateway_id: 645 },
      avs_cvc_verification: { avs_verification: { result_code: "M" }, cvc_verification: { result_code: "M" } },
    });
    expect(field(reply.json, "transaction", "uid")).toBeUndefined();
    expect(str(reply.json, "uid")).toMatch(/^\d{5}-[0-9a-f]{10}$/);
    expect(str(reply.json, "created_at")).toMatch(ISO_MS);
    expect(str(reply.json, "paid_at")).toMatch(ISO_MS);
    expect(str(reply.json, "transaction", "auth_code")).toMatch(/^[A-Z0-9]{6}$/);
    expect(str(reply.json, "transaction", "rrn")).toMatch(/^\d{12}$/);
    expect(str(reply.json, "payment_method", "stamp")).toMatch(/^[0-9a-f]{64}$/);
    expect(reply.text).not.toContain("4200000000000000");
    expect(containsPan(reply.text)).toBe(false);
  });

  it("answers v2 with a transaction wrapper and a section named after the type", async () => {
    const reply = await v2.post("/transactions/authorizations", payment("4200000000000000"));
    expect(reply.json).toMatchObject({
      transaction: {
        status: "successful",
        message: "Successfully processed",
        type: "authorization",
        credit_card: { bin: "420000", last_4: "0000", brand: "visa" },
        authorization: { bank_code: "00", message: "Authorization was approved", status: "successful" },
      },
    });
    expect(field(reply.json, "transaction", "code")).toBeUndefined();
  });

  it("declines the failure card with an F code", async () => {
    const v3Reply = await v3.post("/transactions/payments", payment("4005550000000019"));
    expect(v3Reply.status).toBe(200);
    expect(v3Reply.json).toMatchObject({ status: "failed", code: "F.0105" });
    const v2Reply = await v2.post(
      "/transactions/payments",
      payment("4005550000000019", { credit_card: { number: "4005550000000019", exp_month: "10", exp_year: 2030 } }),
    );
    expect(v2Reply.json).toMatchObject({ transaction: { status: "failed", message: "Payment was declined" } });
  });

  it("accepts what the PHP SDK sends: every key, nulls, exp_year number and exp_month string", async () => {
    const php = {
      amount: 1233,
      currency: "EUR",
      description: "php",
      tracking_id: "php-1",
      notification_url: null,
      return_url: null,
      language: "en",
      test: true,
      duplicate_check: true,
      customer: { ip: null, email: null, birth_date: null },
      billing_address: {
        first_name: null,
        last_name: null,
        country: null,
        city: null,
        state: null,
        zip: null,
        address: null,
        phone: null,
      },
      additional_data: {
        receipt_text: [],
        contract: [],
        meta: [],
        fiscalization: [],
        platform_data: null,
        integration_data: null,
      },
      credit_card: {
        number: "4200000000000000",
        verification_value: "123",
        holder: "John Doe",
        exp_month: "01",
        exp_year: 2030,
      },
    };
    const ok = await v2.post("/transactions/payments", php);
    expect(ok.json).toMatchObject({ transaction: { status: "successful", customer: { ip: null } } });
    const declined = await v2.post("/transactions/payments", {
      ...php,
      tracking_id: "php-2",
      credit_card: { ...php.credit_card, exp_month: "10" },
    });
    expect(declined.json).toMatchObject({ transaction: { status: "failed", message: "Payment was declined" } });
  });

  it("rejects invalid requests with 422 and field errors (v3 E.1025, v2 without code)", async () => {
    const reply = await v3.post("/transactions/payments", {
      amount: 0,
      credit_card: { number: "4200000000000000", exp_month: "13", exp_year: 2030 },
    });
    expect(reply.status).toBe(422);
    expect(reply.json).toMatchObject({
      code: "E.1025",
      friendly_message: "Invalid request params",
      errors: {
        amount: ["must be greater than 0"],
        currency: ["can't be blank"],
        description: ["can't be blank"],
        credit_card: { exp_month: ["is invalid"] },
      },
    });
    expect(str(reply.json, "message")).toContain("Description can't be blank.");
    const old = await v2.post("/transactions/payments", {
      amount: 100,
      currency: "EUR",
      credit_card: { number: "4200000000000000", exp_month: 1, exp_year: 2030 },
    });
    expect(old.json).toEqual({ message: "Description can't be blank.", errors: { description: ["can't be blank"] } });
  });

  it("answers bad JSON with 400 E.1026 and a missing request section with 422", async () => {
    const bad = await v3.postRaw("/transactions/payments", "{not json");
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ code: "E.1026" });
    const bare = await v3.postRaw("/transactions/payments", JSON.stringify({ amount: 1 }));
    expect(bare.status).toBe(422);
    expect(bare.json).toMatchObject({ code: "E.1017" });
  });

  it("fails a non-Luhn number with F.0127 and honours expected_bank_code on test transactions", async () => {
    const luhn = await v3.post("/transactions/payments", payment("4200000000000001"));
    expect(luhn.json).toMatchObject({ status: "failed", code: "F.0127", transaction: { bank_code: "14" } });
    const forced = await v3.post(
      "/transactions/payments",
      payment("4200000000000000", { additional_data: { expected_bank_code: "F.0114" } }),
    );
    expect(forced.json).toMatchObject({
      status: "failed",
      code: "F.0114",
      message: expect.stringContaining("Insufficient funds"),
    });
  });

  it("emulates AVS and CVC results from address, zip and CVC digits", async () => {
    const reply = await v3.post(
      "/transactions/payments",
      payment("4200000000000000", {
        billing_address: { address: "1st Street", zip: "2000", country: "US" },
        credit_card: { number: "4200000000000000", verification_value: "222", exp_month: "01", exp_year: 2030 },
      }),
    );
    expect(reply.json).toMatchObject({
      avs_cvc_verification: { avs_verification: { result_code: "B" }, cvc_verification: { result_code: "N" } },
    });
  });

  it("refuses a duplicate within 30 s unless duplicate_check is false", async () => {
    const request = payment("4200000000000000");
    expect((await v3.post("/transactions/payments", request)).json).toMatchObject({ status: "successful" });
    const again = await v2.post("/transactions/payments", request);
    expect(again.json).toMatchObject({ transaction: { status: "failed", message: "Duplicate transaction" } });
    const v3Again = await v3.post("/transactions/payments", request);
    expect(v3Again.json).toMatchObject({ status: "failed", code: "F.0108" });
    const allowed = await v3.post("/transactions/payments", { ...request, duplicate_check: false });
    expect(allowed.json).toMatchObject({ status: "successful" });
  });

  it("finds transactions by uid and by tracking id, newest first; unknown ones give 404 / an empty list", async () => {
    const first = await v3.post("/transactions/payments", payment("4200000000000000", { tracking_id: "order-77" }));
    const second = await v3.post("/transactions/payments", payment("4005550000000019", { tracking_id: "order-77" }));
    const byUid = await v2.get(`/transactions/${str(first.json, "uid")}`);
    expect(byUid.json).toMatchObject({ transaction: { uid: str(first.json, "uid"), status: "successful" } });
    const list = await v2.get("/v2/transactions/tracking_id/order-77");
    expect(field(list.json, "transactions", "length")).toBe(2);
    expect(str(list.json, "transactions", 0, "uid")).toBe(str(second.json, "uid"));
    expect((await v3.get("/v2/transactions/tracking_id/none")).json).toEqual({ transactions: [] });
    const missing = await v2.get("/transactions/00000-0000000000");
    expect(missing.status).toBe(404);
    expect(missing.json).toEqual({ message: "Record not found" });
    for (const path of ["/beyag/payments/", "/beyag/transactions/"]) {
      const apm = await v2.get(`${path}${str(first.json, "uid")}`);
      expect(apm.status).toBe(404);
      expect(field(apm.json, "transaction")).toBeUndefined();
    }
  });

  it("charges a saved card by token and skips 3-DS when asked", async () => {
    const first = await v3.post("/transactions/payments", payment("4005550000000019"));
    const token = str(first.json, "payment_method", "token");
    const again = await v3.post("/transactions/payments", payment("", { credit_card: { token } }));
    expect(again.json).toMatchObject({ status: "failed", code: "F.0105", payment_method: { token, last_4: "0019" } });
    const unknown = await v3.post("/transactions/payments", payment("", { credit_card: { token: "nope" } }));
    expect(unknown.status).toBe(422);
    expect(unknown.json).toMatchObject({ errors: { credit_card: { token: ["does not exist"] } } });
    const skipped = await v3.post(
      "/transactions/payments",
      payment("4012000000001097", {
        credit_card: {
          number: "4012000000001097",
          exp_month: "01",
          exp_year: 2030,
          skip_three_d_secure_verification: true,
        },
      }),
    );
    expect(skipped.json).toMatchObject({ status: "successful", three_d_secure_verification: null });
  });

  it("dates a transaction by X-Sandbox-Time when time travel is allowed", async () => {
    const reply = await v3.post("/transactions/payments", payment("4200000000000000"), {
      "X-Sandbox-Time": "2026-01-02T03:04:05.678Z",
    });
    expect(reply.json).toMatchObject({ created_at: "2026-01-02T03:04:05.678Z", paid_at: "2026-01-02T03:04:05.678Z" });
  });

  it("asks the simulated issuer for other cards: deterministic mix of approvals and mapped declines", async () => {
    const rng = createRng(7);
    const outcomes: string[] = [];
    for (let i = 0; i < 40; i++) {
      const range = BIN_CATALOGUE[i % BIN_CATALOGUE.length];
      if (!range) continue;
      const reply = await v3.post("/transactions/payments", payment(cardNumber(range, rng)));
      expect(str(reply.json, "payment_method", "issuer_name")).toBe(range.issuer);
      outcomes.push(str(reply.json, "code"));
    }
    expect(outcomes.filter((code) => code === "S.0000").length).toBeGreaterThan(25);
    const declines = outcomes.filter((code) => code !== "S.0000");
    expect(declines.length).toBeGreaterThan(0);
    for (const code of declines) expect(Object.values(REASON_CODES)).toContain(code);
  });
});
