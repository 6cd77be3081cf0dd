// Times one query kind many times (after a warm-up) and prints one JSON line with p50 and p95.
import type { DbKind } from "@paylens/db/client";

export interface MeasureTarget {
  bench: string;
  kind: DbKind;
  rows: number;
}

export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

export async function measure(
  target: MeasureTarget,
  kind: string,
  n: number,
  run: (i: number) => Promise<unknown>,
  extra: Record<string, unknown> = {},
): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < Math.min(3, n); i++) await run(i); // warm the caches and the planner
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const p50 = round(percentile(times, 50));
  const p95 = round(percentile(times, 95));
  const line = { bench: target.bench, kind, rows: target.rows, db: target.kind, p50_ms: p50, p95_ms: p95, n, ...extra };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  return { p50, p95 };
}
