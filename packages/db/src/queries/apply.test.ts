import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TransactionSnapshot } from "@paylens/domain/transaction";
import type { Database } from "../client.ts";
import { transactionEvents, transactions } from "../schema/transactions.ts";
import { createTestDb } from "../test-db.ts";
import { upsertAccounts } from "./accounts.ts";
import { applySnapshot, applySnapshotsIn, type ApplyInput } from "./apply.ts";

const at = new Date("2026-11-20T10:00:00Z");
const snapshot = (over: Partial<TransactionSnapshot>): TransactionSnapshot => ({
  provider: "pockyt",
  providerUid: "370272815192183151",
  parentProviderUid: null,
  type: "payment",
  status: "successful",
  amountMinor: 24399n,
  currency: "CNY",
  trackingId: "pk-1",
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
    code: null,
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
  details: { pockytStatus: "success" },
  raw: {},
  ...over,
});
const method = {
  type: "alipay",
  brand: null,
  bin: null,
  last4: null,
  holder: null,
  expMonth: null,
  expYear: null,
  issuerName: null,
  issuerCountry: null,
};

describe("applySnapshot", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDb();
    await upsertAccounts(database.db, [{ id: "p", provider: "pockyt", name: "P", baseUrl: "http://x", demo: false }]);
  });
  afterAll(() => database.close());
  const row = async (uid: string) =>
    (await database.db.select().from(transactions).where(eq(transactions.providerUid, uid)))[0];

  it("queries a final transaction once when its notification was too sparse to name the payment method", async () => {
    await applySnapshot(database.db, { accountId: "p", snapshot: snapshot({}), kind: "webhook", receivedAt: at });
    expect((await row("370272815192183151"))?.nextPollAt).not.toBeNull();
    await applySnapshot(database.db, {
      accountId: "p",
      snapshot: snapshot({ providerUid: "full", method }),
      kind: "webhook",
      receivedAt: at,
    });
    expect((await row("full"))?.nextPollAt).toBeNull();
  });

  it("fills what it lacks from the same state again, never overwriting what it holds", async () => {
    const result = await applySnapshot(database.db, {
      accountId: "p",
      snapshot: snapshot({ method, description: "Order 7", trackingId: "other", customerEmail: "a@example.com" }),
      kind: "poll",
      receivedAt: new Date(at.getTime() + 60_000),
    });
    expect(result.transition).toBe("stale");
    const stored = await row("370272815192183151");
    expect(stored).toMatchObject({
      methodType: "alipay",
      description: "Order 7",
      customerEmail: "a@example.com",
      trackingId: "pk-1",
      status: "successful",
    });
  });

  it("merges details from partial notifications instead of wiping them", async () => {
    await applySnapshot(database.db, {
      accountId: "p",
      snapshot: snapshot({
        providerUid: "m1",
        status: "pending",
        details: { vendor: "alipay", cashierUrl: "http://c" },
      }),
      kind: "webhook",
      receivedAt: at,
    });
    await applySnapshot(database.db, {
      accountId: "p",
      snapshot: snapshot({
        providerUid: "m1",
        status: "successful",
        trackingId: null,
        details: { pockytStatus: "success" },
        updatedAt: new Date(at.getTime() + 1000),
      }),
      kind: "webhook",
      receivedAt: at,
    });
    const stored = await row("m1");
    expect(stored?.details).toMatchObject({ vendor: "alipay", cashierUrl: "http://c", pockytStatus: "success" });
    expect(stored?.trackingId).toBe("pk-1");
    expect(stored?.status).toBe("successful");
    const events = await database.db
      .select()
      .from(transactionEvents)
      .where(eq(transactionEvents.transactionId, stored?.id ?? ""));
    expect(events.map((event) => event.transition)).toEqual(["create", "advance"]);
  });

  it("keeps a message's parts with the message: a later message without notes replaces the earlier notes", async () => {
    const parts = {
      text: "Accepted (000100); the payment's outcome is not known yet.",
      notes: [{ kind: "provider" as const, provider: "Pockyt", said: "prepay success" }],
    };
    const message = 'Accepted (000100); the payment\'s outcome is not known yet. Pockyt says: "prepay success".';
    const pending = snapshot({ providerUid: "parts", status: "pending" });
    await applySnapshot(database.db, {
      accountId: "p",
      snapshot: { ...pending, outcome: { ...pending.outcome, message, messageParts: parts } },
      kind: "webhook",
      receivedAt: at,
    });
    expect(await row("parts")).toMatchObject({ message, messageParts: parts });
    await applySnapshot(database.db, {
      accountId: "p",
      snapshot: snapshot({ providerUid: "parts", updatedAt: new Date(at.getTime() + 1000) }),
      kind: "webhook",
      receivedAt: at,
    });
    expect(await row("parts")).toMatchObject({ message: "ok", messageParts: { text: "ok", notes: [] } });
  });
});

