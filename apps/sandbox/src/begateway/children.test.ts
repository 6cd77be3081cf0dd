import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { str } from "../test-support.ts";
import type { BegatewaySandbox } from "./index.ts";
import { client, payment, startTestSandbox } from "./test-support.ts";

describe("beGateway sandbox: captures, voids and refunds", () => {
  let sandbox: BegatewaySandbox;
  let api: ReturnType<typeof client>;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    api = client(sandbox.url, { v3: true });
  });
  afterAll(async () => {
    await sandbox.close();
  });

  async function authorize(amount: number): Promise<string> {
    const reply = await api.post("/transactions/authorizations", payment("4200000000000000", { amount }));
    expect(reply.json).toMatchObject({ status: "successful", type: "authorization" });
    return str(reply.json, "uid");
  }

  it("captures part of an authorization without a currency, then refuses more than what remains", async () => {
    const parent = await authorize(1000);
    const capture = await api.post("/transactions/captures", { parent_uid: parent, amount: 600 });
    expect(capture.json).toMatchObject({
      status: "successful",
      code: "S.0000",
      type: "capture",
      parent_uid: parent,
      amount: 600,
      currency: "EUR",
    });
    expect(str(capture.json, "uid")).not.toBe(parent);
    const tooMuch = await api.post("/transactions/captures", { parent_uid: parent, amount: 500 });
    expect(tooMuch.status).toBe(422);
    expect(str(tooMuch.json, "message")).toContain("Amount can't be greater than 400");
    const rest = await api.post("/transactions/captures", { parent_uid: parent, amount: 400 });
    expect(rest.json).toMatchObject({ status: "successful" });
    const voided = await api.post("/transactions/voids", { parent_uid: parent, amount: 1000 });
    expect(voided.status).toBe(422);
    expect(voided.json).toMatchObject({
      message: "transaction can't be voided",
      errors: { base: ["transaction can't be voided"] },
    });
  });

  it("refuses a capture above the authorized amount (v2 wording too)", async () => {
    const parent = await authorize(300);
    const reply = await client(sandbox.url).post("/transactions/captures", { parent_uid: parent, amount: 301 });
    expect(reply.status).toBe(422);
    expect(reply.json).toEqual({
      message: "Amount can't be greater than 300.",
      errors: { amount: ["can't be greater than 300"] },
    });
  });

  it("voids an untouched authorization and then refuses to capture it", async () => {
    const parent = await authorize(700);
    const voided = await api.post("/transactions/voids", { parent_uid: parent, amount: 700 });
    expect(voided.json).toMatchObject({ status: "successful", type: "void", parent_uid: parent });
    const capture = await api.post("/transactions/captures", { parent_uid: parent, amount: 100 });
    expect(capture.json).toMatchObject({ message: "transaction can't be captured" });
  });

  it("needs a reason to refund, refunds partially and refuses to refund an authorization", async () => {
    const pay = await api.post("/transactions/payments", payment("4200000000000000", { amount: 900 }));
    const parent = str(pay.json, "uid");
    const noReason = await client(sandbox.url).post("/transactions/refunds", { parent_uid: parent, amount: 100 });
    expect(noReason.status).toBe(422);
    expect(noReason.json).toMatchObject({ message: "Reason can't be blank.", errors: { reason: ["can't be blank"] } });
    const refund = await api.post("/transactions/refunds", {
      parent_uid: parent,
      amount: 100,
      reason: "customer request",
    });
    expect(refund.json).toMatchObject({
      status: "successful",
      type: "refund",
      reason: "customer request",
      parent_uid: parent,
    });
    const v2Refund = await client(sandbox.url).post("/transactions/refunds", {
      parent_uid: parent,
      amount: 200,
      reason: "again",
    });
    expect(v2Refund.json).toMatchObject({
      transaction: { status: "successful", parent_uid: parent, refund: { status: "successful" } },
    });
    const over = await api.post("/transactions/refunds", { parent_uid: parent, amount: 601, reason: "too much" });
    expect(str(over.json, "message")).toContain("Amount can't be greater than 600");
    const auth = await authorize(500);
    const wrongParent = await api.post("/transactions/refunds", { parent_uid: auth, amount: 100, reason: "x" });
    expect(wrongParent.json).toMatchObject({ message: "transaction can't be refunded" });
  });

  it("refunds a capture, and rejects an unknown parent", async () => {
    const parent = await authorize(800);
    const capture = await api.post("/transactions/captures", { parent_uid: parent, amount: 800 });
    const refund = await api.post("/transactions/refunds", {
      parent_uid: str(capture.json, "uid"),
      amount: 800,
      reason: "return",
    });
    expect(refund.json).toMatchObject({ status: "successful" });
    const unknown = await api.post("/transactions/captures", { parent_uid: "12345-0000000000", amount: 1 });
    expect(unknown.status).toBe(422);
    expect(unknown.json).toMatchObject({ code: "E.1025", errors: { parent_uid: ["is invalid"] } });
  });

  it("refuses the same parent + amount within 30 s as a duplicate, unless duplicate_check is false", async () => {
    const parent = await authorize(1000);
    expect((await api.post("/transactions/captures", { parent_uid: parent, amount: 100 })).json).toMatchObject({
      status: "successful",
    });
    const again = await api.post("/transactions/captures", { parent_uid: parent, amount: 100 });
    expect(again.status).toBe(200);
    expect(again.json).toMatchObject({ status: "failed", code: "F.0108", type: "capture" });
    const allowed = await api.post("/transactions/captures", {
      parent_uid: parent,
      amount: 100,
      duplicate_check: false,
    });
    expect(allowed.json).toMatchObject({ status: "successful" });
  });
});
