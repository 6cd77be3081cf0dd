// Dispute rate per calendar month (UTC), per provider and merchant account: disputes opened in the month against
// the month's captured card payments (successful one-step payments and captures), the ratio the card schemes watch
// (docs/disputes.md). The month still running also gets a linear projection to its end.
import { sql } from "drizzle-orm";
import type { ReasonCategory } from "@paylens/domain/dispute";
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
  /** disputes / payments, null without payments. */
  rate: number | null;
  /** The month still running, scaled by the share of it elapsed; null for a closed month. */
  projected: { disputes: number; payments: number } | null;
}

const monthStart = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
const nextMonth = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));

export async function disputeRate(db: Db, filter: DisputeRateFilter, now = new Date()): Promise<DisputeRateRow[]> {
  const from = monthStart(filter.from);
  const to = nextMonth(filter.to);
  const on = (column: string) =>
    sql.join(
      [
        filter.provider?.length
          ? sql`and ${sql.raw(column)}provider in (${sql.join(
              filter.provider.map((p) => sql`${p}`),
              sql`, `,
            )})`
          : sql``,
        filter.accountId?.length
          ? sql`and ${sql.raw(column)}account_id in (${sql.join(
              filter.accountId.map((a) => sql`${a}`),
              sql`, `,
            )})`
          : sql``,
      ],
      sql` `,
    );
  const categories = filter.reasonCategory?.length
    ? sql`and reason_category in (${sql.join(
        filter.reasonCategory.map((c) => sql`${c}`),
        sql`, `,
      )})`
    : sql``;
  const result = await db.execute<{
    month: string;
    provider: string;
    account_id: string;
    disputes: string;
    payments: string;
  }>(sql`
    with d as (
      select to_char(opened_at at time zone 'UTC', 'YYYY-MM') as month, provider, account_id, count(*) as n
      from disputes where opened_at >= ${stamp(from)} and opened_at < ${stamp(to)} ${on("")} ${categories}
      group by 1, 2, 3
    ), p as (
      select to_char(t.created_at at time zone 'UTC', 'YYYY-MM') as month, t.provider, t.account_id, count(*) as n
      from transactions t left join transactions parent on parent.id = t.parent_id
      where t.created_at >= ${stamp(from)} and t.created_at < ${stamp(to)} ${on("t.")}
        and t.type in ('payment', 'capture') and t.status = 'successful'
        and coalesce(t.method_type, parent.method_type) = 'credit_card'
      group by 1, 2, 3
    )
    select coalesce(d.month, p.month) as month, coalesce(d.provider, p.provider) as provider,
      coalesce(d.account_id, p.account_id) as account_id, coalesce(d.n, 0) as disputes, coalesce(p.n, 0) as payments
    from d full join p on p.month = d.month and p.provider = d.provider and p.account_id = d.account_id
    order by 1, 2, 3`);
  const running = monthStart(now);
  const share = (now.getTime() - running.getTime()) / (nextMonth(now).getTime() - running.getTime());
  const current = running.toISOString().slice(0, 7);
  return result.rows.map((row) => {
    const disputes = num(row.disputes);
    const payments = num(row.payments);
    return {
      month: row.month,
      provider: row.provider,
      accountId: row.account_id,
      disputes,
      payments,
      rate: payments > 0 ? disputes / payments : null,
      projected:
        row.month === current && share > 0
          ? { disputes: Math.round(disputes / share), payments: Math.round(payments / share) }
          : null,
    };
  });
}
