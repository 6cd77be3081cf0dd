import type { Db, DbKind } from "@paylens/db/client";

/** What every procedure can use. Built by the server per request; tests build it directly. */
export interface Context {
  db: Db;
  dbKind: DbKind;
  requestId: string | null;
}

export function createContextInner(deps: { db: Db; dbKind: DbKind; requestId?: string | null }): Context {
  return { db: deps.db, dbKind: deps.dbKind, requestId: deps.requestId ?? null };
}
