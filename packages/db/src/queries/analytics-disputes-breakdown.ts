// Disputes by segment of the disputed payment (BIN, issuing bank, payment method …, the dimensions approval analytics
// uses: analytics-dimensions.ts) over whole calendar months, against the captured payments of the same segment and
// months. A diagnostic beside the per-account rate: the scheme lines apply to a merchant account, not to a segment.
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { type BreakdownDimension, DIMENSION_COLUMNS } from "./analytics-dimensions.ts";
import {
  accountFilter,
  categoryFilter,
  type DisputeRateFilter,
  monthStart,
  ownOrParent,
} from "./analytics-disputes.ts";
import { num, stamp } from "./analytics-filters.ts";

export const DISPUTE_DIMENSIONS = ["bin", "issuer", "method"] as const satisfies readonly BreakdownDimension[];
export type DisputeDimension = (typeof DISPUTE_DIMENSIONS)[number];

export interface DisputeSegmentRow {
  segment: string;
  disputes: number;
  /** Successful payments and captures of the segment in the months (a capture reads its authorisation's segment). */
  payments: number;
  rate: number | null;
}

/**
 * The `limit` segments with the most disputes in the months holding `from` to `to`. Disputes not linked to a payment
 * yet, and payments without the dimension (no BIN on a wallet payment), have no segment and are left out, as in the
 * approval breakdown.
 */
export async function disputeBreakdown(
  db: Db,
  filter: DisputeRateFilter,
  dimension: DisputeDimension,
  limit: number,
): Promise<DisputeSegmentRow[]> {
  const from = monthStart(filter.from);
  const to = new Date(Date.UTC(filter.to.getUTCFullYear(), filter.to.getUTCMonth() + 1, 1));
  const column = DIMENSION_COLUMNS[dimension];
  const segment = ownOrParent(column);
  const result = await db.execute<{ segment: string; disputes: string; payments: string }>(sql`
    with d as (
      select ${segment} as segment, count(*) as n
      from disputes d join transactions t on t.id = d.transaction_id
      where d.opened_at >= ${stamp(from)} and d.opened_at < ${stamp(to)} ${accountFilter(filter, "d")} ${categoryFilter(filter, "d")}
      group by 1
    ), top as (
      select segment, n from d where segment is not null order by n desc, segment limit ${limit}
    ), p as (
      select ${segment} as segment, count(*) as n
      from transactions t
      where t.status = 'successful' and t.created_at >= ${stamp(from)} and t.created_at < ${stamp(to)}
        and t.type in ('payment', 'capture') ${accountFilter(filter, "t")}
        and ${segment} in (select segment from top)
      group by 1
    )
    select top.segment, top.n as disputes, coalesce(p.n, 0) as payments
    from top left join p on p.segment = top.segment
    order by top.n desc, top.segment`);
  return result.rows.map((row) => {
    const disputes = num(row.disputes);
    const payments = num(row.payments);
    return { segment: row.segment, disputes, payments, rate: payments > 0 ? disputes / payments : null };
  });
}
