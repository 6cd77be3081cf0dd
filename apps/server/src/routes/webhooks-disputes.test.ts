// Disputes through the server: a signed beGateway chargeback is stored, applied, linked to its payment, survives
// duplicates and reordering, and moves the ledger. PGlite, or PostgreSQL when DATABASE_URL is set.
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AccountBook, parseAccounts } from "../accounts.ts";
import { startWebhookServer } from "./test-webhook-server.ts";

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../../../../packages/providers/src/begateway/fixtures/${name}`, import.meta.url), "utf8"),
  ) as Record<string, unknown>;
const payment = fixture("seed-v3-incomplete.json");
const chargeback = fixture("chargeback-v3.json");
const basic = `Basic ${Buffer.from("361:s3cret").toString("base64")}`;

const accounts = new AccountBook(
  parseAccounts([
    {
      id: "shop",
      provider: "begateway",
      name: "Shop",
      baseUrl: "http://127.0.0.1:1",
      credentials: { shopId: "361", secretKey: "s3cret" },
    },
  ]),
);

function paid(uid: string, amount = 2500) {
  return { ...payment, uid, amount, status: "successful", code: "S.0000", paid_at: "2022-09-15T08:44:00.000Z" };
}

function disputeOf(uid: string, paymentUid: string, status: string, updatedAt: string, amount = 2500, dueAt?: string) {
  const section = chargeback.chargeback as Record<string, unknown>;
  return {
    ...chargeback,
    uid,
    parent_uid: paymentUid,
    amount,
    updated_at: updatedAt,
    chargeback: { ...section, amount, status, due_at: dueAt ?? section.due_at },
  };
}

describe("beGateway chargebacks end to end", () => {
  let h: Awaited<ReturnType<typeof startWebhookServer>>;
  const caller = () => h.caller();
  const apply = () => h.apply();
  const ledger = (transactionId: string) => h.disputeLedger(transactionId);
  const post = (body: object) =>
    h.server.app.inject({
      method: "POST",
      url: "/webhooks/begateway/shop",
      payload: JSON.stringify(body),
      headers: { "content-type": "application/json", authorization: basic },
    });
  const disputeNamed = async (providerDisputeId: string) =>
    (await caller().disputes.list({})).items.find((d) => d.providerDisputeId === providerDisputeId);

  beforeAll(async () => {
    h = await startWebhookServer(accounts);
  });
  afterAll(() => h.close());

  it("stores a chargeback once from two deliveries, linked to its payment, decoded, and holds its amount", async () => {
    expect((await post(paid("pay-1"))).statusCode).toBe(200);
    await apply();
    const opened = disputeOf("cb-1", "pay-1", "new", "2022-10-03T09:12:00.000Z");
    expect((await post(opened)).statusCode).toBe(200);
    expect((await post(opened)).statusCode).toBe(200);
    expect(await apply()).toEqual({ applied: 1, duplicate: 1, failed: 0 });

    const dispute = await disputeNamed("cb-1");
    const paymentRow = (await caller().transactions.search({ q: "pay-1" })).items[0];
    expect(paymentRow?.disputed).toBe(true);
    expect(dispute).toMatchObject({
      provider: "begateway",
      paymentProviderUid: "pay-1",
      transactionId: paymentRow?.id,
      stage: "chargeback",
      status: "needs_response",
      reasonCode: "10.4",
      reasonCategory: "fraud",
      amountMinor: 2500n,
      currency: "USD",
      networkReference: "227807123456",
      dueAt: new Date("2022-10-24T23:59:59.000Z"),
    });
    // The search language finds the disputed payment by the dispute's id or its network reference.
    for (const q of ["dispute:cb-1", "arn:227807123456", "dispute:nothing-such"])
      expect((await caller().transactions.search({ q })).items.map((row) => row.providerUid)).toEqual(
        q.includes("nothing") ? [] : ["pay-1"],
      );
    const full = await caller().disputes.byId({ id: dispute!.id });
    expect(full.payment?.providerUid).toBe("pay-1");
    expect(full.events.map((e) => e.transition)).toEqual(["create", "duplicate"]);
    const page = await caller().transactions.byId({ id: paymentRow!.id });
    expect(page.disputes.map((d) => d.providerDisputeId)).toEqual(["cb-1"]);
    expect(await ledger(paymentRow!.id)).toEqual({ disputes_held: 2500n, provider_receivable: -2500n });

    // While it is open, a refund would pay the cardholder twice.
    const ops = h.caller("ops");
    await expect(
      ops.actions.request({
        idempotencyKey: "refund-disputed-1",
        transactionId: paymentRow!.id,
        kind: "refund",
        amountMinor: 100n,
        reason: "customer asked",
      }),
    ).rejects.toThrow("Disputed: refunds are blocked while a dispute is open");

    // Lost: the hold becomes a loss.
    await post(disputeOf("cb-1", "pay-1", "lost", "2022-10-30T00:00:00.000Z"));
    expect(await apply()).toMatchObject({ applied: 1 });
    expect((await disputeNamed("cb-1"))?.status).toBe("lost");
    expect(await ledger(paymentRow!.id)).toEqual({
      disputes_held: 0n,
      dispute_losses: 2500n,
      provider_receivable: -2500n,
    });
  });

  it("keeps a won case won when its opening arrives afterwards, and the ledger at zero", async () => {
    await post(paid("pay-2"));
    await apply();
    await post(disputeOf("cb-2", "pay-2", "won", "2022-11-20T00:00:00.000Z", 2500, "2022-11-01T00:00:00.000Z"));
    await post(disputeOf("cb-2", "pay-2", "new", "2022-10-03T09:12:00.000Z"));
    expect(await apply()).toEqual({ applied: 2, duplicate: 0, failed: 0 });
    const dispute = await disputeNamed("cb-2");
    expect(dispute?.status).toBe("won");
    // The late opening still filled what the decision did not say.
    expect(dispute?.reasonCategory).toBe("fraud");
    const events = (await caller().disputes.byId({ id: dispute!.id })).events;
    expect(events.map((e) => [e.transition, e.statusTo])).toEqual([
      ["create", "won"],
      ["stale", "won"],
    ]);
    expect(await ledger(dispute!.transactionId!)).toEqual({});
  });

  it("links a chargeback that arrives before its payment once the payment comes, and holds then", async () => {
    await post(disputeOf("cb-3", "pay-3", "new", "2022-10-03T09:12:00.000Z", 700, "2022-11-30T00:00:00.000Z"));
    await apply();
    expect((await disputeNamed("cb-3"))?.transactionId).toBeNull();
    await post(paid("pay-3", 700));
    await apply();
    const dispute = await disputeNamed("cb-3");
    expect(dispute?.transactionId).not.toBeNull();
    expect(await ledger(dispute!.transactionId!)).toEqual({ disputes_held: 700n, provider_receivable: -700n });
  });

  it("lists the queue by deadline with filters", async () => {
    await post({
      ...disputeOf("cb-4", "pay-1", "new", "2022-12-01T00:00:00.000Z", 300),
      reason: "4853 Cardholder dispute",
      chargeback: { amount: 300, currency: "USD", status: "new", due_at: "2022-10-10T00:00:00.000Z" },
    });
    await apply();
    const queue = await caller().disputes.list({});
    expect(queue.items.map((d) => d.providerDisputeId)).toEqual(["cb-4", "cb-1", "cb-2", "cb-3"]);
    const consumer = await caller().disputes.list({ reasonCategory: ["consumer_dispute"] });
    expect(consumer.items.map((d) => d.providerDisputeId)).toEqual(["cb-4"]);
    const open = await caller().disputes.list({ status: ["needs_response"] });
    expect(open.items.map((d) => d.providerDisputeId)).toEqual(["cb-4", "cb-3"]);
    const first = await caller().disputes.list({ limit: 2 });
    const second = await caller().disputes.list({ limit: 2, cursor: first.nextCursor });
    expect([...first.items, ...second.items].map((d) => d.providerDisputeId)).toEqual(["cb-4", "cb-1", "cb-2", "cb-3"]);
  });
});
