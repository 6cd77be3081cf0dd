// Settlements per provider, account, currency and day (cut in a chosen time zone): captured, refunded, fees, net,
// settled and still outstanding, all from the ledger. Settlements and fees count on the day of the sale they belong to
// (origin_at), so a day's "outstanding" is what the provider still owes on that day's business. Disputes count there
// too: what they took and did not give back (held while open, lost) and their fees reduce the net.
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";

export interface SettlementFilter {
  /** First and last day, inclusive (YYYY-MM-DD), in `timeZone`. */
  from: string;
  to: string;
  timeZone: string;
  provider?: string | undefined;
  accountId?: string | undefined;
  currency?: string | undefined;
}

export interface SettlementDay {
  day: string;
  provider: string;
  accountId: string;
  currency: string;
  transactions: number;
  capturedMinor: bigint;
  refundedMinor: bigint;
  feesMinor: bigint;
  /** Held by open disputes plus lost to decided ones (disputes_held + dispute_losses). */
  disputedMinor: bigint;
  disputeFeesMinor: bigint;
  netMinor: bigint;
  settledMinor: bigint;
  outstandingMinor: bigint;
}

/** [lo, hi) instants of the days from..to inclusive, as the zone's clocks show them (DST days are 23 or 25 hours). */
export function dayBounds(from: string, to: string, timeZone: string): { lo: SQL; hi: SQL } {
  return {
    lo: sql`(${from}::date::timestamp at time zone ${timeZone})`,
    hi: sql`((${to}::date + 1)::timestamp at time zone ${timeZone})`,
  };
}

function dimensions(alias: string, filter: Pick<SettlementFilter, "provider" | "accountId" | "currency">): SQL[] {
  const a = sql.raw(alias);
  const parts: SQL[] = [];
  if (filter.provider) parts.push(sql`${a}.provider = ${filter.provider}`);
  if (filter.accountId) parts.push(sql`${a}.account_id = ${filter.accountId}`);
  if (filter.currency) parts.push(sql`${a}.currency = ${filter.currency}`);
  return parts;
}

export async function settlementDays(db: Db, filter: SettlementFilter): Promise<SettlementDay[]> {
  const { lo, hi } = dayBounds(filter.from, filter.to, filter.timeZone);
  const where = [
    sql`e.origin_at >= ${lo}`,
    sql`e.origin_at < ${hi}`,
    sql`e.ledger_account in ('sales', 'refunds', 'fees', 'merchant_cash', 'disputes_held', 'dispute_losses', 'dispute_fees')`,
    ...dimensions("e", filter),
  ];
  const result = await db.execute<Record<string, string>>(sql`
    select to_char((e.origin_at at time zone ${filter.timeZone})::date, 'YYYY-MM-DD') as day, e.provider, e.account_id, e.currency,
      count(distinct e.transaction_id) filter (where e.kind in ('payment', 'capture', 'refund'))::int as transactions,
      coalesce(-sum(e.amount_minor) filter (where e.ledger_account = 'sales'), 0)::text as captured,
      coalesce(sum(e.amount_minor) filter (where e.ledger_account = 'refunds'), 0)::text as refunded,
      coalesce(sum(e.amount_minor) filter (where e.ledger_account = 'fees'), 0)::text as fees,
      coalesce(sum(e.amount_minor) filter (where e.ledger_account in ('disputes_held', 'dispute_losses')), 0)::text as disputed,
      coalesce(sum(e.amount_minor) filter (where e.ledger_account = 'dispute_fees'), 0)::text as dispute_fees,
      coalesce(sum(e.amount_minor) filter (where e.ledger_account = 'merchant_cash'), 0)::text as settled
    from ledger_entries e
    where ${sql.join(where, sql` and `)}
    group by 1, 2, 3, 4
    order by 1 desc, 2, 3, 4`);
  return result.rows.map((r) => {
    const captured = BigInt(r.captured ?? "0");
    const refunded = BigInt(r.refunded ?? "0");
    const fees = BigInt(r.fees ?? "0");
    const settled = BigInt(r.settled ?? "0");
    const disputed = BigInt(r.disputed ?? "0");
    const disputeFees = BigInt(r.dispute_fees ?? "0");
    const net = captured - refunded - fees - disputed - disputeFees;
    return {
      day: r.day ?? "",
      provider: r.provider ?? "",
      accountId: r.account_id ?? "",
      currency: r.currency ?? "",
      transactions: Number(r.transactions ?? 0),
      capturedMinor: captured,
      refundedMinor: refunded,
      feesMinor: fees,
      disputedMinor: disputed,
      disputeFeesMinor: disputeFees,
      netMinor: net,
      settledMinor: settled,
      outstandingMinor: net - settled,
    };
  });
}

