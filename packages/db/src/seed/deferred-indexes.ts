// A bulk load runs faster with the table's secondary indexes and foreign keys built once afterwards than
// maintained row by row (measured: ~2.5x on PGlite). The load may span several sessions (one transaction cannot), so
// the drop is committed and the rebuild must follow, also after a failed load.
import { sql } from "drizzle-orm";
import type { Database, Db } from "../client.ts";

export interface Deferred {
  indexes: { name: string; definition: string }[];
  foreignKeys: { name: string; definition: string }[];
}

async function deferrable(tx: Pick<Db, "execute">, table: string): Promise<Deferred> {
  // Unique indexes stay: they are what keeps a provider's id unique, and cost little on time-ordered rows.
  const indexes = await tx.execute<{ name: string; definition: string }>(sql`
    select indexname as name, indexdef as definition from pg_indexes
    where schemaname = current_schema() and tablename = ${table} and indexdef not like 'CREATE UNIQUE %'`);
  const foreignKeys = await tx.execute<{ name: string; definition: string }>(sql`
    select conname as name, pg_get_constraintdef(oid) as definition from pg_constraint
    where conrelid = to_regclass(${table}) and contype = 'f'`);
  return { indexes: indexes.rows, foreignKeys: foreignKeys.rows };
}

const ident = (name: string) => sql.raw(`"${name.replaceAll('"', '""')}"`);

/** Drops the non-unique indexes and foreign keys now, committed. `restoreDeferred` must follow. */
export async function dropDeferrable(db: Db, table: string): Promise<Deferred> {
  return db.transaction(async (tx) => {
    const deferred = await deferrable(tx, table);
    for (const fk of deferred.foreignKeys)
      await tx.execute(sql`alter table ${ident(table)} drop constraint ${ident(fk.name)}`);
    for (const index of deferred.indexes) await tx.execute(sql`drop index ${ident(index.name)}`);
    return deferred;
  });
}

/**
 * Rebuilds what `dropDeferrable` dropped, the indexes `sessions` at a time (CREATE INDEX builds share the table).
 * PostgreSQL gets 1 GB per build (a 10M-row index's entries outgrow 256 MB and would sort through temp files) and one
 * parallel worker: two builds keep both cores busy, and the last one still uses both. PGlite's heap (WebAssembly)
 * stays at 256 MB.
 */
export async function restoreDeferred(
  database: Database,
  table: string,
  deferred: Deferred,
  sessions = 2,
): Promise<void> {
  const { db } = database;
  const memory = database.kind === "postgres" ? "1GB" : "256MB";
  const queue = [...deferred.indexes];
  const build = async () => {
    for (let index = queue.shift(); index; index = queue.shift()) {
      const definition = index.definition;
      await db.transaction(async (tx) => {
        await tx.execute(sql.raw(`set local maintenance_work_mem = '${memory}'`));
        if (database.kind === "postgres") await tx.execute(sql`set local max_parallel_maintenance_workers = 1`);
        await tx.execute(sql.raw(definition));
      });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, sessions) }, build));
  for (const fk of deferred.foreignKeys)
    await db.execute(sql`alter table ${ident(table)} add constraint ${ident(fk.name)} ${sql.raw(fk.definition)}`);
}
