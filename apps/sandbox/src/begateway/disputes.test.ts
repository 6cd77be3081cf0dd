import { verify } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { begateway } from "@paylens/providers/begateway/index";
import { closeAll, field, type Received, str } from "../test-support.ts";
import type { BegatewaySandbox } from "./index.ts";
import { client, keys, payment, SHOP, startReceiver, startTestSandbox } from "./test-support.ts";

const bodyOf = (r: Received): Record<string, unknown> => JSON.parse(r.body) as Record<string, unknown>;
const signedCorrectly = (r: Received): boolean =>
  verify(
    "sha256",
    Buffer.from(r.body),
    keys.publicKeyPem,
    Buffer.from(String(r.headers["content-signature"]), "base64"),
  );

// The seed's v3 example answer (docs/providers/begateway.md §3.2), kept by the connector's tests.
const seed = JSON.parse(
  readFileSync(
    new URL("../../../../packages/providers/src/begateway/fixtures/seed-v3-incomplete.json", import.meta.url),
    "utf8",
  ),
) as Record<string, Record<string, unknown>>;

describe("beGateway sandbox: expired cards and the v3 webhook layout", () => {
  let sandbox: BegatewaySandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ chargebackRate: 0 });
    receiver = await startReceiver();
  });
  afterAll(() => closeAll(sandbox, receiver));

  it.each([
    ["an expiry year of 2010", { exp_month: "01", exp_year: 2010 }],
    ["last month", { exp_month: "01", exp_year: new Date().getUTCFullYear() - 1 }],
  ])("refuses %s as a validation error, in v3 and v2, for payments and authorizations", async (_name, expiry) => {
    const card = { number: "4200000000000000", verification_value: "123", holder: "John Doe", ...expiry };
    for (const path of ["/transactions/payments", "/transactions/authorizations"]) {
      const v3 = await client(sandbox.url, { v3: true }).post(path, payment("4200000000000000", { credit_card: card }));
      expect(v3.status).toBe(422);
      expect(v3.json).toEqual({
        code: "E.1025",
        friendly_message: expect.any(String) as string,
        message: "Date is expired",
        errors: { credit_card: { date: ["is expired"] } },
      });
      const v2 = await client(sandbox.url).post(path, payment("4200000000000000", { credit_card: card }));
      // The PHP SDK reads `errors` without `transaction` as status "error" with this message.
      expect(v2.json).toEqual({ message: "Date is expired", errors: { credit_card: { date: ["is expired"] } } });
    }
    expect(sandbox.stats().transactions).toBe(0);
  });

  it("sends a v3 request's webhook flat, with the seed example's fields in the seed's order", async () => {
    const api = client(sandbox.url, { v3: true });
    const created = await api.post(
      "/transactions/payments",
      payment("4012000000001097", { notification_url: receiver.url }),
    );
    const uid = str(created.json, "uid");
    const [hook] = await receiver.waitFor(1, (r) => r.body.includes(uid));
    const body = bodyOf(hook!);
    const seedKeys = Object.keys(seed).filter((key) => key !== "max_mind_verification");
    const keys = Object.keys(body);
    expect(keys.filter((key) => key in seed)).toEqual(seedKeys);
    // What the sandbox adds to the seed's set: the v3 table's other fields; it runs no MaxMind check.
    expect(keys.filter((key) => !(key in seed))).toEqual(["psp_settled_at", "parent_uid", "reason"]);
    for (const section of ["payment_method", "three_d_secure_verification", "transaction", "customer", "links"])
      expect(Object.keys(body[section] as object)).toEqual(Object.keys(seed[section]!));
    expect(body).toMatchObject({ uid, status: "incomplete", code: "P.9998", status_code: 21, message: null });
  });
});

