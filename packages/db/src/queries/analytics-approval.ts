// Approval over time and by segment, from the rollups (never the raw rows).
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import type { BreakdownDimension } from "./analytics-dimensions.ts";
import { approvalRate, bucketInterval, THIN_BUCKET_DECIDED, wilson } from "./analytics-math.ts";
import {
  type AnalyticsBucket,
  type AnalyticsFilter,
  BUCKET_MS,
  binned,
  bucketStarts,
  ceilHour,
  filterSql,
  floorHour,
  num,
  stamp,
} from "./analytics-filters.ts";

export const APPROVAL_DEFINITION =
  "Approval rate = approved ÷ (approved + declined) over payment and authorization attempts, by the time each attempt was created. " +
  "Declined includes expired (abandoned) attempts; errors and still-pending attempts are counted and shown separately, outside the rate.";

export interface ApprovalPoint {
  t: Date;
  approved: number;
  declined: number;
  errors: number;
  pending: number;
  rate: number | null;
  /** The rate's 95 % Wilson interval; null without decided attempts. */
  ciLow: number | null;
  ciHigh: number | null;
  /** Fewer than THIN_BUCKET_DECIDED decided attempts: its rate can swing by chance. */
  thin: boolean;
}

type OutcomeRow = {
  t: string | Date;
  provider: string;
  approved: string | number;
  declined: string | number;
  errors: string | number;
  pending: string | number;
};

const sums = sql.raw(
  "sum(approved)::bigint as approved, sum(declined)::bigint as declined, sum(errors)::bigint as errors, sum(pending)::bigint as pending",
);
const pivot =
  sql.raw(`sum(attempts) filter (where outcome = 'approved') as approved, sum(attempts) filter (where outcome = 'declined') as declined,
  sum(attempts) filter (where outcome = 'error') as errors, sum(attempts) filter (where outcome = 'pending') as pending`);

/** Outcome counts per bucket and provider: whole hours from the hourly rollup when the bucket allows, minutes at the edges. */
async function outcomeRows(db: Db, filter: AnalyticsFilter, bucket: AnalyticsBucket): Promise<OutcomeRow[]> {
  const minutes = (from: Date, to: Date) => sql`
    select ${binned("bucket", bucket)} as t, provider, ${pivot} from analytics_attempts_1m
    where bucket >= ${stamp(from)} and bucket < ${stamp(to)} ${filterSql(filter)} group by 1, 2`;
  const coreFrom = ceilHour(filter.from);
  const coreTo = floorHour(filter.to);
  if (BUCKET_MS[bucket] < 3_600_000 || coreFrom >= coreTo)
    return (await db.execute<OutcomeRow>(minutes(filter.from, filter.to))).rows;
  const result = await db.execute<OutcomeRow>(sql`
    select t, provider, sum(approved) as approved, sum(declined) as declined, sum(errors) as errors, sum(pending) as pending from (
      select ${binned("bucket", bucket)} as t, provider, ${sums} from analytics_segments_1h
      where dimension = 'provider' and bucket >= ${stamp(coreFrom)} and bucket < ${stamp(coreTo)} ${filterSql(filter)} group by 1, 2
      union all ${minutes(filter.from, coreFrom)}
      union all ${minutes(coreTo, filter.to)}
    ) parts group by 1, 2`);
  return result.rows;
}

function emptySeries(starts: Date[]): Map<number, ApprovalPoint> {
  return new Map(
    starts.map((t) => [
      t.getTime(),
      { t, approved: 0, declined: 0, errors: 0, pending: 0, rate: null, ciLow: null, ciHigh: null, thin: false },
    ]),
  );
}

function add(series: Map<number, ApprovalPoint>, row: OutcomeRow): void {
  const point = series.get(new Date(row.t).getTime());
  if (!point) return;
  point.approved += num(row.approved);
  point.declined += num(row.declined);
  point.errors += num(row.errors);
  point.pending += num(row.pending);
  point.rate = approvalRate(point.approved, point.declined);
  Object.assign(point, bucketInterval(point.approved, point.declined));
}

