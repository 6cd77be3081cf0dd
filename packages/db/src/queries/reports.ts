// Provider reports as stored: every fetch or upload keeps its rows; importing one also posts the fees it states
// and fills settled_at where the provider says the money was paid out (the ledger's triggers post the settlement).
// Dispute rows (type dispute / dispute_reversal, keyed by the provider's dispute id) post their dispute fees only.
import { desc, eq, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { providerReportRows, providerReports } from "../schema/finance.ts";
import { postDisputeFees } from "./reports-disputes.ts";

/** A report row as a connector normalised it (the same shape as the providers' ReportRow). */
export interface ReportRowInput {
  providerUid: string;
  parentProviderUid: string | null;
  type: string;
  status: string;
  amountMinor: bigint;
  currency: string;
  feeMinor: bigint | null;
  occurredAt: Date;
  settledAt: Date | null;
  raw: Record<string, unknown>;
}

export interface ReportInput {
  accountId: string;
  provider: string;
  source: "api" | "upload";
  name: string;
  periodFrom: Date;
  periodTo: Date;
  fetchedBy: string | null;
  fetchedByName: string | null;
  rows: ReportRowInput[];
}

export interface ImportResult {
  reportId: bigint;
  rows: number;
  feesPosted: number;
  disputeFeesPosted: number;
  settled: number;
}

const BATCH = 1000;

/** bigint money has no JSON form: the raw row keeps it as a string. */
const jsonSafe = (raw: Record<string, unknown>) =>
  JSON.parse(JSON.stringify(raw, (_k, v: unknown) => (typeof v === "bigint" ? v.toString() : v))) as Record<
    string,
    unknown
  >;

export async function importReport(db: Db, input: ReportInput): Promise<ImportResult> {
  return db.transaction(async (tx) => {
    const [report] = await tx
      .insert(providerReports)
      .values({
        accountId: input.accountId,
        provider: input.provider,
        source: input.source,
        name: input.name,
        periodFrom: input.periodFrom,
        periodTo: input.periodTo,
        rowCount: input.rows.length,
        fetchedBy: input.fetchedBy,
        fetchedByName: input.fetchedByName,
      })
      .returning({ id: providerReports.id });
    if (!report) throw new Error("report not stored");
    for (let i = 0; i < input.rows.length; i += BATCH) {
      await tx.insert(providerReportRows).values(
        input.rows.slice(i, i + BATCH).map((r) => ({
          reportId: report.id,
          accountId: input.accountId,
          provider: input.provider,
          providerUid: r.providerUid,
          parentProviderUid: r.parentProviderUid,
          type: r.type,
          status: r.status,
          amountMinor: r.amountMinor,
          currency: r.currency,
          feeMinor: r.feeMinor,
          occurredAt: r.occurredAt,
          settledAt: r.settledAt,
          raw: jsonSafe(r.raw),
        })),
      );
    }
    // A fee is the provider's claim on the sale: taken from what it owes, or from cash if the sale was already paid out.
    const fees = await tx.execute<{ n: number }>(sql`
      with due as (
        select distinct on (t.id) t.id, t.account_id, t.provider, t.currency, r.fee_minor, r.id as row_id,
          coalesce(r.settled_at, r.occurred_at) as at, mg.origin_at,
          exists (select 1 from ledger_groups s where s.transaction_id = t.id and s.kind = 'settlement') as settled
        from provider_report_rows r
        join transactions t on t.account_id = r.account_id and t.provider_uid = r.provider_uid
        join ledger_groups mg on mg.transaction_id = t.id and mg.movement_id is not null
        where r.report_id = ${report.id} and r.fee_minor is not null and r.fee_minor <> 0 and r.currency = t.currency and r.status = 'successful'
          and r.type not in ('dispute', 'dispute_reversal')
          and not exists (select 1 from ledger_groups f where f.transaction_id = t.id and f.kind = 'fee')
        order by t.id, r.id
      ), g as (
        insert into ledger_groups (kind, transaction_id, account_id, provider, currency, amount_minor, occurred_at, origin_at, source, report_row_id)
        select 'fee', id, account_id, provider, currency, abs(fee_minor), at, origin_at, 'report', row_id from due
        on conflict (transaction_id) where kind = 'fee' do nothing
        returning id, transaction_id
      ), e as (
        insert into ledger_entries (group_id, ledger_account, amount_minor, currency, account_id, provider,
          transaction_id, kind, occurred_at, origin_at)
        select g.id, p.account, p.sign * d.fee_minor, d.currency, d.account_id, d.provider, d.id, 'fee', d.at, d.origin_at
        from g join due d on d.id = g.transaction_id
        cross join lateral (values ('fees', 1), (case when d.settled then 'merchant_cash' else 'provider_receivable' end, -1)) as p(account, sign)
        returning 1
      )
      select (count(*) / 2)::int as n from e`);
    const settled = await tx.execute<{ n: number }>(sql`
      with s as (
        update transactions t set settled_at = r.settled_at
        from (select distinct on (account_id, provider_uid) account_id, provider_uid, settled_at from provider_report_rows
               where report_id = ${report.id} and settled_at is not null and status = 'successful'
                 and type not in ('dispute', 'dispute_reversal') order by account_id, provider_uid, id) r
        where t.account_id = r.account_id and t.provider_uid = r.provider_uid and t.settled_at is null and t.status = 'successful'
        returning 1)
      select count(*)::int as n from s`);
    const disputeFeesPosted = await postDisputeFees(tx, report.id);
    return {
      reportId: report.id,
      rows: input.rows.length,
      feesPosted: Number(fees.rows[0]?.n ?? 0),
      disputeFeesPosted,
      settled: Number(settled.rows[0]?.n ?? 0),
    };
  });
}

export async function listReports(db: Db, accountId: string | null, limit: number) {
  const query = db.select().from(providerReports).orderBy(desc(providerReports.id)).limit(limit);
  return accountId ? query.where(eq(providerReports.accountId, accountId)) : query;
}