describe("beGateway sandbox: chargebacks", () => {
  let sandbox: BegatewaySandbox;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    sandbox = await startTestSandbox({ chargebackRate: 0 });
    receiver = await startReceiver();
    api = client(sandbox.url, { v3: true });
  });
  afterAll(() => closeAll(sandbox, receiver));

  it("raises a chargeback on a payment: a signed webhook and a transaction queryable by uid", async () => {
    const pay = await api.post(
      "/transactions/payments",
      payment("4200000000000000", { notification_url: receiver.url }),
    );
    const paymentUid = str(pay.json, "uid");
    const uid = sandbox.raiseChargeback(paymentUid);
    const [hook] = await receiver.waitFor(1, (r) => field(bodyOf(r), "uid") === uid);
    expect(signedCorrectly(hook!)).toBe(true);
    const body = bodyOf(hook!);
    const amount = field(pay.json, "amount");
    expect(body).toMatchObject({
      uid,
      type: "chargeback",
      status: "successful",
      parent_uid: paymentUid,
      amount,
      currency: "EUR",
      chargeback: { amount, currency: "EUR", status: "successful", rrn: field(pay.json, "transaction", "rrn") },
      parent_transaction: { uid: paymentUid, type: "payment", amount },
    });
    expect(str(body, "chargeback", "ref_id")).toMatch(/^\d{9}$/);
    expect(str(body, "chargeback", "message")).toBe("Chargeback was received");
    // Paylens reads it as an open chargeback on the payment, with the payment's RRN.
    expect(begateway.parseDisputeWebhook?.(hook!.body, {})?.dispute).toMatchObject({
      providerDisputeId: uid,
      paymentProviderUid: paymentUid,
      stage: "chargeback",
      status: "needs_response",
      networkReference: field(pay.json, "transaction", "rrn"),
    });
    // A Visa card: one of Visa's reason codes and its name.
    expect(str(body, "reason")).toMatch(/^1[0-3]\.\d(\.\d)? \S/);
    const queried = await api.get(`/transactions/${uid}`);
    expect(queried.json).toMatchObject({ uid, type: "chargeback", parent_uid: paymentUid });
    const v2 = await client(sandbox.url).get(`/transactions/${uid}`);
    expect(v2.json).toMatchObject({
      transaction: { type: "chargeback", chargeback: { amount, status: "successful" } },
    });
    // The order's tracking_id still finds its payment, and the payment is charged back once.
    const byTracking = await api.get(`/v2/transactions/tracking_id/${str(pay.json, "tracking_id")}`);
    expect((field(byTracking.json, "transactions") as unknown[]).map((tx) => field(tx, "uid"))).toEqual([paymentUid]);
    expect(() => sandbox.raiseChargeback(paymentUid)).toThrow(/already charged back/);
  });

  it("disputes what is left after a partial refund, uses Mastercard's codes, and refuses declines", async () => {
    // A Mastercard 3-D Secure test card that skips authentication is approved (docs/providers/begateway.md §6).
    const card = { number: "5204240000015003", holder: "John Doe", exp_month: "01", exp_year: 2030 };
    const pay = await api.post(
      "/transactions/payments",
      payment("5204240000015003", {
        notification_url: receiver.url,
        credit_card: { ...card, skip_three_d_secure_verification: true },
      }),
    );
    const paymentUid = str(pay.json, "uid");
    expect(field(pay.json, "status")).toBe("successful");
    await api.post("/transactions/refunds", { parent_uid: paymentUid, amount: 100, reason: "partial" });
    const uid = sandbox.raiseChargeback(paymentUid);
    const [hook] = await receiver.waitFor(1, (r) => field(bodyOf(r), "uid") === uid);
    expect(bodyOf(hook!)).toMatchObject({ amount: Number(field(pay.json, "amount")) - 100 });
    expect(str(bodyOf(hook!), "reason")).toMatch(/^48\d\d \S/);
    const declined = await api.post("/transactions/payments", payment("4005550000000019"));
    expect(() => sandbox.raiseChargeback(str(declined.json, "uid"))).toThrow(/not a successful payment/);
  });

  it("disputes about the configured share of captured payments, back-filled ones at once when already due", async () => {
    // Its own seed: uids must not repeat those of the sandbox above, whose webhooks reach the same receiver.
    const busy = await startTestSandbox({ chargebackRate: 0.5, allowTimeTravel: true, seed: 7 });
    // Back-filled payments carry no notification_url: their chargebacks go to the shop's standing address.
    busy.setNotificationAddress(SHOP.shopId, receiver.url);
    try {
      const old = client(busy.url, { v3: true });
      const past = new Date(Date.now() - 200 * 86_400_000).toISOString();
      const paid: string[] = [];
      for (let i = 0; i < 60; i += 1) {
        const reply = await old.post("/transactions/payments", payment("4200000000000000"), { "X-Sandbox-Time": past });
        paid.push(str(reply.json, "uid"));
      }
      // 120 days is the latest a dispute arrives: every drawn one is due and stored at once, dated in that past.
      const chargebacks = busy.stats().transactions - paid.length;
      expect(chargebacks).toBeGreaterThan(15);
      expect(chargebacks).toBeLessThan(45);
      const hooks = await receiver.waitFor(chargebacks, (r) => paid.includes(String(field(bodyOf(r), "parent_uid"))));
      const when = Date.parse(str(bodyOf(hooks[0]!), "created_at"));
      expect(when).toBeGreaterThan(Date.parse(past));
      expect(when).toBeLessThanOrEqual(Date.parse(past) + 120 * 86_400_000);
    } finally {
      await busy.close();
    }
  });
});
