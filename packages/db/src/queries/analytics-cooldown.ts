// A rollup bucket is re-grouped from the raw rows it covers, so refreshing the bucket being written now costs more the
// fuller it is: under a sustained storm, re-grouping the current minute (and hour) every pass took as much of the
// database as applying the webhooks (docs/performance.md, "Rollups under a storm"). A bucket whose last refresh was
// costly waits a multiple of that cost before the next one; cheap buckets (a quiet shop, the demo, the tests) never wait.

/** Refreshes cheaper than this never wait. */
const MIN_COST_MS = 100;
/** A costly bucket waits this many times its last refresh: the refresher spends at most about a tenth of its time there. */
const WAIT_FACTOR = 10;
/** A backlog worked off in one long pass (after a restart) holds the minute being written now back no longer than this. */
const MAX_WAIT_MS = 60_000;

/** A bucket of one rollup family: `tx:minute:<epoch ms>`, `events:hour:<epoch ms>`, … */
export const bucketKey = (family: string, width: "minute" | "hour", bucket: Date | number) =>
  `${family}:${width}:${typeof bucket === "number" ? bucket : bucket.getTime()}`;

export interface RollupCooldown {
  /** The buckets (keys) that may be refreshed now. */
  ready(keys: string[], now?: number): string[];
  /**
   * Those buckets took `tookMs` to refresh, together. Each is charged the whole: a pass under a storm takes several
   * minutes at once, and charged a share they waited too little (the benchmark's refresh time per webhook doubled).
   */
  refreshed(keys: string[], tookMs: number, now?: number): void;
}

export function rollupCooldown(minCostMs = MIN_COST_MS, factor = WAIT_FACTOR): RollupCooldown {
  const until = new Map<string, number>();
  return {
    ready(keys, now = Date.now()) {
      for (const [key, at] of until) if (at <= now) until.delete(key);
      return keys.filter((key) => !until.has(key));
    },
    refreshed(keys, tookMs, now = Date.now()) {
      if (tookMs < minCostMs) return;
      for (const key of keys) until.set(key, now + Math.min(MAX_WAIT_MS, factor * tookMs));
    },
  };
}
