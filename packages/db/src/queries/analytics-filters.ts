// What every analytics query takes: a period, a bucket size and optional provider / account / currency filters.
import { sql, type SQL } from "drizzle-orm";

export const ANALYTICS_BUCKETS = ["1m", "5m", "15m", "1h", "6h", "1d"] as const;
export type AnalyticsBucket = (typeof ANALYTICS_BUCKETS)[number];
export const BUCKET_MS: Record<AnalyticsBucket, number> = {
  "1m": 60_000,
  "5m": 300_000,
  "15m": 900_000,
  "1h": 3_600_000,
  "6h": 21_600_000,
  "1d": 86_400_000,
};
/** A series longer than this is refused: a chart cannot show it and the answer would be large. */
export const MAX_POINTS = 5000;

export interface AnalyticsFilter {
  from: Date;
  to: Date;
  provider?: string[] | undefined;
  accountId?: string[] | undefined;
  currency?: string[] | undefined;
}

export const stamp = (d: Date) => sql`${d.toISOString()}::timestamptz`;
const ORIGIN = sql`timestamptz '2000-01-01 00:00:00+00'`;

/** The bucket start of `column` for a series: date_bin from a fixed UTC origin, the same in every time zone. */
export function binned(column: string, bucket: AnalyticsBucket): SQL {
  return sql`date_bin(${sql.raw(`'${BUCKET_MS[bucket] / 60_000} minutes'`)}::interval, ${sql.raw(column)}, ${ORIGIN})`;
}

export function binStart(at: Date, bucket: AnalyticsBucket): Date {
  const ms = BUCKET_MS[bucket];
  const origin = Date.UTC(2000, 0, 1);
  return new Date(origin + Math.floor((at.getTime() - origin) / ms) * ms);
}

/** Every bucket start from `from`'s bucket up to (not including) `to`. */
export function bucketStarts(filter: Pick<AnalyticsFilter, "from" | "to">, bucket: AnalyticsBucket): Date[] {
  const ms = BUCKET_MS[bucket];
  const out: Date[] = [];
  for (let t = binStart(filter.from, bucket).getTime(); t < filter.to.getTime(); t += ms) out.push(new Date(t));
  return out;
}

export function pointCount(filter: Pick<AnalyticsFilter, "from" | "to">, bucket: AnalyticsBucket): number {
  return Math.ceil((filter.to.getTime() - binStart(filter.from, bucket).getTime()) / BUCKET_MS[bucket]);
}

const anyOf = (column: string, values: string[] | undefined): SQL =>
  values && values.length > 0
    ? sql` and ${sql.raw(column)} in (${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )})`
    : sql``;

/** `and provider in (…) and account_id in (…) …` for a rollup table (columns provider, account_id, currency). */
export function filterSql(
  filter: AnalyticsFilter,
  columns: { currency: boolean } = { currency: true },
  prefix = "",
): SQL {
  return sql`${anyOf(`${prefix}provider`, filter.provider)}${anyOf(`${prefix}account_id`, filter.accountId)}${columns.currency ? anyOf(`${prefix}currency`, filter.currency) : sql``}`;
}

export const HOUR = 3_600_000;
export const floorHour = (d: Date) => new Date(Math.floor(d.getTime() / HOUR) * HOUR);
export const ceilHour = (d: Date) => new Date(Math.ceil(d.getTime() / HOUR) * HOUR);

export const num = (v: string | number | null | undefined): number => (v === null || v === undefined ? 0 : Number(v));
