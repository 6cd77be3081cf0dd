// The arithmetic behind the analytics figures: Wilson intervals and percentiles from log-scale histograms.

/**
 * Histogram bins: bin i holds values in (2^((i-1)/4), 2^(i/4)] ms, bin 0 everything ≤ 1 ms and the last bin
 * everything above 2^(99/4) ms (≈ 6.8 h). Neighbouring bounds differ by 2^(1/4) ≈ 1.19, so a percentile read as
 * its bin's upper bound is never below the exact value and at most 19 % above it.
 */
export const HISTOGRAM_BINS = 101;

export function binOf(ms: number): number {
  return Math.min(HISTOGRAM_BINS - 1, Math.max(0, Math.ceil(4 * Math.log2(Math.max(ms, 1)) - 1e-9)));
}

/** The bin's upper bound in ms (the overflow bin reports its lower bound's successor, 2^25 ms). */
export function binUpperMs(bin: number): number {
  return 2 ** (bin / 4);
}

/** The same binning in SQL, for the rollup refresh; `column` is trusted SQL text (a column name). */
export function binSql(column: string): string {
  return `least(${HISTOGRAM_BINS - 1}, greatest(0, ceil(4 * ln(greatest(${column}, 1)::float8) / ln(2) - 1e-9)))::int`;
}

/** p in (0, 1]: the upper bound of the bin holding the ceil(p·n)-th smallest value; null for an empty histogram. */
export function percentileOf(bins: ReadonlyMap<number, number>, p: number): number | null {
  let total = 0;
  for (const n of bins.values()) total += n;
  if (total === 0) return null;
  const rank = Math.max(1, Math.ceil(p * total));
  let seen = 0;
  for (const bin of [...bins.keys()].sort((a, b) => a - b)) {
    seen += bins.get(bin) ?? 0;
    if (seen >= rank) return binUpperMs(bin);
  }
  return null;
}

export interface Interval {
  low: number;
  high: number;
}

/** Wilson score interval for `successes` of `n` at 95 % (z = 1.96); null when n = 0. */
export function wilson(successes: number, n: number, z = 1.96): Interval | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Below this many decided attempts a bucket's approval rate swings by chance (3 of 4 is 75 %, its 95 % interval
 * 30–95 %): the chart draws it as a mark with its interval, not as a point of the line.
 */
export const THIN_BUCKET_DECIDED = 20;

export interface BucketInterval {
  ciLow: number | null;
  ciHigh: number | null;
  /** Decided attempts, but fewer than THIN_BUCKET_DECIDED. */
  thin: boolean;
}

/** A bucket's 95 % Wilson interval and whether it is too thin to trust its rate. */
export function bucketInterval(approved: number, declined: number): BucketInterval {
  const decided = approved + declined;
  const ci = wilson(approved, decided);
  return { ciLow: ci?.low ?? null, ciHigh: ci?.high ?? null, thin: decided > 0 && decided < THIN_BUCKET_DECIDED };
}

/** approved ÷ (approved + declined); null without decided attempts. */
export function approvalRate(approved: number, declined: number): number | null {
  return approved + declined > 0 ? approved / (approved + declined) : null;
}
