// Opening an action: the rule decides on figures read with the transaction locked, and when the database's guard
// fires instead (the rule bypassed), its violation becomes the same typed refusal, found by SQLSTATE and constraint.
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { moneyActionRefusal, type ActionFigures, type ActionRefusal } from "@paylens/domain/action-rules";
import type { Database } from "../client.ts";
import { createTestDb } from "../test-db.ts";
import { insertTestTransactions } from "../test-transactions.ts";
import { actionFigures } from "./action-figures.ts";
import { ActionRefused, openAction, violatedGuard, type NewAction } from "./open-action.ts";

const audit = (transactionId: string) => ({
  actor: "u1",
  actorName: "Omar Ops",
  role: "ops",
  ip: null,
  action: "refund.request",
  transactionId,
});
const allow = () => null;

describe("openAction", () => {
  let database: Database;
  let uid = 0;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  const transaction = async (fields: Record<string, unknown> = {}) =>
    (await insertTestTransactions(database.db, [{ providerUid: `t-${++uid}`, ...fields }]))[0] ?? "";
  const request = (transactionId: string, fields: Partial<NewAction> = {}): NewAction => ({
    idempotencyKey: randomUUID(),
    transactionId,
    kind: "refund",
    state: "sending",
    amountMinor: 100n,
    currency: "EUR",
    reason: "returned",
    requestedBy: "u1",
    requestedByName: "Omar Ops",
    ...fields,
  });
  const refusalOf = async (opening: Promise<unknown>): Promise<ActionRefusal> => {
    const error = await opening.then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ActionRefused);
    return (error as ActionRefused).refusal;
  };
  const count = async (table: "actions" | "audit_log", transactionId: string) => {
    const rows = await database.db.execute<{ n: string }>(
      sql`select count(*) as n from ${sql.identifier(table)} where transaction_id = ${transactionId}`,
    );
    return Number(rows.rows[0]?.n);
  };
  const byRule = (figures: ActionFigures, amountMinor: bigint) =>
    moneyActionRefusal({ action: "refund", amountMinor, reason: "returned" }, figures);

  it("reads the provider's children and the live actions into the figures, each once", async () => {
    const id = await transaction({ amountMinor: 10_000n });
    await insertTestTransactions(database.db, [
      { providerUid: `t-${++uid}`, parentId: id, type: "refund", amountMinor: 2_000n },
      { providerUid: `t-${++uid}`, parentId: id, type: "refund", status: "failed", amountMinor: 500n },
    ]);
    const opened = await openAction(database.db, request(id, { amountMinor: 3_000n }), audit(id), allow);
    // The action's own child is counted through the action, not twice.
    const [child] = await insertTestTransactions(database.db, [
      { providerUid: `t-${++uid}`, parentId: id, type: "refund", amountMinor: 3_000n },
    ]);
    await database.db.execute(sql`update actions set child_transaction_id = ${child} where id = ${opened.action.id}`);
    expect(await actionFigures(database.db, id)).toMatchObject({
      type: "payment",
      status: "successful",
      amountMinor: 10_000n,
      refundedMinor: 5_000n,
      capturedMinor: 0n,
      voided: false,
    });
  });

  it("reads an open dispute as disputed and a lost one as charged back; the refund is refused in words", async () => {
    const id = await transaction({ amountMinor: 10_000n });
    const dispute = async (providerDisputeId: string, status: string, amountMinor: bigint) =>
      database.db.execute(sql`
        insert into disputes (provider, account_id, provider_dispute_id, payment_provider_uid, transaction_id, stage,
          status, amount_minor, currency, opened_at, raw)
        select provider, account_id, ${providerDisputeId}, provider_uid, id, 'chargeback', ${status}, ${amountMinor},
          currency, now(), '{}'::jsonb from transactions where id = ${id}`);
    await dispute(`d-open-${uid}`, "needs_response", 3_000n);
    expect(await refusalOf(openAction(database.db, request(id), audit(id), (f) => byRule(f, 100n)))).toEqual({
      kind: "disputed",
    });
    await database.db.execute(sql`update disputes set status = 'lost' where transaction_id = ${id}`);
    expect(await actionFigures(database.db, id)).toMatchObject({ disputed: false, chargedBackMinor: 3_000n });
    const refusal = await refusalOf(
      openAction(database.db, request(id, { amountMinor: 7_001n }), audit(id), (f) => byRule(f, 7_001n)),
    );
    expect(refusal).toMatchObject({ kind: "charged_back", leftMinor: 7_000n, chargedBackMinor: 3_000n });
    expect(await count("actions", id)).toBe(0);
  });

  it("records the action and its audit entry when the rule allows it, and nothing when it refuses", async () => {
    const id = await transaction({ amountMinor: 1_000n });
    const opened = await openAction(database.db, request(id, { amountMinor: 600n }), audit(id), (f) => byRule(f, 600n));
    expect(opened).toMatchObject({ created: true, action: { state: "sending", amountMinor: 600n } });
    const refusal = await refusalOf(
      openAction(database.db, request(id, { amountMinor: 500n }), audit(id), (f) => byRule(f, 500n)),
    );
    expect(refusal).toEqual({ kind: "exceeds_refundable", requestedMinor: 500n, leftMinor: 400n, currency: "EUR" });
    expect(await count("actions", id)).toBe(1);
    expect(await count("audit_log", id)).toBe(1);
  });

  it("gives the same key its first action back, whatever the rule would say now", async () => {
    const id = await transaction({ amountMinor: 1_000n });
    const first = request(id, { amountMinor: 1_000n });
    const opened = await openAction(database.db, first, audit(id), (f) => byRule(f, 1_000n));
    const again = await openAction(database.db, first, audit(id), () => ({ kind: "reason_required" }));
    expect(again).toEqual({ action: opened.action, created: false });
  });

  it("lets one of two concurrent refunds through, the other refused by the rule having seen the first", async () => {
    const id = await transaction({ amountMinor: 10_000n });
    const seen: bigint[] = [];
    const open = (amountMinor: bigint) =>
      openAction(database.db, request(id, { amountMinor }), audit(id), (f) => {
        seen.push(f.refundedMinor);
        return byRule(f, amountMinor);
      });
    const results = await Promise.allSettled([open(6_000n), open(7_000n)]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const refused = results.find((r) => r.status === "rejected");
    const refusal = (refused as PromiseRejectedResult).reason as ActionRefused;
    expect(refusal).toBeInstanceOf(ActionRefused);
    const kept = seen[1];
    expect(kept === 6_000n || kept === 7_000n).toBe(true);
    expect(refusal.refusal).toMatchObject({ kind: "exceeds_refundable", leftMinor: 10_000n - (kept ?? 0n) });
    expect(seen[0]).toBe(0n);
    expect(await count("actions", id)).toBe(1);
  });

  describe("when the database's guard fires (the rule bypassed)", () => {
    it("maps an amount over what is left to the typed refusal with the exact money left", async () => {
      const id = await transaction({ amountMinor: 1_000n });
      const refusal = await refusalOf(openAction(database.db, request(id, { amountMinor: 1_001n }), audit(id), allow));
      expect(refusal).toEqual({
        kind: "exceeds_refundable",
        requestedMinor: 1_001n,
        leftMinor: 1_000n,
        currency: "EUR",
      });
      expect(await count("actions", id)).toBe(0);
      expect(await count("audit_log", id)).toBe(0);
    });

    it("maps a three-decimal capture over what is left, and a void of a captured authorization", async () => {
      const id = await transaction({ type: "authorization", amountMinor: 5_000n, currency: "KWD" });
      const capture = (amountMinor: bigint) =>
        request(id, { kind: "capture", amountMinor, currency: "KWD", reason: null });
      await openAction(database.db, capture(4_000n), audit(id), allow);
      expect(await refusalOf(openAction(database.db, capture(1_001n), audit(id), allow))).toEqual({
        kind: "exceeds_capturable",
        requestedMinor: 1_001n,
        leftMinor: 1_000n,
        currency: "KWD",
      });
      const voiding = request(id, { kind: "void", amountMinor: 5_000n, currency: "KWD", reason: null });
      expect(await refusalOf(openAction(database.db, voiding, audit(id), allow))).toEqual({ kind: "captured" });
    });

    it("maps a second live retry of one failed payment (the unique index) to the typed refusal", async () => {
      const id = await transaction({ status: "failed", amountMinor: 1_000n });
      const retry = () => request(id, { kind: "retry", amountMinor: 1_000n, reason: null });
      await openAction(database.db, retry(), audit(id), allow);
      expect(await refusalOf(openAction(database.db, retry(), audit(id), allow))).toEqual({ kind: "retried" });
    });
  });
});

describe("violatedGuard", () => {
  const wrapped = (cause: object) => Object.assign(new Error("Failed query: insert into actions"), { cause });

  it("knows a guard by SQLSTATE and constraint name through drizzle's wrapper", () => {
    expect(violatedGuard(wrapped({ code: "23514", constraint: "actions_headroom", message: "" }))).toBe(
      "actions_headroom",
    );
    expect(violatedGuard(wrapped({ code: "23505", constraint: "actions_one_payment_retry" }))).toBe(
      "actions_one_payment_retry",
    );
  });

  it("never reads the message: words alone, or a constraint with another SQLSTATE, are not a guard", () => {
    const words = "amount 1001 exceeds what is left to refund: 1000 (actions_headroom, actions_one_payment_retry)";
    expect(violatedGuard(wrapped(new Error(words)))).toBeNull();
    expect(violatedGuard(wrapped({ code: "23505", constraint: "actions_headroom", message: words }))).toBeNull();
    expect(violatedGuard(wrapped({ code: "23514", constraint: "transactions_amount", message: words }))).toBeNull();
  });
});
