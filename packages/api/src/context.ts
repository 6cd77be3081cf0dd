import type { Db, DbKind } from "@paylens/db/client";

/** What every procedure can use. Built by the server per request; tests build it directly. */
export interface Context {
  db: Db;
  dbKind: DbKind;
  requestId: string | null;
  /** The signed-in user; null until sign-in exists (owner-aware procedures then act on the ownerless rows). */
  userId: string | null;
}

export function createContextInner(deps: { db: Db; dbKind: DbKind; requestId?: string | null; userId?: string | null }): Context {
  return { db: deps.db, dbKind: deps.dbKind, requestId: deps.requestId ?? null, userId: deps.userId ?? null };
}
