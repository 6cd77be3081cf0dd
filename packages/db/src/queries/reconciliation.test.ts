// Three-way reconciliation on the database: a report with planted differences gives exactly those mismatches,
// a report's fees and settlements reach the ledger, resolving is audited, and a later run keeps or clears items.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client.ts";
import { createTestDb } from "../test-db.ts";
import { insertTestTransactions } from "../test-transactions.ts";
import { backfillLedger } from "./ledger.ts";
import { runReconciliation } from "./reconciliation.ts";
import { listMismatches, mismatchTotals, resolveMismatch } from "./reconciliation-items.ts";
import { classify } from "./reconciliation-rules.ts";
import { importReport, type ReportRowInput } from "./reports.ts";

const DAY = new Date("2026-11-10T00:00:00Z");
const at = (hour: number) => new Date(DAY.getTime() + hour * 3_600_000);
const PERIOD = { from: DAY, to: new Date(DAY.getTime() + 86_400_000) };

const row = (uid: string, amountMinor: bigint, hour: number, extra: Partial<ReportRowInput> = {}): ReportRowInput => ({
  providerUid: uid,
  parentProviderUid: null,
  type: "payment",
  status: "successful",
  amountMinor,
  currency: "EUR",
  feeMinor: null,
  occurredAt: at(hour),
  settledAt: null,
  raw: { uid },
  ...extra,
});

