// The ten-million-row benchmark's database: one named database on DATABASE_URL's server, kept between runs (seeding
// 10M rows costs minutes, so repeated measurements reuse it) and dropped by `--drop`.
import { openDatabase, type Database } from "@paylens/db/client";
import { migrate } from "@paylens/db/migrate";
import { databaseUrl, withAdmin } from "@paylens/db/test-db";

export const ROWS_DB = "paylens_bench_rows";

/** A bench database name: ROWS_DB or one beginning with it (a second curve beside a kept one). */
export function rowsDbName(name: string | undefined): string {
  const chosen = name ?? ROWS_DB;
  if (!/^paylens_bench_rows[a-z0-9_]*$/.test(chosen)) throw new Error(`--database must start with ${ROWS_DB}`);
  return chosen;
}

/** Opens (creating and migrating when missing) the bench database beside the one `url` names. */
export async function openRowsDb(url: string, name = ROWS_DB, poolSize = 8): Promise<Database> {
  await withAdmin(url, async (admin) => {
    const found = await admin.query("select 1 from pg_database where datname = $1", [name]);
    if (found.rowCount === 0) await admin.query(`create database ${name}`);
  });
  const database = await openDatabase({ kind: "postgres", url: rowsDbUrl(url, name), poolSize });
  await migrate(database);
  return database;
}

export async function dropRowsDb(url: string, name = ROWS_DB): Promise<void> {
  await withAdmin(url, (admin) => admin.query(`drop database if exists ${name} with (force)`));
}

/** The server's URL for the bench database (to start a server process on it). */
export function rowsDbUrl(url: string, name = ROWS_DB): string {
  return databaseUrl(url, name);
}