export async function approvalSeries(db: Db, filter: AnalyticsFilter, bucket: AnalyticsBucket) {
  const rows = await outcomeRows(db, filter, bucket);
  const starts = bucketStarts(filter, bucket);
  const overall = emptySeries(starts);
  const perProvider = new Map<string, Map<number, ApprovalPoint>>();
  for (const row of rows) {
    add(overall, row);
    let series = perProvider.get(row.provider);
    if (!series) perProvider.set(row.provider, (series = emptySeries(starts)));
    add(series, row);
  }
  return {
    definition: APPROVAL_DEFINITION,
    /** Buckets with fewer decided attempts than this are thin (`thin`). */
    thinBelow: THIN_BUCKET_DECIDED,
    series: [...overall.values()],
    byProvider: [...perProvider.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([provider, series]) => ({ provider, series: [...series.values()] })),
  };
}

export { BREAKDOWN_DIMENSIONS, type BreakdownDimension } from "./analytics-dimensions.ts";
/** The search-language key that filters the transactions table to a segment of each dimension. */
const SEARCH_KEY: Record<BreakdownDimension, string> = {
  bin: "bin",
  issuer: "issuer",
  brand: "brand",
  method: "method",
  provider: "provider",
  country: "country",
};

type SegmentRow = {
  segment: string;
  attempts: string | number;
  approved: string | number;
  declined: string | number;
};

async function segmentRows(
  db: Db,
  filter: AnalyticsFilter,
  dimension: BreakdownDimension,
  from: Date,
  to: Date,
): Promise<SegmentRow[]> {
  const result = await db.execute<SegmentRow>(sql`
    select segment, sum(attempts)::bigint as attempts, sum(approved)::bigint as approved, sum(declined)::bigint as declined
    from analytics_segments_1h where dimension = ${dimension} and bucket >= ${stamp(from)} and bucket < ${stamp(to)} ${filterSql(filter)}
    group by segment`);
  return result.rows;
}

const quoted = (value: string) =>
  /^[\w.@+-]+$/.test(value) ? value : `"${value.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;

/** The transactions-table query for a segment over the (hour-widened) period. */
export function segmentQuery(
  filter: AnalyticsFilter,
  dimension: BreakdownDimension,
  segment: string,
  from: Date,
  to: Date,
): string {
  const parts = [`${SEARCH_KEY[dimension]}:${quoted(segment)}`, "type:payment,authorization"];
  if (filter.provider?.length && dimension !== "provider") parts.push(`provider:${filter.provider.join(",")}`);
  if (filter.accountId?.length) parts.push(`account:${filter.accountId.map(quoted).join(",")}`);
  if (filter.currency?.length) parts.push(`currency:${filter.currency.join(",")}`);
  const iso = (d: Date) => d.toISOString().replace(".000Z", "Z");
  parts.push(`created>=${iso(from)}`, `created<${iso(to)}`);
  return parts.join(" ");
}

/**
 * Segments over the period widened to whole hours (the segment rollup is hourly), with the Wilson 95 % interval and
 * the change against the period just before. Ranked by the interval's lower bound: a 3-of-3 segment (low 0.44) never
 * outranks 900 of 1,000 (low 0.88), so only well-evidenced rates reach the top.
 */
export async function breakdown(db: Db, filter: AnalyticsFilter, dimension: BreakdownDimension, limit: number) {
  const from = floorHour(filter.from);
  const to = ceilHour(filter.to);
  const previousFrom = new Date(from.getTime() - (to.getTime() - from.getTime()));
  const [current, previous] = await Promise.all([
    segmentRows(db, filter, dimension, from, to),
    segmentRows(db, filter, dimension, previousFrom, from),
  ]);
  const before = new Map(previous.map((row) => [row.segment, approvalRate(num(row.approved), num(row.declined))]));
  const rows = current.map((row) => {
    const approved = num(row.approved);
    const declined = num(row.declined);
    const rate = approvalRate(approved, declined);
    const ci = wilson(approved, approved + declined);
    const previousRate = before.get(row.segment) ?? null;
    return {
      segment: row.segment,
      attempts: num(row.attempts),
      approved,
      declined,
      rate,
      ciLow: ci?.low ?? null,
      ciHigh: ci?.high ?? null,
      previousRate,
      change: rate !== null && previousRate !== null ? rate - previousRate : null,
      query: segmentQuery(filter, dimension, row.segment, from, to),
    };
  });
  rows.sort(
    (a, b) => (b.ciLow ?? -1) - (a.ciLow ?? -1) || b.attempts - a.attempts || a.segment.localeCompare(b.segment),
  );
  return { rows: rows.slice(0, limit) };
}
