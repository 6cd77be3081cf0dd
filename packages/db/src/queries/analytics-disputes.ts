// Dispute rate per calendar month (UTC), per provider and merchant account: disputes opened in the month against
// captured card payments (successful one-step payments and captures), the ratio the card schemes watch
// (docs/disputes.md). Each row carries the month's payments and the previous month's, since VAMP divides by the one
// and Mastercard's ECP by the other (domain/dispute-thresholds.ts). The month still running is projected to its end.
import { sql, type SQL } from "drizzle-orm";
import type { ReasonCategory } from "@paylens/domain/dispute";
import { type MonthCounts, projectMonth } from "@paylens/domain/dispute-thresholds";
import type { Db } from "../client.ts";
import { num, stamp } from "./analytics-filters.ts";

export interface DisputeRateFilter {
  /** Months are counted from the one holding `from` to the one holding `to`. */
  from: Date;
  to: Date;
  provider?: string[];
  accountId?: string[];
  reasonCategory?: ReasonCategory[];
}

export interface DisputeRateRow {
  /** "2026-11" */
  month: string;
  provider: string;
  accountId: string;
  disputes: number;
  payments: number;
  /** The previous calendar month's captured card payments of the account (Mastercard's denominator). */
  previousPayments: number;
  /** disputes / payments of the same month, null without payments. */
  rate: number | null;
  /** The month still running, scaled by the share of it elapsed (domain projectMonth); null for a closed month. */
  projected: MonthCounts | null;
}

export const monthStart = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
const nextMonth = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
const previousMonth = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - 1, 1));
const monthKey = (d: Date) => d.toISOString().slice(0, 7);
const MONTH = sql.raw("'YYYY-MM'");

const inList = (column: string, values: readonly string[] | undefined): SQL =>
  values?.length
    ? sql`and ${sql.raw(column)} in (${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`
    : sql``;

/** The provider and account filter on a table aliased `alias`. */
export const accountFilter = (filter: DisputeRateFilter, alias: string): SQL =>
  sql`${inList(`${alias}.provider`, filter.provider)} ${inList(`${alias}.account_id`, filter.accountId)}`;

export const categoryFilter = (filter: DisputeRateFilter, alias: string): SQL =>
  inList(`${alias}.reason_category`, filter.reasonCategory);

/**
 * A transaction's column, or its parent's when it has none (a capture row may name no method or card): a lookup
 * by primary key that runs only for those rows, so the scan stays on the created_at range.
 */
export const ownOrParent = (column: string): SQL =>
  sql.raw(`coalesce(t.${column}, (select p.${column} from transactions p where p.id = t.parent_id))`);

/**
 * Captured card payments: successful one-step payments and captures, the capture's method read from its
 * authorisation. Bounded by created_at on transactions_status_created.
 */
export const capturedCardPayments = (from: Date, to: Date): SQL => sql`
  transactions t
  where t.status = 'successful' and t.created_at >= ${stamp(from)} and t.created_at < ${stamp(to)}
    and t.type in ('payment', 'capture') and ${ownOrParent("method_type")} = 'credit_card'`;

/** The running month's share elapsed at `now`, and its key. */
export function runningMonth(now: Date): { month: string; share: number } {
  const start = monthStart(now);
  return {
    month: monthKey(start),
    share: (now.getTime() - start.getTime()) / (nextMonth(now).getTime() - start.getTime()),
  };
}

export async function disputeRate(db: Db, filter: DisputeRateFilter, now = new Date()): Promise<DisputeRateRow[]> {
  const from = monthStart(filter.from);
  const to = nextMonth(filter.to);
  // Payments from the month before `from`: its rows only give the first month its previous-month denominator.
  const result = await db.execute<{
    kind: "d" | "p";
    month: string;
    provider: string;
    account_id: string;
    n: string;
  }>(sql`
    select 'd' as kind, to_char(d.opened_at at time zone 'UTC', ${MONTH}) as month, d.provider, d.account_id, count(*) as n
    from disputes d where d.opened_at >= ${stamp(from)} and d.opened_at < ${stamp(to)}
      ${accountFilter(filter, "d")} ${categoryFilter(filter, "d")}
    group by 2, 3, 4
    union all
    select 'p', to_char(t.created_at at time zone 'UTC', ${MONTH}), t.provider, t.account_id, count(*)
    from ${capturedCardPayments(previousMonth(from), to)} ${accountFilter(filter, "t")}
    group by 2, 3, 4`);
  const key = (month: string, provider: string, account: string) => `${month}\u0000${provider}\u0000${account}`;
  const disputes = new Map<string, number>();
  const payments = new Map<string, number>();
  const rows = new Map<string, { month: string; provider: string; accountId: string }>();
  const first = monthKey(from);
  for (const row of result.rows) {
    const k = key(row.month, row.provider, row.account_id);
    (row.kind === "d" ? disputes : payments).set(k, num(row.n));
    if (row.month >= first) rows.set(k, { month: row.month, provider: row.provider, accountId: row.account_id });
  }
  const running = runningMonth(now);
  const before = (month: string) => monthKey(previousMonth(new Date(`${month}-01T00:00:00Z`)));
  return [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, row]) => {
      const counts: MonthCounts = {
        disputes: disputes.get(k) ?? 0,
        payments: payments.get(k) ?? 0,
        previousPayments: payments.get(key(before(row.month), row.provider, row.accountId)) ?? 0,
      };
      return {
        ...row,
        ...counts,
        rate: counts.payments > 0 ? counts.disputes / counts.payments : null,
        projected: row.month === running.month && running.share > 0 ? projectMonth(counts, running.share) : null,
      };
    });
}
