// Webhook lag and provider-call latency from the histogram rollups; percentiles as in analytics-math.ts.
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import { binUpperMs, percentileOf } from "./analytics-math.ts";
import {
  type AnalyticsBucket,
  type AnalyticsFilter,
  BUCKET_MS,
  binned,
  ceilHour,
  filterSql,
  floorHour,
  num,
  stamp,
} from "./analytics-filters.ts";

type Lag = AnalyticsFilter & { currency?: undefined };

/** One series point's bins as rows of its group: `les[i]` holds `hits[i]` (a bin may repeat, once per account). */
type BinArrays = { les: (number | string)[]; hits: (number | string)[] };

function addBins(bins: Map<number, number>, row: BinArrays): void {
  row.les.forEach((le, i) => bins.set(Number(le), (bins.get(Number(le)) ?? 0) + num(row.hits[i])));
}

const quantiles = (bins: Map<number, number>) => ({
  p50: percentileOf(bins, 0.5),
  p95: percentileOf(bins, 0.95),
  p99: percentileOf(bins, 0.99),
});
const total = (bins: Map<number, number>) => [...bins.values()].reduce((a, b) => a + b, 0);

/**
 * `columns` of rollup `<table>_1m` over the period: whole hours from `<table>_1h` when `hourly`, minutes at the edges.
 * The hour rows are sums of the minute rows, so both ways give the same figures.
 */
function rollupRows(table: string, columns: string, filter: Lag, hourly: boolean): SQL {
  const part = (suffix: "1m" | "1h", from: Date, to: Date) => sql`
    select ${sql.raw(columns)} from ${sql.raw(`${table}_${suffix}`)}
    where bucket >= ${stamp(from)} and bucket < ${stamp(to)} ${filterSql(filter, { currency: false })}`;
  const coreFrom = ceilHour(filter.from);
  const coreTo = floorHour(filter.to);
  if (!hourly || coreFrom >= coreTo) return part("1m", filter.from, filter.to);
  const parts = [part("1h", coreFrom, coreTo)];
  if (filter.from < coreFrom) parts.push(part("1m", filter.from, coreFrom));
  if (coreTo < filter.to) parts.push(part("1m", coreTo, filter.to));
  return sql.join(parts, sql` union all `);
}

/** Hour rows serve a series only when its buckets are whole hours. */
const hourlyBuckets = (bucket: AnalyticsBucket) => BUCKET_MS[bucket] >= 3_600_000;

async function perProvider(db: Db, table: string, column: string, filter: Lag) {
  const result = await db.execute<{ provider: string; n: string | number }>(sql`
    select provider, sum(${sql.raw(column)})::bigint as n from (${rollupRows(table, `provider, ${column}`, filter, true)}) r
    group by provider order by provider`);
  return result.rows.map((row) => ({ provider: row.provider, count: num(row.n) })).filter((row) => row.count > 0);
}

// One row per series point with its bins as arrays: a week of hourly points returns ~500 rows instead of ~20,000.
export async function webhookLag(db: Db, filter: Lag, bucket: AnalyticsBucket, sloMs: number) {
  const rows = await db.execute<BinArrays & { t: string | Date; provider: string }>(sql`
    select ${binned("bucket", bucket)} as t, provider, array_agg(le) as les, array_agg(hits) as hits
    from (${rollupRows("analytics_webhook_lag", "bucket, provider, le, hits", filter, hourlyBuckets(bucket))}) r group by 1, 2`);
  const points = rows.rows.map((row) => ({
    t: new Date(row.t),
    provider: row.provider,
    bins: new Map<number, number>(),
  }));
  const histograms = new Map<string, Map<number, number>>();
  rows.rows.forEach((row, i) => {
    addBins((points[i] as (typeof points)[number]).bins, row);
    let histogram = histograms.get(row.provider);
    if (!histogram) histograms.set(row.provider, (histogram = new Map()));
    addBins(histogram, row);
  });
  const [late, missing, duplicates, rejected] = await Promise.all([
    perProvider(db, "analytics_webhooks", "late", filter),
    perProvider(db, "analytics_missing", "missing", filter),
    perProvider(db, "analytics_webhooks", "duplicates", filter),
    perProvider(db, "analytics_rejected", "rejected", filter),
  ]);
  return {
    sloMs,
    series: points
      .sort((a, b) => a.t.getTime() - b.t.getTime() || a.provider.localeCompare(b.provider))
      .map((p) => ({ t: p.t, provider: p.provider, ...quantiles(p.bins), count: total(p.bins) })),
    histogram: [...histograms.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([provider, bins]) =>
        [...bins.entries()]
          .sort(([a], [b]) => a - b)
          .map(([le, count]) => ({ provider, upperMs: binUpperMs(le), count })),
      ),
    late,
    missing,
    duplicates,
    rejected,
  };
}

interface CallBins {
  bins: Map<number, number>;
  errors: number;
  timeouts: number;
}

function callFigures(c: CallBins) {
  const count = total(c.bins);
  return {
    ...quantiles(c.bins),
    count,
    errorShare: count > 0 ? c.errors / count : 0,
    timeoutShare: count > 0 ? c.timeouts / count : 0,
  };
}

export async function providerLatency(db: Db, filter: Lag, bucket: AnalyticsBucket) {
  type Row = BinArrays & {
    t: string | Date;
    provider: string;
    operation: string;
    errors: string | number;
    timeouts: string | number;
  };
  const rows = await db.execute<Row>(sql`
    select ${binned("bucket", bucket)} as t, provider, operation, array_agg(le) as les, array_agg(hits) as hits,
      sum(errors)::bigint as errors, sum(timeouts)::bigint as timeouts
    from (${rollupRows("analytics_calls", "bucket, provider, operation, le, hits, errors, timeouts", filter, hourlyBuckets(bucket))}) r
    group by 1, 2, 3`);
  const points: (CallBins & { t: Date; provider: string; operation: string })[] = [];
  const summary = new Map<string, CallBins & { provider: string; operation: string }>();
  for (const row of rows.rows) {
    const key = `${row.provider}|${row.operation}`;
    const point = {
      t: new Date(row.t),
      provider: row.provider,
      operation: row.operation,
      bins: new Map<number, number>(),
      errors: 0,
      timeouts: 0,
    };
    points.push(point);
    let all = summary.get(key);
    if (!all)
      summary.set(
        key,
        (all = { provider: row.provider, operation: row.operation, bins: new Map(), errors: 0, timeouts: 0 }),
      );
    for (const target of [point, all]) {
      addBins(target.bins, row);
      target.errors += num(row.errors);
      target.timeouts += num(row.timeouts);
    }
  }
  const byName = (a: { provider: string; operation: string }, b: { provider: string; operation: string }) =>
    a.provider.localeCompare(b.provider) || a.operation.localeCompare(b.operation);
  return {
    series: points
      .sort((a, b) => a.t.getTime() - b.t.getTime() || byName(a, b))
      .map((p) => ({ t: p.t, provider: p.provider, operation: p.operation, ...callFigures(p) })),
    summary: [...summary.values()]
      .sort(byName)
      .map((s) => ({ provider: s.provider, operation: s.operation, ...callFigures(s) })),
  };
}
