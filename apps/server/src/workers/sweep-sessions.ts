// Deletes sessions past their idle expiry: a browser that never signs out would otherwise leave its row for ever.
import type { FastifyBaseLogger } from "fastify";
import type { Db } from "@paylens/db/client";
import { deleteExpiredSessions } from "@paylens/db/queries/access";
import { type Loop, startLoop } from "./loop.ts";

export function startSessionSweep(db: Db, log: FastifyBaseLogger, idleMs = 10 * 60_000): Loop {
  return startLoop("sweep-sessions", log, idleMs, async () => {
    await deleteExpiredSessions(db);
    return false;
  });
}
