// Disputes recorded by hand (docs/providers/pockyt.md §12): finance records one against a payment with where they
// learnt of it, once per key, audited, held in the ledger, card data redacted from the source; finance then sets the
// outcome, which releases or books the money. Ops, support and bad input are refused with nothing changed.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { createTestDb } from "@paylens/db/test-db";
import { insertTestTransactions } from "@paylens/db/test-transactions";
import type { Role } from "@paylens/domain/roles";
import { createContextInner } from "@paylens/api/context";
import { appRouter } from "@paylens/api/root";
import { principalFor } from "@paylens/api/test-principals";
import { createCallerFactory } from "@paylens/api/trpc";

describe("disputes recorded by hand", () => {
  let database: Database;
  let paymentId = "";
  let refundId = "";
  const callerAs = (role: Role) =>
    createCallerFactory(appRouter)(
      createContextInner({ db: database.db, dbKind: database.kind, principal: principalFor(role) }),
    );
  const ledgerOf = async (transactionId: string) =>
    (
      await database.db.execute<{ account: string; balance: string }>(sql`
        select ledger_account as account, sum(amount_minor)::text as balance from ledger_entries
         where transaction_id = ${transactionId}::uuid and kind like 'dispute%' group by ledger_account order by 1`)
    ).rows;
  const auditOf = async (action: string) =>
    (
      await database.db.execute<{ role: string; subject: string; after: Record<string, unknown> }>(
        sql`select role, subject, after from audit_log where action = ${action} order by id`,
      )
    ).rows;
  const record = {
    idempotencyKey: "record-key-0001",
    stage: "chargeback" as const,
    reasonCode: "4853",
    amountMinor: 1500n,
    networkReference: "74537604221431003881853",
    openedAt: new Date("2026-11-20T00:00:00Z"),
    dueAt: new Date("2026-12-10T00:00:00Z"),
    source: "Pockyt merchant portal, e-mail of 2026-11-20 from card 4111 1111 1111 1111",
  };

  beforeAll(async () => {
    database = await createTestDb();
    const ids = await insertTestTransactions(database.db, [
      { provider: "pockyt", providerUid: "pk-pay-1", amountMinor: 2500n, currency: "USD" },
      { provider: "pockyt", providerUid: "pk-refund-1", type: "refund", amountMinor: 500n, currency: "USD" },
    ]);
    [paymentId, refundId] = [ids[0]!, ids[1]!];
  });
  afterAll(() => database.close());

  it("records once per key, decodes the reason, redacts the source, audits it and holds the amount", async () => {
    const first = await callerAs("finance").disputes.record({ ...record, transactionId: paymentId });
    expect(first.already).toBe(false);
    // A double click or a second tab with the same key: the same dispute, nothing recorded twice.
    const again = await callerAs("finance").disputes.record({ ...record, transactionId: paymentId });
    expect(again).toEqual({ disputeId: first.disputeId, already: true });

    const { dispute, events } = await callerAs("support").disputes.byId({ id: first.disputeId });
    expect(dispute).toMatchObject({
      provider: "pockyt",
      accountId: "test-pockyt",
      transactionId: paymentId,
      stage: "chargeback",
      status: "needs_response",
      reasonCode: "4853",
      reasonCategory: "consumer_dispute",
      amountMinor: 1500n,
      currency: "USD",
      networkReference: "74537604221431003881853",
      openedAt: record.openedAt,
      dueAt: record.dueAt,
      recordedByName: "finance tester",
    });
    expect(dispute.source).toContain("Pockyt merchant portal");
    expect(dispute.source).not.toContain("4111 1111 1111 1111");
    expect(JSON.stringify(dispute.raw)).not.toContain("4111 1111 1111 1111");
    expect(events.map((e) => [e.transition, e.statusTo, e.event])).toEqual([
      ["create", "needs_response", "recorded by finance tester"],
    ]);
    expect((await callerAs("support").disputes.forTransaction({ transactionId: paymentId })).length).toBe(1);

    const audit = await auditOf("dispute.record");
    expect(audit.length).toBe(1);
    expect(audit[0]).toMatchObject({ role: "finance", subject: "hand-record-key-0001" });
    expect(audit[0]?.after).toMatchObject({ amountMinor: "1500", currency: "USD", reasonCode: "4853" });
    expect(JSON.stringify(audit[0]?.after)).not.toContain("4111 1111 1111 1111");

    expect(await ledgerOf(paymentId)).toEqual([
      { account: "disputes_held", balance: "1500" },
      { account: "provider_receivable", balance: "-1500" },
    ]);
    // It counts in the month's dispute rate like any dispute.
    const rate = await callerAs("support").analytics.disputeRate({
      from: new Date("2026-11-01T00:00:00Z"),
      to: new Date("2026-11-30T00:00:00Z"),
      provider: ["pockyt"],
    });
    expect(rate.months.map((m) => [m.month, m.disputes])).toEqual([["2026-11", 1]]);
  });

  it("sets the outcome once: a loss books the held amount, a second try changes nothing, a decided one is final", async () => {
    const { disputeId } = await callerAs("finance").disputes.record({
      ...record,
      idempotencyKey: "record-key-0001",
      transactionId: paymentId,
    });
    const lost = await callerAs("finance").disputes.setOutcome({
      id: disputeId,
      idempotencyKey: "outcome-key-1",
      outcome: "lost",
    });
    expect(lost).toEqual({ status: "lost", already: false });
    expect(
      await callerAs("admin").disputes.setOutcome({ id: disputeId, idempotencyKey: "outcome-key-2", outcome: "lost" }),
    ).toEqual({ status: "lost", already: true });
    await expect(
      callerAs("finance").disputes.setOutcome({ id: disputeId, idempotencyKey: "outcome-key-3", outcome: "won" }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await ledgerOf(paymentId)).toEqual([
      { account: "dispute_losses", balance: "1500" },
      { account: "disputes_held", balance: "0" },
      { account: "provider_receivable", balance: "-1500" },
    ]);
    expect((await auditOf("dispute.outcome")).map((a) => a.after)).toEqual([
      { status: "lost", idempotencyKey: "outcome-key-1" },
    ]);
  });

  it("releases the hold on a win, defaulting to the payment's amount and currency", async () => {
    const second = await insertTestTransactions(database.db, [
      { provider: "pockyt", providerUid: "pk-pay-2", amountMinor: 700n, currency: "CNY" },
    ]);
    const id = second[0]!;
    // The payment's own day (it was made at noon): the dispute opens with the payment, not before it.
    const { disputeId } = await callerAs("admin").disputes.record({
      idempotencyKey: "record-key-0002",
      transactionId: id,
      stage: "inquiry",
      openedAt: new Date("2026-11-01T00:00:00Z"),
      source: "settlement report of 2026-11-30",
    });
    const { dispute } = await callerAs("finance").disputes.byId({ id: disputeId });
    expect([dispute.amountMinor, dispute.currency, dispute.reasonCategory]).toEqual([700n, "CNY", null]);
    expect(dispute.openedAt).toEqual(new Date("2026-11-01T12:00:00Z"));
    await callerAs("finance").disputes.setOutcome({ id: disputeId, idempotencyKey: "outcome-key-4", outcome: "won" });
    expect(await ledgerOf(id)).toEqual([
      { account: "disputes_held", balance: "0" },
      { account: "provider_receivable", balance: "0" },
    ]);
  });

  it("refuses ops and support, a refund, an amount over the payment, a future date and a provider's own dispute", async () => {
    const input = { ...record, idempotencyKey: "record-key-0009", transactionId: paymentId };
    for (const role of ["ops", "support"] as const)
      await expect(callerAs(role).disputes.record(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
    const finance = callerAs("finance");
    await expect(finance.disputes.record({ ...input, transactionId: refundId })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "A dispute is recorded against a successful payment, not a successful refund",
    });
    await expect(finance.disputes.record({ ...input, amountMinor: 2501n })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "A dispute is at most the payment's amount",
    });
    await expect(
      finance.disputes.record({ ...input, openedAt: new Date(Date.now() + 86_400_000) }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      finance.disputes.record({ ...input, openedAt: new Date("2026-10-31T23:59:59Z") }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: "The dispute cannot open before the payment" });
    await expect(finance.disputes.record({ ...input, source: "" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(finance.disputes.record({ ...input, currency: "E1R" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      finance.disputes.record({ ...input, transactionId: "00000000-0000-4000-8000-00000000ffff" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nothing of these was recorded.
    const count = await database.db.execute<{ n: string }>(
      sql`select count(*)::text as n from disputes where provider_dispute_id = 'hand-record-key-0009'`,
    );
    expect(count.rows[0]?.n).toBe("0");

    // A dispute from a provider's own messages is decided by the provider, not by hand.
    await database.db.execute(sql`update disputes set source = null, recorded_by = null, recorded_by_name = null
      where provider_dispute_id = 'hand-record-key-0002'`);
    const [fromFeed] = (
      await database.db.execute<{ id: string }>(
        sql`select id from disputes where provider_dispute_id = 'hand-record-key-0002'`,
      )
    ).rows;
    await expect(
      finance.disputes.setOutcome({ id: fromFeed!.id, idempotencyKey: "outcome-key-9", outcome: "lost" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      callerAs("ops").disputes.setOutcome({ id: fromFeed!.id, idempotencyKey: "outcome-key-9", outcome: "lost" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
