// Saved transaction views, each owned by a user (null until sign-in exists): a user sees and changes only their own.
import { and, asc, eq, isNull, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import { savedViews } from "../schema/views.ts";

export interface ViewInput {
  name: string;
  query: string;
  sort: string;
  dir: string;
  columns: string[];
  pageSize: number;
  density: string;
}

const ownedBy = (owner: string | null): SQL =>
  owner === null ? isNull(savedViews.owner) : eq(savedViews.owner, owner);

const viewColumns = {
  id: savedViews.id,
  name: savedViews.name,
  query: savedViews.query,
  sort: savedViews.sort,
  dir: savedViews.dir,
  columns: savedViews.columns,
  pageSize: savedViews.pageSize,
  density: savedViews.density,
  updatedAt: savedViews.updatedAt,
};

export function listViews(db: Db, owner: string | null) {
  return db
    .select(viewColumns)
    .from(savedViews)
    .where(ownedBy(owner))
    .orderBy(asc(savedViews.name), asc(savedViews.id));
}

/** Saves under its name (a second save with the same name replaces the view); with an id, changes that view. */
export async function saveView(db: Db, owner: string | null, view: ViewInput, id?: string) {
  if (id) {
    const rows = await db
      .update(savedViews)
      .set({ ...view, updatedAt: sql`now()` })
      .where(and(eq(savedViews.id, id), ownedBy(owner)))
      .returning(viewColumns);
    return rows[0] ?? null;
  }
  const rows = await db
    .insert(savedViews)
    .values({ ...view, owner })
    .onConflictDoUpdate({
      target: [savedViews.owner, savedViews.name],
      set: {
        query: view.query,
        sort: view.sort,
        dir: view.dir,
        columns: view.columns,
        pageSize: view.pageSize,
        density: view.density,
        updatedAt: sql`now()`,
      },
    })
    .returning(viewColumns);
  return rows[0] ?? null;
}

export async function removeView(db: Db, owner: string | null, id: string): Promise<boolean> {
  const rows = await db
    .delete(savedViews)
    .where(and(eq(savedViews.id, id), ownedBy(owner)))
    .returning({ id: savedViews.id });
  return rows.length > 0;
}
