// A rollup bucket is re-grouped from the raw rows it covers, so refreshing the bucket being written now costs more the
// fuller it is: under a sustained storm, re-grouping the current minute (and hour) every pass took a growing share of
// the database (docs/performance.md, "Rollups under a storm"). A bucket whose last refresh was costly waits a multiple
// of that cost before the next one; cheap buckets (a quiet shop, the demo, the tests) never wait. The waits are kept in
// analytics_cooldown (migration 0023), so every instance's refresher keeps them; the refresher's advisory lock makes
// one instance at a time read and write them.
import { sql } from "drizzle-orm";
import type { Tx } from "./apply.ts";
import { stamp } from "./analytics-filters.ts";

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
  ready(tx: Tx, keys: string[], now?: number): Promise<string[]>;
  /**
   * Those buckets took `tookMs` to refresh, together. Each is charged the whole: a pass under a storm takes several
   * minutes at once, and charged a share they waited too little (the benchmark's refresh time per webhook doubled).
   */
  refreshed(tx: Tx, keys: string[], tookMs: number, now?: number): Promise<void>;
}

const keyList = (keys: string[]) =>
  sql.join(
    keys.map((key) => sql`${key}`),
    sql`, `,
  );

export function rollupCooldown(minCostMs = MIN_COST_MS, factor = WAIT_FACTOR): RollupCooldown {
  return {
    async ready(tx, keys, now = Date.now()) {
      if (keys.length === 0) return [];
      const held = await tx.execute<{ bucket_key: string }>(sql`
        select bucket_key from analytics_cooldown where bucket_key in (${keyList(keys)}) and until > ${stamp(new Date(now))}`);
      const waiting = new Set(held.rows.map((row) => row.bucket_key));
      return keys.filter((key) => !waiting.has(key));
    },
    async refreshed(tx, keys, tookMs, now = Date.now()) {
      if (tookMs < minCostMs || keys.length === 0) return;
      const until = stamp(new Date(now + Math.min(MAX_WAIT_MS, factor * tookMs)));
      // Waits that are over are of no use any more: the table holds only the buckets waiting now.
      await tx.execute(sql`delete from analytics_cooldown where until <= ${stamp(new Date(now))}`);
      const rows = keys.map((key) => sql`(${key}, ${until})`);
      await tx.execute(sql`insert into analytics_cooldown (bucket_key, until) values ${sql.join(rows, sql`, `)}
        on conflict (bucket_key) do update set until = excluded.until`);
    },
  };
}
