// Dispute rows of a provider's report: their fees reach the ledger once however often the report is imported, and
// reconciliation matches them to the disputes we hold and names each difference.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DisputeSnapshot } from "@paylens/domain/dispute";
import type { Database } from "../client.ts";
import { createTestDb } from "../test-db.ts";
import { insertTestTransactions } from "../test-transactions.ts";
import { applyDisputesIn } from "./disputes-apply.ts";
import { backfillLedger } from "./ledger.ts";
import { runReconciliation } from "./reconciliation.ts";
import { listMismatches } from "./reconciliation-items.ts";
import { classifyDispute, pairDisputes, type DisputeRow, type HeldDispute } from "./reconciliation-disputes.ts";
import { importReport, type ReportRowInput } from "./reports.ts";
import { settlementDays } from "./settlements.ts";
import { settlementDayDisputes } from "./settlements-disputes.ts";

const PROVIDER = "antom";
const ACCOUNT = `test-${PROVIDER}`;
const DAY = new Date("2026-11-10T00:00:00Z");
const at = (hour: number) => new Date(DAY.getTime() + hour * 3_600_000);
const PERIOD = { from: DAY, to: new Date(DAY.getTime() + 86_400_000) };
const by = { id: null, name: "test" };

const reportRow = (
  type: "payment" | "dispute" | "dispute_reversal",
  uid: string,
  parent: string | null,
  amountMinor: bigint,
  hour: number,
  feeMinor: bigint | null = null,
): ReportRowInput => ({
  providerUid: uid,
  parentProviderUid: parent,
  type,
  status: "successful",
  amountMinor,
  currency: "USD",
  feeMinor,
  occurredAt: at(hour),
  settledAt: null,
  raw: { uid },
});

const snapshot = (id: string, payment: string, amountMinor: bigint, hour: number, status = "needs_response") =>
  ({
    provider: PROVIDER,
    providerDisputeId: id,
    paymentProviderUid: payment,
    stage: "chargeback",
    status,
    reasonCode: "10.4",
    reasonMessage: "Other Fraud",
    reasonCategory: "fraud",
    amountMinor,
    currency: "USD",
    networkReference: null,
    dueAt: null,
    openedAt: at(hour),
    updatedAt: at(hour),
    event: "DISPUTE_CREATED",
    raw: {},
  }) as DisputeSnapshot;

