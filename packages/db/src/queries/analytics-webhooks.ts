// Webhook lag and provider-call latency from the histogram rollups; percentiles as in analytics-math.ts.
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import { binUpperMs } from "./analytics-math.ts";
import { type AnalyticsBucket, type AnalyticsFilter, BUCKET_MS, binned, ceilHour, filterSql, floorHour, num, stamp } from "./analytics-filters.ts";

type Lag = AnalyticsFilter & { currency?: undefined };

/**
 * Per group of `keys` over the histogram rows `bins` (columns le, n): the count and the bins of p50, p95 and p99, read
 * as percentileOf reads them (the first bin whose running count reaches max(1, ceil(p·count)), in float8 like JS).
 * In SQL so that a week of hourly series returns one row per point, not one per bin.
 */
function quantileSql(bins: SQL, keys: string, extra = ""): SQL {
  const rank = (p: number) => sql.raw(`min(le) filter (where seen >= greatest(1, ceil(${p}::float8 * total)))`);
  return sql`
    select ${sql.raw(keys)}, max(total) as n, ${rank(0.5)} as p50, ${rank(0.95)} as p95, ${rank(0.99)} as p99${sql.raw(extra)}
    from (select *, (sum(n) over (partition by ${sql.raw(keys)} order by le))::bigint as seen,
      (sum(n) over (partition by ${sql.raw(keys)}))::bigint as total from ${bins}) ranked
    group by ${sql.raw(keys)}`;
}

type QuantileRow = { n: string | number; p50: number | null; p95: number | null; p99: number | null };

const quantiles = (row: QuantileRow) => ({
  p50: row.p50 === null ? null : binUpperMs(Number(row.p50)),
  p95: row.p95 === null ? null : binUpperMs(Number(row.p95)),
  p99: row.p99 === null ? null : binUpperMs(Number(row.p99)),
});

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
  const source = rollupRows("analytics_webhook_lag", "bucket, provider, le, hits", filter, hourlyBuckets(bucket));
  const bins = sql`(select ${binned("bucket", bucket)} as t, provider, le, sum(hits)::bigint as n from (${source}) r group by 1, 2, 3)`;
  // One pass: the series' percentiles per point, and the whole period's bins per provider summed from the same points.
  const rows = await db.execute<QuantileRow & { t: string | Date | null; provider: string; le: number | null }>(sql`
    with bins as ${bins}
    select t, provider, null::int as le, n, p50, p95, p99 from (${quantileSql(sql`bins`, "t, provider")}) q
    union all select null, provider, le, sum(n)::bigint, null, null, null from bins group by provider, le`);
  const [late, missing, duplicates, rejected] = await Promise.all([
    perProvider(db, "analytics_webhooks", "late", filter),
    perProvider(db, "analytics_missing", "missing", filter),
    perProvider(db, "analytics_webhooks", "duplicates", filter),
    perProvider(db, "analytics_rejected", "rejected", filter),
  ]);
  const series = rows.rows.filter((row) => row.t !== null).map((row) => ({ t: new Date(row.t as string | Date), provider: row.provider, row }));
  const histogram = rows.rows.filter((row) => row.t === null).map((row) => ({ provider: row.provider, le: Number(row.le), count: num(row.n) }));
  return {
    sloMs,
    series: series
      .sort((a, b) => a.t.getTime() - b.t.getTime() || a.provider.localeCompare(b.provider))
      .map((p) => ({ t: p.t, provider: p.provider, ...quantiles(p.row), count: num(p.row.n) })),
    histogram: histogram
      .sort((a, b) => a.provider.localeCompare(b.provider) || a.le - b.le)
      .map((h) => ({ provider: h.provider, upperMs: binUpperMs(h.le), count: h.count })),
    late,
    missing,
    duplicates,
    rejected,
  };
}

type CallRow = QuantileRow & { errors: string | number; timeouts: string | number };

function callFigures(row: CallRow) {
  const count = num(row.n);
  const share = (n: string | number) => (count > 0 ? num(n) / count : 0);
  return { ...quantiles(row), count, errorShare: share(row.errors), timeoutShare: share(row.timeouts) };
}

export async function providerLatency(db: Db, filter: Lag, bucket: AnalyticsBucket) {
  const source = rollupRows("analytics_calls", "bucket, provider, operation, le, hits, errors, timeouts", filter, hourlyBuckets(bucket));
  // Grouping sets: bins per point and per provider and operation over the whole period (t null) in one pass.
  const bins = sql`(
    select t, provider, operation, le, sum(hits)::bigint as n, sum(errors)::bigint as errors, sum(timeouts)::bigint as timeouts
    from (select ${binned("bucket", bucket)} as t, provider, operation, le, hits, errors, timeouts from (${source}) r) r
    group by grouping sets ((t, provider, operation, le), (provider, operation, le))) bins`;
  const rows = await db.execute<CallRow & { t: string | Date | null; provider: string; operation: string }>(
    quantileSql(bins, "t, provider, operation", ", sum(errors)::bigint as errors, sum(timeouts)::bigint as timeouts"),
  );
  const byName = (a: { provider: string; operation: string }, b: { provider: string; operation: string }) =>
    a.provider.localeCompare(b.provider) || a.operation.localeCompare(b.operation);
  const points = rows.rows.filter((row) => row.t !== null).map((row) => ({ ...row, t: new Date(row.t as string | Date) }));
  return {
    series: points
      .sort((a, b) => a.t.getTime() - b.t.getTime() || byName(a, b))
      .map((p) => ({ t: p.t, provider: p.provider, operation: p.operation, ...callFigures(p) })),
    summary: rows.rows
      .filter((row) => row.t === null)
      .sort(byName)
      .map((s) => ({ provider: s.provider, operation: s.operation, ...callFigures(s) })),
  };
}
