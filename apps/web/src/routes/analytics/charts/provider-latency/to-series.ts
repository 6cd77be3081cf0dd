// Latency output → the operations on offer, one line per provider for an operation and percentile, and the summary rows.
import type { LatencyOutput, LatencySummary } from "../../../../lib/analytics-types.ts";
import { pivotPercentile, type Percentile } from "../webhook-lag/to-series.ts";

/** Operations by traffic, busiest first (pay and authorize before void). */
export function latencyOperations(output: LatencyOutput): string[] {
  const counts = new Map<string, number>();
  for (const row of output.summary) counts.set(row.operation, (counts.get(row.operation) ?? 0) + row.count);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([operation]) => operation);
}

export function toLatencyLines(output: LatencyOutput, operation: string, percentile: Percentile) {
  return pivotPercentile(
    output.series.filter((row) => row.operation === operation),
    percentile,
  );
}

export function sortLatencySummary(rows: readonly LatencySummary[]): LatencySummary[] {
  return [...rows].sort(
    (a, b) => a.provider.localeCompare(b.provider) || b.count - a.count || a.operation.localeCompare(b.operation),
  );
}
