// Signed but wrong: a later message changing a final payment's amount or its currency, or carrying a negative amount,
// is kept (inbox state flagged, with why), shown on the timeline and alerted, and changes nothing — one message at a
// time and in a batch alike.
import { asc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TransactionSnapshot } from "@paylens/domain/transaction";
import type { Database } from "../client.ts";
import { webhookInbox } from "../schema/ingest.ts";
import { transactionEvents, transactions } from "../schema/transactions.ts";
import { createTestDb } from "../test-db.ts";
import { upsertAccounts } from "./accounts.ts";
import { flaggedMessages } from "./alerts.ts";
import { applySnapshot } from "./apply.ts";
import { applyPendingInbox, inboxWriter } from "./inbox.ts";

const at = new Date("2026-11-20T10:00:00Z");
const snapshot = (over: Partial<TransactionSnapshot>): TransactionSnapshot => ({
  provider: "begateway",
  providerUid: "paid-1",
  parentProviderUid: null,
  type: "payment",
  status: "successful",
  amountMinor: 10000n,
  currency: "EUR",
  trackingId: "o-1",
  description: null,
  method: null,
  customerEmail: null,
  customerIp: null,
  customerCountry: null,
  rrn: null,
  authCode: null,
  refId: null,
  networkTransactionId: null,
  outcome: {
    code: "S.0000",
    letter: "S",
    service: null,
    message: "ok",
    friendlyMessage: "ok",
    reason: null,
    retryable: null,
  },
  verifications: { threeDs: null, avs: null, cvc: null },
  test: true,
  createdAt: at,
  updatedAt: at,
  paidAt: at,
  settledAt: null,
  closedAt: null,
  expiredAt: null,
  details: {},
  raw: {},
  ...over,
});

describe("signed but wrong messages", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDb();
    await upsertAccounts(database.db, [
      { id: "b", provider: "begateway", name: "B", baseUrl: "http://x", demo: false },
    ]);
  });
  afterAll(() => database.close());
  const stored = async (uid: string) =>
    (await database.db.select().from(transactions).where(eq(transactions.providerUid, uid)))[0];
  const later = (minutes: number) => new Date(at.getTime() + minutes * 60_000);

  it("keeps a final payment's amount and currency, and refuses a negative amount, one message at a time", async () => {
    await applySnapshot(database.db, { accountId: "b", snapshot: snapshot({}), kind: "webhook", receivedAt: at });
    const changed = await applySnapshot(database.db, {
      accountId: "b",
      snapshot: snapshot({ amountMinor: 100n, updatedAt: later(1) }),
      kind: "webhook",
      receivedAt: later(1),
    });
    expect(changed).toMatchObject({
      transition: "flagged",
      reason: "amount changed from 100.00 EUR to 1.00 EUR after the transaction was successful: not applied",
    });
    expect(
      await applySnapshot(database.db, {
        accountId: "b",
        snapshot: snapshot({ currency: "USD", updatedAt: later(2) }),
        kind: "webhook",
        receivedAt: later(2),
      }),
    ).toMatchObject({ transition: "flagged" });
    expect(
      await applySnapshot(database.db, {
        accountId: "b",
        snapshot: snapshot({ providerUid: "neg-1", amountMinor: -500n }),
        kind: "webhook",
        receivedAt: later(3),
      }),
    ).toEqual({ transactionId: null, transition: "flagged", reason: "negative amount -5.00 EUR: not applied" });
    const row = await stored("paid-1");
    expect([row?.amountMinor, row?.currency]).toEqual([10000n, "EUR"]);
    expect(await stored("neg-1")).toBeUndefined();
    const events = await database.db
      .select()
      .from(transactionEvents)
      .where(eq(transactionEvents.transactionId, row?.id as string))
      .orderBy(asc(transactionEvents.occurredAt));
    expect(events.map((e) => [e.transition, e.summary])).toEqual([
      ["create", "payment successful (S.0000)"],
      ["flagged", "amount changed from 100.00 EUR to 1.00 EUR after the transaction was successful: not applied"],
      ["flagged", "currency changed from EUR to USD: not applied"],
    ]);
  });

  it("does the same through the inbox's batch path, and the alert rule sees the flagged messages", async () => {
    const writer = inboxWriter(database.db, { lanes: 1 });
    const message = (s: TransactionSnapshot, n: number) => ({
      provider: "begateway",
      accountId: "b",
      requestId: `r${n}`,
      remoteAddress: null,
      headers: {},
      rawBody: JSON.stringify({ n, amountMinor: String(s.amountMinor), currency: s.currency, uid: s.providerUid }),
      signatureVerdict: "valid:test",
      dedupKey: `${s.providerUid}:${n}`,
      providerUid: s.providerUid,
      state: "pending" as const,
      receivedAt: later(10 + n),
    });
    const batch = [
      snapshot({ providerUid: "paid-2" }),
      snapshot({ providerUid: "paid-2", amountMinor: 1n, updatedAt: later(11) }),
      snapshot({ providerUid: "paid-2", currency: "GBP", updatedAt: later(12) }),
      snapshot({ providerUid: "paid-3", amountMinor: -1n }),
    ];
    await Promise.all(batch.map((s, n) => writer.store(message(s, n))));
    const bySnapshot = new Map(batch.map((s, n) => [`r${n}`, s]));
    const counts = await applyPendingInbox(
      database.db,
      (m) => ({ snapshot: bySnapshot.get(m.requestId ?? "") as TransactionSnapshot, dedupKey: m.dedupKey ?? "" }),
      50,
      { firstDelayMs: 60_000, maxDelayMs: 60_000, maxAttempts: 1 },
    );
    expect(counts).toMatchObject({ applied: 1, flagged: 3, failed: 0 });
    const inbox = await database.db
      .select({ state: webhookInbox.state, error: webhookInbox.error })
      .from(webhookInbox)
      .orderBy(asc(webhookInbox.id));
    expect(inbox.map((m) => m.state)).toEqual(["applied", "flagged", "flagged", "flagged"]);
    expect(inbox[3]?.error).toBe("negative amount -0.01 EUR: not applied");
    expect((await stored("paid-2"))?.amountMinor).toBe(10000n);
    expect(await flaggedMessages(database.db, at)).toEqual([
      { provider: "begateway", accountId: "b", count: 3, reason: "negative amount -0.01 EUR: not applied" },
    ]);
  });
});