describe("dispute rows of a report", () => {
  let database: Database;
  let paymentIds: string[] = [];

  const report = (rows: ReportRowInput[]) =>
    importReport(database.db, {
      accountId: ACCOUNT,
      provider: PROVIDER,
      source: "upload",
      name: "settlement details file",
      periodFrom: PERIOD.from,
      periodTo: PERIOD.to,
      fetchedBy: null,
      fetchedByName: null,
      rows,
    });

  const balances = async (transactionId: string) => {
    const result = await database.db.execute<{ ledger_account: string; balance: string }>(sql`
      select ledger_account, sum(amount_minor)::text as balance from ledger_entries
       where transaction_id = ${transactionId}::uuid group by 1 order by 1`);
    return Object.fromEntries(result.rows.map((r) => [r.ledger_account, BigInt(r.balance)]));
  };

  beforeAll(async () => {
    database = await createTestDb();
    paymentIds = await insertTestTransactions(
      database.db,
      ["pay-1", "pay-2", "pay-3", "pay-4", "pay-5"].map((uid, i) => ({
        providerUid: uid,
        provider: PROVIDER,
        amountMinor: 10_000n,
        currency: "USD",
        createdAt: at(1 + i),
        paidAt: at(1 + i),
      })),
    );
    await backfillLedger(database.db);
    await database.db.transaction((tx) =>
      applyDisputesIn(
        tx,
        [
          snapshot("dsp-1", "pay-1", 10_000n, 8),
          // The report states 9,000: amount differs.
          snapshot("dsp-2", "pay-2", 10_000n, 9),
          // Won: the report's reversal agrees.
          snapshot("dsp-3", "pay-3", 4_000n, 10, "won"),
          // The provider never lists it: missing in the report.
          snapshot("dsp-4", "pay-4", 2_500n, 11),
          // Still open although the report returned its money.
          snapshot("dsp-5", "pay-5", 1_000n, 12),
        ].map((dispute, i) => ({ accountId: ACCOUNT, dispute, dedupKey: `k-${i}`, receivedAt: at(13) })),
      ),
    );
  });
  afterAll(() => database.close());

  const rows = [
    reportRow("dispute", "dsp-1", "pay-1", 10_000n, 8, 1_500n),
    reportRow("dispute", "dsp-2", "pay-2", 9_000n, 9, 1_500n),
    reportRow("dispute", "dsp-3", "pay-3", 4_000n, 10, 1_500n),
    reportRow("dispute_reversal", "dsp-3", "pay-3", 4_000n, 14, 200n),
    reportRow("dispute", "dsp-5", "pay-5", 1_000n, 12, null),
    reportRow("dispute_reversal", "dsp-5", "pay-5", 1_000n, 15, null),
    // No such dispute here.
    reportRow("dispute", "dsp-ghost", "pay-9", 700n, 16, 1_500n),
  ];

  it("posts each dispute fee once: Dr dispute_fees / Cr provider_receivable, balanced, on the disputed payment", async () => {
    const first = await report(rows);
    expect(first.disputeFeesPosted).toBe(4);
    // A dispute row is no payment of ours: it posts no transaction fee and settles nothing.
    expect(first.feesPosted).toBe(0);
    expect(first.settled).toBe(0);
    const again = await report(rows);
    expect(again.disputeFeesPosted).toBe(0);
    const pay1 = paymentIds[0] ?? "";
    expect(await balances(pay1)).toEqual({
      disputes_held: 10_000n,
      dispute_fees: 1_500n,
      provider_receivable: 10_000n - 10_000n - 1_500n,
      sales: -10_000n,
    });
    // The handling fee of the DISPUTE row and the fee of the reversal are two groups on the won dispute.
    const groups = await database.db.execute<{ kind: string; amount_minor: string; source: string }>(sql`
      select kind, amount_minor::text, source from ledger_groups where transaction_id = ${paymentIds[2] ?? ""}::uuid
       and kind like 'dispute%fee' order by kind`);
    expect(groups.rows).toEqual([
      { kind: "dispute_fee", amount_minor: "1500", source: "report" },
      { kind: "dispute_reversal_fee", amount_minor: "200", source: "report" },
    ]);
    const unbalanced = await database.db.execute(sql`
      select group_id from ledger_entries group by group_id having sum(amount_minor) <> 0`);
    expect(unbalanced.rows).toEqual([]);
  });

  it("counts dispute money in the day of the sale: net and outstanding agree with the receivable", async () => {
    const filter = { timeZone: "UTC", accountId: ACCOUNT, currency: "USD" };
    const [day] = await settlementDays(database.db, { ...filter, from: "2026-11-10", to: "2026-11-10" });
    // Held by the four open disputes (the won one never held), and four dispute fees (1,500 × 3 + 200).
    expect(day).toMatchObject({
      capturedMinor: 50_000n,
      disputedMinor: 10_000n + 10_000n + 2_500n + 1_000n,
      disputeFeesMinor: 4_700n,
      netMinor: 50_000n - 23_500n - 4_700n,
      settledMinor: 0n,
      outstandingMinor: 21_800n,
    });
    const receivable = await database.db.execute<{ n: string }>(sql`
      select sum(amount_minor)::text as n from ledger_entries where account_id = ${ACCOUNT}
         and ledger_account = 'provider_receivable'`);
    expect(BigInt(receivable.rows[0]?.n ?? "0")).toBe(day?.outstandingMinor);
    const disputes = await settlementDayDisputes(database.db, { ...filter, day: "2026-11-10" }, 100);
    expect(disputes.map((d) => [d.providerDisputeId, d.kind, d.amountMinor, d.reportRowId !== null])).toEqual([
      // In the order they happened: holds when opened, fees when the report's rows were booked.
      ["dsp-1", "dispute_hold", 10_000n, false],
      ["dsp-1", "dispute_fee", 1_500n, true],
      ["dsp-2", "dispute_hold", 10_000n, false],
      ["dsp-2", "dispute_fee", 1_500n, true],
      ["dsp-3", "dispute_fee", 1_500n, true],
      ["dsp-4", "dispute_hold", 2_500n, false],
      ["dsp-5", "dispute_hold", 1_000n, false],
      ["dsp-3", "dispute_reversal_fee", 200n, true],
    ]);
  });

  it("matches dispute rows to our disputes and names every difference", async () => {
    const run = await runReconciliation(database.db, { ...PERIOD, accountId: ACCOUNT, by });
    const items = (await listMismatches(database.db, { ...PERIOD, accountId: ACCOUNT }, 100, null)).rows
      .filter((i) => i.subject === "dispute")
      .map((i) => [i.providerUid, i.kind, i.atStakeMinor])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0])));
    expect(items).toEqual([
      ["dsp-2", "amount_differs", 1_000n],
      ["dsp-4", "missing_in_report", 2_500n],
      ["dsp-5", "status_differs", 1_000n],
      ["dsp-ghost", "missing_in_ours", 700n],
    ]);
    expect(run.counts.missing_in_ours).toBeGreaterThanOrEqual(1);
    const ghost = (await listMismatches(database.db, { ...PERIOD, accountId: ACCOUNT }, 100, null)).rows.find(
      (i) => i.providerUid === "dsp-ghost",
    );
    expect(ghost?.disputeId).toBeNull();
    expect(ghost?.reportCurrency).toBe("USD");
  });

  it("pairs a row whose id differs by the disputed payment and amount", () => {
    const held: HeldDispute = {
      id: "d1",
      accountId: "a",
      provider: PROVIDER,
      providerDisputeId: "ours-1",
      paymentProviderUid: "pay-1",
      transactionId: "t1",
      status: "needs_response",
      amount: 500n,
      currency: "USD",
      openedAt: DAY,
      covered: true,
    };
    const row: DisputeRow = {
      id: 1n,
      accountId: "a",
      provider: PROVIDER,
      providerUid: "theirs-1",
      parentProviderUid: "pay-1",
      type: "dispute",
      amount: 500n,
      currency: "USD",
      occurredAt: DAY,
    };
    const [pair, ...rest] = pairDisputes([row], [held]);
    expect(rest).toEqual([]);
    expect(pair?.ours?.id).toBe("d1");
    expect(pair && classifyDispute(pair)).toEqual([]);
    // Another amount on the same payment is not the same dispute.
    expect(
      pairDisputes([{ ...row, amount: 400n }], [held])
        .flatMap(classifyDispute)
        .map((m) => m.kind),
    ).toEqual(["missing_in_ours", "missing_in_report"]);
  });
});