export interface SettlementDayFilter {
  day: string;
  timeZone: string;
  provider?: string | undefined;
  accountId?: string | undefined;
  currency?: string | undefined;
}

export interface SettlementTransaction {
  transactionId: string;
  provider: string;
  accountId: string;
  providerUid: string;
  trackingId: string | null;
  type: string;
  status: string;
  amountMinor: bigint;
  currency: string;
  occurredAt: Date;
  feeMinor: bigint;
  settledMinor: bigint;
  settledAt: Date | null;
  outstandingMinor: bigint;
}

/** The movements behind one day's row (drill-down), sale time order, with what was settled and is still owed of each. */
export async function settlementDayTransactions(
  db: Db,
  filter: SettlementDayFilter,
  limit: number,
  after: { at: string; id: string } | null,
) {
  const { lo, hi } = dayBounds(filter.day, filter.day, filter.timeZone);
  const where = [
    sql`g.origin_at >= ${lo}`,
    sql`g.origin_at < ${hi}`,
    sql`g.kind in ('payment', 'capture', 'refund')`,
    ...dimensions("g", filter),
  ];
  if (after) where.push(sql`(g.origin_at, g.id) > (${after.at}::timestamptz, ${after.id}::bigint)`);
  const result = await db.execute<Record<string, string | Date | null>>(sql`
    select g.id::text as group_id, g.origin_at::text as at_text, g.transaction_id, g.provider, g.account_id,
      t.provider_uid, t.tracking_id, g.kind as type, t.status,
      g.amount_minor::text as amount, g.currency, g.occurred_at,
      coalesce((select sum(e.amount_minor) from ledger_entries e where e.transaction_id = g.transaction_id
        and e.ledger_account = 'fees'), 0)::text as fee,
      coalesce((select sum(e.amount_minor) from ledger_entries e where e.transaction_id = g.transaction_id
        and e.ledger_account = 'merchant_cash'), 0)::text as settled,
      (select s.occurred_at from ledger_groups s where s.transaction_id = g.transaction_id and s.kind = 'settlement') as settled_at,
      coalesce((select sum(e.amount_minor) from ledger_entries e where e.transaction_id = g.transaction_id
        and e.ledger_account = 'provider_receivable'), 0)::text as outstanding
    from ledger_groups g join transactions t on t.id = g.transaction_id
    where ${sql.join(where, sql` and `)}
    order by g.origin_at, g.id
    limit ${limit + 1}`);
  const rows = result.rows.slice(0, limit).map((r): SettlementTransaction => ({
    transactionId: String(r.transaction_id),
    provider: String(r.provider),
    accountId: String(r.account_id),
    providerUid: String(r.provider_uid),
    trackingId: r.tracking_id === null ? null : String(r.tracking_id),
    type: String(r.type),
    status: String(r.status),
    amountMinor: BigInt(String(r.amount)),
    currency: String(r.currency),
    occurredAt: new Date(r.occurred_at as string | Date),
    feeMinor: BigInt(String(r.fee)),
    settledMinor: BigInt(String(r.settled)),
    settledAt: r.settled_at === null ? null : new Date(r.settled_at as string | Date),
    outstandingMinor: BigInt(String(r.outstanding)),
  }));
  const last = result.rows[limit - 1];
  const next = result.rows.length > limit && last ? { at: String(last.at_text), id: String(last.group_id) } : null;
  return { rows, next };
}
