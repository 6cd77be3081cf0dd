// Keeps the analytics rollups current: refreshes the minute buckets the triggers marked dirty, a batch at a time.
import type { FastifyBaseLogger } from "fastify";
import type { Db } from "@paylens/db/client";
import { rollupCooldown } from "@paylens/db/queries/analytics-cooldown";
import { DIRTY_SOURCES, refreshRollups } from "@paylens/db/queries/analytics-refresh";
import { type Loop, startLoop } from "./loop.ts";

// Under ingest the minutes being written now are marked again by every batch. Refreshing them back to back re-grouped
// the current minute's rows without a pause, a core of database CPU taken from ingest on a 2-core machine
// (docs/performance.md): a pass that found only those (a couple of minutes per source) waits `idleMs`; a backlog (a
// seed, a pause of the worker) is worked off pass after pass.
const CURRENT_MINUTES = 2 * DIRTY_SOURCES.length;

export function startRollupWorker(db: Db, log: FastifyBaseLogger, options: { sloMs: number; idleMs?: number }): Loop {
  // Costly buckets (the current minute and hour under a storm) are re-grouped at most every tenth of the time.
  const cooldown = rollupCooldown();
  return startLoop(
    "refresh-rollups",
    log,
    options.idleMs ?? 2_000,
    async () => (await refreshRollups(db, { sloMs: options.sloMs, cooldown })) > CURRENT_MINUTES,
  );
}
