// Issue 7 acceptance through the real server: payments at the beGateway sandbox known to Paylens, the sandbox's
// report with one line dropped, one misstated and one invented gives exactly those three mismatches; a finance user
// resolves one with a note (audited) and exports settlements, ledger and reconciliation as CSV.
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applySnapshot } from "@paylens/db/queries/apply";
import type { ReconciliationItem } from "@paylens/db/queries/reconciliation-items";
import type { SettlementDay } from "@paylens/db/queries/settlements";
import { connectorFor } from "@paylens/providers/connectors";
import { startActionHarness, type ActionHarness, type Session } from "../actions/action-harness.ts";
import { callContext, callRecorder } from "../provider-context.ts";
import { safeCell } from "../routes/finance-export.ts";

/** The exports' CSV, parsed by the maintained parser the way a spreadsheet or a script would read it. */
const parseCsv = (text: string): string[][] => parse(text) as string[][];

type Mismatches = {
  rows: ReconciliationItem[];
  totals: { kind: string; currency: string; count: number; atStakeMinor: bigint }[];
};

describe("finance through the server", () => {
  let h: ActionHarness;
  let finance: Session;
  let support: Session;
  const today = new Date().toISOString().slice(0, 10);
  const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
  const period = () => ({ from: yesterday, to: today, timeZone: "UTC", accountId: h.shop.account.id });
  const amounts = [1_000n, 2_345n, 9_999n, 15_000n, 420n, 7_777n];
  // The sandbox keeps 1.5 % (half up) of each sale; the report drops the first payment, so five fees reach the ledger.
  const fees = amounts.slice(1).reduce((sum, a) => sum + (a * 15n + 500n) / 1000n, 0n);
  const csv = (path: string, session: Session | null) =>
    h.server.app.inject({ method: "GET", url: path, headers: session ? { cookie: session.cookie } : {} });
  const count = async (query: ReturnType<typeof sql>) =>
    Number((await h.database.db.execute<{ n: string }>(query)).rows[0]?.n);

  beforeAll(async () => {
    h = await startActionHarness();
    [finance, support] = await Promise.all([h.signIn("finance@paylens.demo"), h.signIn("support@paylens.demo")]);
    const ids = [];
    for (const amount of amounts) ids.push(await h.payment(amount));
    // A refund of the first payment, made at the provider and applied as its answer.
    const connector = connectorFor("begateway");
    const [first] = (
      await h.database.db.execute<{ provider_uid: string }>(
        sql`select provider_uid from transactions where id = ${ids[0]}`,
      )
    ).rows;
    const refund = await connector?.refund(callContext(h.shop, callRecorder(h.database.db)), {
      parentUid: first?.provider_uid ?? "",
      amountMinor: 300n,
      currency: "EUR",
      idempotencyKey: "finance-test-refund",
    });
    if (!refund?.snapshot) throw new Error("refund failed");
    await applySnapshot(h.database.db, {
      accountId: h.shop.account.id,
      snapshot: refund.snapshot,
      kind: "poll",
      receivedAt: new Date(),
    });
  }, 60_000);
  afterAll(() => h.close());

  it("shows the day's settlement row straight from the ledger", async () => {
    const answer = await h.query<SettlementDay[]>("finance.settlements", period(), finance);
    expect(answer.error).toBeNull();
    const row = answer.data.find((d) => d.day === today && d.accountId === h.shop.account.id && d.currency === "EUR");
    expect(row).toMatchObject({
      transactions: 7,
      capturedMinor: 36_541n,
      refundedMinor: 300n,
      feesMinor: 0n,
      netMinor: 36_241n,
      settledMinor: 0n,
      outstandingMinor: 36_241n,
    });
    const day = await h.query<{ rows: { amountMinor: bigint; type: string }[]; next: unknown }>(
      "finance.settlementDay",
      { day: today, timeZone: "UTC", accountId: h.shop.account.id },
      finance,
    );
    expect(day.data.rows.map((r) => `${r.type} ${r.amountMinor}`).sort()).toEqual(
      [...amounts.map((a) => `payment ${a}`), "refund 300"].sort(),
    );
  });

  it("gives exactly the three injected discrepancies: one missing, one amount off, one extra", async () => {
    h.demo.sandbox.setReportFaults({ missing: 1, amountOff: 1, extra: 1 });
    const fetched = await h.mutate<{ accountId: string; state: string; rows: number; error: string | null }[]>(
      "finance.fetchReports",
      period(),
      finance,
    );
    h.demo.sandbox.setReportFaults({ missing: 0, amountOff: 0, extra: 0 });
    expect(fetched.error).toBeNull();
    expect(fetched.data).toEqual([
      { accountId: h.shop.account.id, state: "ok", rows: 7, feesPosted: 5, settled: 0, error: null },
    ]);
    const run = await h.mutate<{ counts: Record<string, number> }>("finance.reconcile", period(), finance);
    expect(run.data.counts).toEqual({
      missing_in_report: 1,
      missing_in_ours: 1,
      amount_differs: 1,
      status_differs: 0,
      currency_differs: 0,
    });
    const listed = await h.query<Mismatches>("finance.mismatches", period(), finance);
    expect(listed.data.rows.map((r) => r.kind).sort()).toEqual([
      "amount_differs",
      "missing_in_ours",
      "missing_in_report",
    ]);
    const byKind = new Map(listed.data.rows.map((r) => [r.kind, r]));
    // The sandbox drops the oldest, misstates the next by 1.00 and copies the third under a new id.
    expect(byKind.get("missing_in_report")).toMatchObject({
      atStakeMinor: amounts[0],
      atStakeCurrency: "EUR",
      reportAmountMinor: null,
    });
    expect(byKind.get("amount_differs")).toMatchObject({
      atStakeMinor: 100n,
      ledgerAmountMinor: amounts[1],
      reportAmountMinor: (amounts[1] ?? 0n) + 100n,
    });
    expect(byKind.get("missing_in_ours")).toMatchObject({
      atStakeMinor: amounts[2],
      transactionId: null,
      ledgerAmountMinor: null,
    });
  });

  it("resolves a mismatch with a note, audited; refuses an empty note and a second resolve", async () => {
    const listed = await h.query<Mismatches>("finance.mismatches", period(), finance);
    const off = listed.data.rows.find((r) => r.kind === "amount_differs");
    expect((await h.mutate("finance.resolve", { id: off?.id, note: "" }, finance)).status).toBe(400);
    const resolved = await h.mutate<ReconciliationItem>(
      "finance.resolve",
      { id: off?.id, note: "Provider confirms a surcharge; credit note requested" },
      finance,
    );
    expect(resolved.data).toMatchObject({ state: "resolved", resolvedByName: "Fay Finance" });
    expect((await h.mutate("finance.resolve", { id: off?.id, note: "again" }, finance)).error?.code).toBe("CONFLICT");
    expect(
      await count(
        sql`select count(*) as n from audit_log where action = 'reconciliation.resolve' and actor_name = 'Fay Finance' and after->>'note' = 'Provider confirms a surcharge; credit note requested'`,
      ),
    ).toBe(1);
    expect(
      await count(
        sql`select count(*) as n from audit_log where action in ('report.fetch', 'reconciliation.run') and actor_name = 'Fay Finance'`,
      ),
    ).toBe(2);
    // Resolved items leave the open list; a new run does not reopen them.
    await h.mutate("finance.reconcile", period(), finance);
    const open = await h.query<Mismatches>("finance.mismatches", period(), finance);
    expect(open.data.rows.map((r) => r.kind).sort()).toEqual(["missing_in_ours", "missing_in_report"]);
  });

  it("exports settlements, ledger entries and reconciliation results as CSV, as many rows as there are", async () => {
    const query = `from=${yesterday}&to=${today}&timeZone=UTC`;
    const settlements = await csv(`/export/settlements.csv?${query}`, finance);
    expect(settlements.statusCode).toBe(200);
    expect(settlements.headers["content-disposition"]).toBe(
      `attachment; filename="settlements-${yesterday}-${today}.csv"`,
    );
    const [header, ...days] = parseCsv(settlements.body);
    expect(header?.slice(0, 14)).toEqual([
      "day",
      "time_zone",
      "provider",
      "account_id",
      "currency",
      "transactions",
      "captured",
      "refunded",
      "fees",
      "disputed",
      "dispute_fees",
      "net",
      "settled",
      "outstanding",
    ]);
    expect(fees).toBe(533n);
    expect(days).toEqual([
      [
        today,
        "UTC",
        "begateway",
        h.shop.account.id,
        "EUR",
        "7",
        "365.41",
        "3.00",
        "5.33",
        "0.00",
        "0.00",
        "357.08",
        "0.00",
        "357.08",
        "36541",
        "300",
        "533",
        "0",
        "0",
        "35708",
        "0",
        "35708",
      ],
    ]);

    const ledger = parseCsv((await csv(`/export/ledger.csv?${query}`, finance)).body);
    expect(ledger.length - 1).toBe(await count(sql`select count(*) as n from ledger_entries`));
    // Seven movements and five fees, two entries each.
    expect(ledger.length - 1).toBe(24);
    const amountColumn = ledger[0]?.indexOf("amount_minor") ?? -1;
    expect(ledger.slice(1).reduce((sum, row) => sum + BigInt(row[amountColumn] ?? "0"), 0n)).toBe(0n);

    expect(parseCsv((await csv(`/export/reconciliation.csv?${query}`, finance)).body).length - 1).toBe(2);
    const all = parseCsv((await csv(`/export/reconciliation.csv?${query}&states=open,resolved`, finance)).body);
    expect(all.length - 1).toBe(3);
    // The note, then the item's subject and (for a dispute) its dispute id.
    expect(all.find((r) => r[1] === "amount_differs")?.slice(-3)).toEqual([
      "Provider confirms a surcharge; credit note requested",
      "transaction",
      "",
    ]);
  });

  it("keeps negative amounts as numbers in CSV but never lets a cell run as a formula", () => {
    expect(["-1000", "-3.00", "12", "=SUM(A1)", "+1 555", "-x", "@cmd", "plain"].map(safeCell)).toEqual([
      "-1000",
      "-3.00",
      "12",
      "'=SUM(A1)",
      "'+1 555",
      "'-x",
      "'@cmd",
      "plain",
    ]);
  });

  it("refuses exports without a session, a bad time zone and a reversed period; and lets support read settlements", async () => {
    expect((await csv(`/export/ledger.csv?from=${today}&to=${today}`, null)).statusCode).toBe(401);
    const bad = await csv(`/export/settlements.csv?from=${today}&to=${today}&timeZone=Mars/Olympus`, finance);
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toMatch(/IANA time zone/);
    expect((await csv(`/export/settlements.csv?from=${today}&to=${yesterday}`, finance)).statusCode).toBe(400);
    expect((await h.query("finance.settlements", { ...period(), timeZone: "Nowhere/Land" }, finance)).status).toBe(400);
    expect((await h.query("finance.settlements", period(), support)).status).toBe(200);
  });
});
