// Decline reasons and raw codes: reasons by minute from the attempt rollup; codes (and any one segment) hourly.
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import type { BreakdownDimension } from "./analytics-approval.ts";
import {
  type AnalyticsBucket,
  type AnalyticsFilter,
  binned,
  ceilHour,
  filterSql,
  floorHour,
  num,
  stamp,
} from "./analytics-filters.ts";

export interface DeclineSegment {
  dimension: BreakdownDimension;
  segment: string;
}

type ReasonRow = {
  t: string | Date;
  reason: string;
  n: string | number;
};

const TOP_CODES = 20;

export async function declineReasons(db: Db, filter: AnalyticsFilter, bucket: AnalyticsBucket, only?: DeclineSegment) {
  const hourFrom = floorHour(filter.from);
  const hourTo = ceilHour(filter.to);
  // One segment: the hourly decline rollup over whole hours; otherwise reasons by minute and codes by hour.
  const segmentWhere = only
    ? sql`dimension = ${only.dimension === "provider" ? "all" : only.dimension} and segment = ${only.dimension === "provider" ? "" : only.segment}${only.dimension === "provider" ? sql` and provider = ${only.segment}` : sql``}`
    : sql`dimension = 'all'`;
  const reasonRows = only
    ? await db.execute<ReasonRow>(sql`
        select ${binned("bucket", bucket)} as t, reason, sum(declines)::bigint as n from analytics_declines_1h
        where ${segmentWhere} and bucket >= ${stamp(hourFrom)} and bucket < ${stamp(hourTo)} ${filterSql(filter)} group by 1, 2`)
    : await db.execute<ReasonRow>(sql`
        select ${binned("bucket", bucket)} as t, reason, sum(attempts)::bigint as n from analytics_attempts_1m
        where outcome = 'declined' and bucket >= ${stamp(filter.from)} and bucket < ${stamp(filter.to)} ${filterSql(filter)} group by 1, 2`);
  const codeRows = await db.execute<{ provider: string; code: string; message: string; n: string | number }>(sql`
    select provider, code, max(message) as message, sum(declines)::bigint as n from analytics_declines_1h
    where ${segmentWhere} and bucket >= ${stamp(hourFrom)} and bucket < ${stamp(hourTo)} ${filterSql(filter)}
    group by provider, code order by n desc, provider, code limit ${TOP_CODES}`);

  const totals = new Map<string, number>();
  for (const row of reasonRows.rows) totals.set(row.reason, (totals.get(row.reason) ?? 0) + num(row.n));
  const all = [...totals.values()].reduce((a, b) => a + b, 0);
  return {
    reasons: [...totals.entries()]
      .map(([reason, count]) => ({ reason, count, share: all > 0 ? count / all : 0 }))
      .sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)),
    codes: codeRows.rows.map((row) => ({
      provider: row.provider,
      code: row.code,
      message: row.message,
      count: num(row.n),
    })),
    series: reasonRows.rows
      .map((row) => ({ t: new Date(row.t), reason: row.reason, count: num(row.n) }))
      .sort((a, b) => a.t.getTime() - b.t.getTime() || a.reason.localeCompare(b.reason)),
  };
}