describe("reconciliation", () => {
  let database: Database;
  const by = { id: null, name: "test" };

  beforeAll(async () => {
    database = await createTestDb();
    await insertTestTransactions(database.db, [
      { providerUid: "ok-1", amountMinor: 10_000n, createdAt: at(1), paidAt: at(1) },
      { providerUid: "ok-2", amountMinor: 2_000n, createdAt: at(2), paidAt: at(2) },
      { providerUid: "gone-1", amountMinor: 3_000n, createdAt: at(3), paidAt: at(3) },
      { providerUid: "off-1", amountMinor: 4_000n, createdAt: at(4), paidAt: at(4) },
      { providerUid: "cur-1", amountMinor: 5_000n, createdAt: at(5), paidAt: at(5) },
      { providerUid: "late-1", status: "pending", amountMinor: 6_000n, createdAt: at(6) },
      {
        providerUid: "rf-1",
        type: "refund",
        parentProviderUid: "ok-1",
        amountMinor: 1_000n,
        createdAt: at(7),
        paidAt: at(7),
      },
      // Outside the report's period: never a mismatch.
      {
        providerUid: "other-day",
        amountMinor: 9_000n,
        createdAt: new Date("2026-11-12T10:00:00Z"),
        paidAt: new Date("2026-11-12T10:00:00Z"),
      },
    ]);
    await backfillLedger(database.db);
  });
  afterAll(() => database.close());

  it("classifies each key by the three sources", () => {
    const base = {
      accountId: "a",
      provider: "begateway",
      providerUid: "u",
      transactionId: null,
      reportRowId: null,
      occurredAt: DAY,
    };
    const s = (amount: bigint, status = "successful", currency = "EUR") => ({ amount, currency, status });
    expect(classify({ ...base, ledger: s(5n), notified: s(5n), report: s(5n) })).toEqual([]);
    expect(classify({ ...base, ledger: null, notified: s(5n, "failed"), report: s(5n, "failed") })).toEqual([]);
    expect(
      classify({ ...base, ledger: s(5n), notified: s(5n), report: s(7n) }).map((m) => [m.kind, m.atStakeMinor]),
    ).toEqual([["amount_differs", 2n]]);
    expect(classify({ ...base, ledger: s(5n), notified: s(5n), report: s(5n, "failed") }).map((m) => m.kind)).toEqual([
      "status_differs",
    ]);
    expect(
      classify({ ...base, ledger: null, notified: null, report: s(8n) }).map((m) => [m.kind, m.atStakeMinor]),
    ).toEqual([["missing_in_ours", 8n]]);
  });

  it("finds exactly the planted differences, posts the report's fees and settlements, and the ledger still balances", async () => {
    const settledAt = new Date("2026-11-11T06:00:00Z");
    const imported = await importReport(database.db, {
      accountId: "test-begateway",
      provider: "begateway",
      source: "upload",
      name: "test.json",
      periodFrom: PERIOD.from,
      periodTo: PERIOD.to,
      fetchedBy: null,
      fetchedByName: "test",
      rows: [
        row("ok-1", 10_000n, 1, { feeMinor: 150n, settledAt }),
        row("ok-2", 2_000n, 2, { settledAt }),
        row("off-1", 4_100n, 4),
        row("cur-1", 5_000n, 5, { currency: "USD" }),
        row("late-1", 6_000n, 6),
        row("rf-1", 1_000n, 7, { type: "refund", parentProviderUid: "ok-1", settledAt }),
        row("new-1", 7_700n, 8),
        row("declined-1", 500n, 9, { status: "failed" }),
      ],
    });
    expect(imported).toMatchObject({ rows: 8, feesPosted: 1, settled: 3 });
    const result = await runReconciliation(database.db, { ...PERIOD, accountId: null, by });
    expect(result.counts).toEqual({
      missing_in_report: 1,
      missing_in_ours: 1,
      amount_differs: 1,
      status_differs: 1,
      currency_differs: 1,
    });
    const { rows } = await listMismatches(database.db, PERIOD, 50, null);
    expect(rows.map((r) => [r.kind, r.providerUid, r.atStakeMinor, r.atStakeCurrency])).toEqual([
      ["missing_in_report", "gone-1", 3_000n, "EUR"],
      ["amount_differs", "off-1", 100n, "EUR"],
      ["currency_differs", "cur-1", 5_000n, "EUR"],
      ["status_differs", "late-1", 6_000n, "EUR"],
      ["missing_in_ours", "new-1", 7_700n, "EUR"],
    ]);
    const totals = await mismatchTotals(database.db, PERIOD);
    expect(totals.find((t) => t.kind === "missing_in_ours")).toEqual({
      kind: "missing_in_ours",
      currency: "EUR",
      count: 1,
      atStakeMinor: 7_700n,
    });

    const ledger = await database.db.execute<
      Record<string, string>
    >(sql`select ledger_account, sum(e.amount_minor)::text as s from ledger_entries e
      join transactions t on t.id = e.transaction_id
        where t.provider_uid = 'ok-1' group by ledger_account having sum(e.amount_minor) <> 0 order by ledger_account`);
    // Sale 100.00, fee 1.50 taken before payout, 98.50 paid out.
    expect(ledger.rows).toEqual([
      { ledger_account: "fees", s: "150" },
      { ledger_account: "merchant_cash", s: "9850" },
      { ledger_account: "sales", s: "-10000" },
    ]);
    const refund = await database.db.execute<
      Record<string, string>
    >(sql`select ledger_account, sum(e.amount_minor)::text as s from ledger_entries e
      join transactions t on t.id = e.transaction_id
        where t.provider_uid = 'rf-1' group by ledger_account having sum(e.amount_minor) <> 0 order by ledger_account`);
    expect(refund.rows).toEqual([
      { ledger_account: "merchant_cash", s: "-1000" },
      { ledger_account: "refunds", s: "1000" },
    ]);
    const [total] = (
      await database.db.execute<{ s: string }>(sql`select sum(amount_minor)::text as s from ledger_entries`)
    ).rows;
    expect(total?.s).toBe("0");
  });

  it("resolves with a note, audited; a second run keeps it resolved and clears what was fixed", async () => {
    const { rows } = await listMismatches(database.db, PERIOD, 50, null);
    const off = rows.find((r) => r.kind === "amount_differs");
    const resolved = await resolveMismatch(database.db, off?.id ?? 0n, "Provider confirmed a 1.00 surcharge", {
      id: "user-1",
      name: "Fin Ance",
      role: "finance",
      ip: "127.0.0.1",
    });
    expect(resolved?.state).toBe("resolved");
    expect(
      await resolveMismatch(database.db, off?.id ?? 0n, "again", {
        id: "user-1",
        name: "Fin Ance",
        role: "finance",
        ip: null,
      }),
    ).toBeNull();
    const audit = await database.db.execute<Record<string, unknown>>(
      sql`select action, actor_name, subject, after from audit_log where action = 'reconciliation.resolve'`,
    );
    expect(audit.rows).toEqual([
      {
        action: "reconciliation.resolve",
        actor_name: "Fin Ance",
        subject: "amount_differs begateway off-1",
        after: { state: "resolved", note: "Provider confirmed a 1.00 surcharge" },
      },
    ]);

    // A corrected report: gone-1 is listed now; the rest as before.
    await importReport(database.db, {
      accountId: "test-begateway",
      provider: "begateway",
      source: "upload",
      name: "fixed.json",
      periodFrom: PERIOD.from,
      periodTo: PERIOD.to,
      fetchedBy: null,
      fetchedByName: "test",
      rows: [
        row("ok-1", 10_000n, 1),
        row("ok-2", 2_000n, 2),
        row("gone-1", 3_000n, 3),
        row("off-1", 4_100n, 4),
        row("cur-1", 5_000n, 5, { currency: "USD" }),
        row("late-1", 6_000n, 6),
        row("rf-1", 1_000n, 7, { type: "refund" }),
        row("new-1", 7_700n, 8),
      ],
    });
    const again = await runReconciliation(database.db, { ...PERIOD, accountId: null, by });
    expect(again.cleared).toBe(1);
    const open = await listMismatches(database.db, PERIOD, 50, null);
    expect(open.rows.map((r) => r.providerUid)).toEqual(["cur-1", "late-1", "new-1"]);
    const all = await listMismatches(database.db, { ...PERIOD, states: ["open", "resolved", "cleared"] }, 50, null);
    expect(all.rows.map((r) => `${r.providerUid}:${r.state}`)).toEqual([
      "gone-1:cleared",
      "off-1:resolved",
      "cur-1:open",
      "late-1:open",
      "new-1:open",
    ]);
  });
});
