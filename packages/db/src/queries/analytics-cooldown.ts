// The hour rollups of transactions (approval by segment, declines) are grouped from the raw rows of the whole hour, so a
// refresh costs more the fuller the hour: under a sustained storm, re-grouping the current hour every pass took a
// growing share of the database (docs/performance.md, "Hour rollups under load"). An hour whose last refresh was costly
// waits a multiple of that cost before the next one; cheap hours (a quiet shop, the demo, the tests) never wait.

/** Refreshes cheaper than this never wait. */
const MIN_COST_MS = 100;
/** A costly hour waits this many times its last refresh: the refresher spends at most about a tenth of its time there. */
const WAIT_FACTOR = 10;

export interface HourCooldown {
  /** The hours (epoch ms) that may be refreshed now. */
  ready(hours: number[], now?: number): number[];
  /** Those hours took `tookMs` to refresh. */
  refreshed(hours: number[], tookMs: number, now?: number): void;
}

export function hourCooldown(minCostMs = MIN_COST_MS, factor = WAIT_FACTOR): HourCooldown {
  const until = new Map<number, number>();
  return {
    ready(hours, now = Date.now()) {
      for (const [hour, at] of until) if (at <= now) until.delete(hour);
      return hours.filter((hour) => !until.has(hour));
    },
    refreshed(hours, tookMs, now = Date.now()) {
      if (tookMs < minCostMs) return;
      for (const hour of hours) until.set(hour, now + factor * tookMs);
    },
  };
}