describe("applySnapshotsIn (a batch)", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDb();
    await upsertAccounts(database.db, [
      { id: "batch", provider: "pockyt", name: "in one batch", baseUrl: "http://x", demo: false },
      { id: "single", provider: "pockyt", name: "one at a time", baseUrl: "http://x", demo: false },
    ]);
  });
  afterAll(() => database.close());

  const later = (seconds: number) => new Date(at.getTime() + seconds * 1000);
  // Out of order, resent (duplicates by dedup key are the inbox's: webhooks.test.ts), a refund before its payment,
  // a late pending after the final state, a conflicting final state.
  const stream = (accountId: string): ApplyInput[] =>
    [
      snapshot({
        providerUid: "r1",
        parentProviderUid: "p1",
        type: "refund",
        amountMinor: 500n,
        status: "successful",
        updatedAt: later(9),
      }),
      snapshot({
        providerUid: "p1",
        status: "pending",
        trackingId: null,
        details: { vendor: "alipay" },
        updatedAt: later(1),
      }),
      snapshot({ providerUid: "p1", status: "successful", trackingId: "order-1", updatedAt: later(2) }),
      snapshot({ providerUid: "p1", status: "successful", trackingId: "order-1", updatedAt: later(2) }),
      snapshot({ providerUid: "p1", status: "pending", updatedAt: later(1) }),
      snapshot({ providerUid: "p2", status: "successful", updatedAt: later(3) }),
      snapshot({ providerUid: "p2", status: "failed", updatedAt: later(4) }),
      snapshot({ providerUid: "p1", status: "successful", description: "filled later", updatedAt: later(2) }),
    ].map((s, i) => ({ accountId, snapshot: s, kind: "webhook", receivedAt: later(10 + i) }));

  const stored = async (accountId: string) => {
    const rows = await database.db
      .select()
      .from(transactions)
      .where(eq(transactions.accountId, accountId))
      .orderBy(transactions.providerUid);
    const byId = new Map(rows.map((row) => [row.id, row.providerUid]));
    const events = await database.db.select().from(transactionEvents).orderBy(transactionEvents.id);
    return rows.map((row) => ({
      uid: row.providerUid,
      parent: row.parentId ? byId.get(row.parentId) : null,
      status: row.status,
      trackingId: row.trackingId,
      description: row.description,
      details: row.details,
      events: events
        .filter((event) => event.transactionId === row.id)
        .map((event) => `${event.transition}:${event.statusTo}`),
    }));
  };

  it("leaves the same rows and timeline as applying the messages one at a time", async () => {
    const results = await database.db.transaction((tx) => applySnapshotsIn(tx, stream("batch")));
    for (const input of stream("single")) await database.db.transaction((tx) => applySnapshotsIn(tx, [input]));

    expect(results.map((result) => result.transition)).toEqual([
      "create",
      "create",
      "advance",
      "stale",
      "stale",
      "create",
      "conflict",
      "stale",
    ]);
    const batch = await stored("batch");
    expect(batch).toEqual(await stored("single"));
    expect(batch.find((row) => row.uid === "r1")?.parent).toBe("p1");
    expect(batch.find((row) => row.uid === "p1")).toMatchObject({
      status: "successful",
      trackingId: "order-1",
      description: "filled later",
      details: { vendor: "alipay" },
    });
    expect(batch.find((row) => row.uid === "p2")?.events).toEqual(["create:successful", "conflict:failed"]);
  });
});
