// Webhook lag and provider-call latency from the histogram rollups; percentiles as in analytics-math.ts.
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import { binUpperMs, percentileOf } from "./analytics-math.ts";
import { type AnalyticsBucket, type AnalyticsFilter, BUCKET_MS, binned, ceilHour, filterSql, floorHour, num, stamp } from "./analytics-filters.ts";

type Lag = AnalyticsFilter & { currency?: undefined };

function addBin(bins: Map<number, number>, le: number, n: number): void {
  bins.set(le, (bins.get(le) ?? 0) + n);
}

const quantiles = (bins: Map<number, number>) => ({ p50: percentileOf(bins, 0.5), p95: percentileOf(bins, 0.95), p99: percentileOf(bins, 0.99) });
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

export async function webhookLag(db: Db, filter: Lag, bucket: AnalyticsBucket, sloMs: number) {
  const rows = await db.execute<{ t: string | Date; provider: string; le: number; n: string | number }>(sql`
    select ${binned("bucket", bucket)} as t, provider, le, sum(hits)::bigint as n
    from (${rollupRows("analytics_webhook_lag", "bucket, provider, le, hits", filter, hourlyBuckets(bucket))}) r group by 1, 2, 3`);
  const points = new Map<string, { t: Date; provider: string; bins: Map<number, number> }>();
  const histograms = new Map<string, Map<number, number>>();
  for (const row of rows.rows) {
    const t = new Date(row.t);
    const key = `${t.getTime()}|${row.provider}`;
    let point = points.get(key);
    if (!point) points.set(key, (point = { t, provider: row.provider, bins: new Map() }));
    addBin(point.bins, Number(row.le), num(row.n));
    let histogram = histograms.get(row.provider);
    if (!histogram) histograms.set(row.provider, (histogram = new Map()));
    addBin(histogram, Number(row.le), num(row.n));
  }
  const [late, missing, duplicates, rejected] = await Promise.all([
    perProvider(db, "analytics_webhooks", "late", filter),
    perProvider(db, "analytics_missing", "missing", filter),
    perProvider(db, "analytics_webhooks", "duplicates", filter),
    perProvider(db, "analytics_rejected", "rejected", filter),
  ]);
  return {
    sloMs,
    series: [...points.values()]
      .sort((a, b) => a.t.getTime() - b.t.getTime() || a.provider.localeCompare(b.provider))
      .map((p) => ({ t: p.t, provider: p.provider, ...quantiles(p.bins), count: total(p.bins) })),
    histogram: [...histograms.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([provider, bins]) => [...bins.entries()].sort(([a], [b]) => a - b).map(([le, count]) => ({ provider, upperMs: binUpperMs(le), count }))),
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
  return { ...quantiles(c.bins), count, errorShare: count > 0 ? c.errors / count : 0, timeoutShare: count > 0 ? c.timeouts / count : 0 };
}

export async function providerLatency(db: Db, filter: Lag, bucket: AnalyticsBucket) {
  const rows = await db.execute<{ t: string | Date; provider: string; operation: string; le: number; n: string | number; errors: string | number; timeouts: string | number }>(sql`
    select ${binned("bucket", bucket)} as t, provider, operation, le, sum(hits)::bigint as n, sum(errors)::bigint as errors, sum(timeouts)::bigint as timeouts
    from (${rollupRows("analytics_calls", "bucket, provider, operation, le, hits, errors, timeouts", filter, hourlyBuckets(bucket))}) r
    group by 1, 2, 3, 4`);
  const points = new Map<string, CallBins & { t: Date; provider: string; operation: string }>();
  const summary = new Map<string, CallBins & { provider: string; operation: string }>();
  for (const row of rows.rows) {
    const t = new Date(row.t);
    const n = num(row.n);
    const errors = num(row.errors);
    const timeouts = num(row.timeouts);
    const key = `${row.provider}|${row.operation}`;
    let point = points.get(`${t.getTime()}|${key}`);
    if (!point) points.set(`${t.getTime()}|${key}`, (point = { t, provider: row.provider, operation: row.operation, bins: new Map(), errors: 0, timeouts: 0 }));
    let all = summary.get(key);
    if (!all) summary.set(key, (all = { provider: row.provider, operation: row.operation, bins: new Map(), errors: 0, timeouts: 0 }));
    for (const target of [point, all]) {
      addBin(target.bins, Number(row.le), n);
      target.errors += errors;
      target.timeouts += timeouts;
    }
  }
  const byName = (a: { provider: string; operation: string }, b: { provider: string; operation: string }) =>
    a.provider.localeCompare(b.provider) || a.operation.localeCompare(b.operation);
  return {
    series: [...points.values()]
      .sort((a, b) => a.t.getTime() - b.t.getTime() || byName(a, b))
      .map((p) => ({ t: p.t, provider: p.provider, operation: p.operation, ...callFigures(p) })),
    summary: [...summary.values()].sort(byName).map((s) => ({ provider: s.provider, operation: s.operation, ...callFigures(s) })),
  };
}
