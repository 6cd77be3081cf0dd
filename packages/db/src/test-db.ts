// A fresh, migrated database for one test file: in-memory PGlite by default, or a throwaway
// database on the PostgreSQL server named by DATABASE_URL (CI runs the suite both ways).
import { randomUUID } from "node:crypto";
import pg from "pg";
import { openDatabase, type Database } from "./client.ts";
import { migrate } from "./migrate.ts";

let template: Promise<Blob> | null = null;

// Booting PGlite and migrating costs seconds; do it once per worker and copy the result.
async function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    const database = await openDatabase({ kind: "pglite", dataDir: null });
    await migrate(database);
    const dump = await (database.pglite as NonNullable<Database["pglite"]>).dumpDataDir("none");
    await database.close();
    return dump;
  })();
  return template;
}

export function testDatabaseUrl(): string | null {
  // Tests pick their engine the way CI sets it.
  return process.env.DATABASE_URL || null;
}

/** A test database; `url` names it on PostgreSQL, so a test can open a second pool as another instance would. */
export type TestDatabase = Database & { url: string | null };

export async function createTestDb(): Promise<TestDatabase> {
  const url = testDatabaseUrl();
  if (!url) {
    return {
      ...(await openDatabase({ kind: "pglite", dataDir: null, loadDataDir: await pgliteTemplate() })),
      url: null,
    };
  }
  const name = `paylens_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ kind: "postgres", url: target.toString(), poolSize: 5 });
  await migrate(database);
  return {
    ...database,
    url: target.toString(),
    close: async () => {
      await database.close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`drop database if exists ${name} with (force)`);
      await cleanup.end();
    },
  };
}
