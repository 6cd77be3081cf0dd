// Keeps the analytics rollups current: refreshes the minute buckets the triggers marked dirty, a batch at a time.
import type { FastifyBaseLogger } from "fastify";
import type { Db } from "@paylens/db/client";
import { refreshRollups } from "@paylens/db/queries/analytics-refresh";
import { type Loop, startLoop } from "./loop.ts";

export function startRollupWorker(db: Db, log: FastifyBaseLogger, options: { sloMs: number; idleMs?: number }): Loop {
  return startLoop(
    "refresh-rollups",
    log,
    options.idleMs ?? 2_000,
    async () => (await refreshRollups(db, { sloMs: options.sloMs })) > 0,
  );
}
