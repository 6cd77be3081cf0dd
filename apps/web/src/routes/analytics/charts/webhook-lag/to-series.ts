// Webhook lag output → one line per provider for the chosen percentile, histogram bars per provider and the counters table.
import type { ProviderCount, WebhookLagOutput } from "../../../../lib/analytics-types.ts";

export type Percentile = "p50" | "p95" | "p99";

interface Timed {
  t: Date;
  provider: string;
  p50: number | null;
  p95: number | null;
  p99: number | null;
}

/** Rows keyed by time with a column per key; null where there was nothing to measure (the line breaks). */
export function pivotPercentile<T extends Timed>(
  series: readonly T[],
  percentile: Percentile,
  keyOf: (entry: T) => string = (entry) => entry.provider,
) {
  const keys = [...new Set(series.map(keyOf))].sort();
  const byTime = new Map<number, Record<string, number | null>>();
  for (const entry of series) {
    const t = entry.t.getTime();
    const row = byTime.get(t) ?? Object.fromEntries([["t", t], ...keys.map((key) => [key, null])]);
    const value = entry[percentile];
    // Log scales cannot draw zero; a sub-millisecond figure is drawn at 1 ms.
    row[keyOf(entry)] = value === null ? null : Math.max(value, 1);
    byTime.set(t, row);
  }
  return { keys, rows: [...byTime.values()].sort((a, b) => (a.t ?? 0) - (b.t ?? 0)) };
}

/** Histogram bars: one row per upper bound, a count column per provider. */
export function toHistogram(output: WebhookLagOutput): { providers: string[]; rows: Record<string, number>[] } {
  const providers = [...new Set(output.histogram.map((bin) => bin.provider))].sort();
  const byUpper = new Map<number, Record<string, number>>();
  for (const bin of output.histogram) {
    const row =
      byUpper.get(bin.upperMs) ?? Object.fromEntries([["upperMs", bin.upperMs], ...providers.map((p) => [p, 0])]);
    row[bin.provider] = (row[bin.provider] ?? 0) + bin.count;
    byUpper.set(bin.upperMs, row);
  }
  return { providers, rows: [...byUpper.values()].sort((a, b) => (a.upperMs ?? 0) - (b.upperMs ?? 0)) };
}

export interface LagCounters {
  provider: string;
  received: number;
  late: number;
  missing: number;
  duplicates: number;
  rejected: number;
}

export function toLagCounters(output: WebhookLagOutput): LagCounters[] {
  const count = (list: readonly ProviderCount[], provider: string) =>
    list.find((entry) => entry.provider === provider)?.count ?? 0;
  const providers = new Set(
    [...output.series, ...output.late, ...output.missing, ...output.duplicates, ...output.rejected].map(
      (entry) => entry.provider,
    ),
  );
  return [...providers].sort().map((provider) => ({
    provider,
    received: output.series.filter((entry) => entry.provider === provider).reduce((sum, entry) => sum + entry.count, 0),
    late: count(output.late, provider),
    missing: count(output.missing, provider),
    duplicates: count(output.duplicates, provider),
    rejected: count(output.rejected, provider),
  }));
}
