// A fresh, migrated database for one test file: in-memory PGlite by default, or a throwaway
// database on the PostgreSQL server named by DATABASE_URL (CI runs the suite both ways).
import { createHash, randomUUID } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { sql } from "drizzle-orm";
import pg from "pg";
import { openDatabase, type Database } from "./client.ts";
import { migrate, migrationsFolder } from "./migrate.ts";
import { extractTar } from "./tar-extract.ts";

let template: Promise<Blob> | null = null;

// Every test file runs in a fresh process, where booting PGlite from nothing (initdb) and migrating costs 5-8 s on a
// busy 2-core machine and loading a migrated dump under 3 s: the dump is kept on disk per set of migrations.
const templateFolder = fileURLToPath(new URL("../../../.cache/pglite-templates", import.meta.url));

function pgliteVersion(): string {
  // The package exports no package.json: read it beside the entry point's folder.
  let folder = dirname(createRequire(import.meta.url).resolve("@electric-sql/pglite"));
  while (!existsSync(join(folder, "package.json"))) folder = dirname(folder);
  return (JSON.parse(readFileSync(join(folder, "package.json"), "utf8")) as { version: string }).version;
}

async function buildPgliteTemplate(): Promise<Blob> {
  const database = await openDatabase({ kind: "pglite", dataDir: null });
  await migrate(database);
  const dump = await (database.pglite as NonNullable<Database["pglite"]>).dumpDataDir("none");
  await database.close();
  return dump;
}

async function pgliteTemplate(): Promise<Blob> {
  template ??= (async () => {
    // A dump is valid for one PGlite version (its data directory format) and one set of migrations.
    const file = join(templateFolder, `${pgliteVersion()}-${migrationsHash()}.tar`);
    try {
      return new Blob([readFileSync(file)]);
    } catch {
      const dump = await buildPgliteTemplate();
      // Written beside and renamed into place, so a worker never reads another's half-written file.
      mkdirSync(templateFolder, { recursive: true });
      const partial = `${file}.${randomUUID()}`;
      writeFileSync(partial, Buffer.from(await dump.arrayBuffer()));
      renameSync(partial, file);
      return dump;
    }
  })();
  return template;
}

/** Fills a spawned server's PGlite data dir (PAYLENS_DATA_DIR/pglite) with the migrated template: the server finds
 * every migration applied and skips initdb, which on a busy 2-core machine is most of its start. */
export async function seedPgliteDataDir(dataDir: string): Promise<void> {
  extractTar(Buffer.from(await (await pgliteTemplate()).arrayBuffer()), dataDir);
}

let postgresTemplateName: Promise<string> | null = null;

/** Names the migrations' contents, so a changed migration gets a template of its own. */
function migrationsHash(): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else hash.update(entry.name).update(readFileSync(path));
    }
  };
  walk(migrationsFolder);
  return hash.digest("hex").slice(0, 16);
}

/** One connection to the server `url` names, for statements no pool should run (create and drop database). */
export async function withAdmin<T>(url: string, work: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

/** The URL of database `name` on the same server as `url`. */
export function databaseUrl(url: string, name: string): string {
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

// Migrating a PostgreSQL database costs about a second; copying a migrated template costs a fraction. The template is
// built once per set of migrations and shared by every worker and run (it is renamed into place only when complete).
async function postgresTemplate(url: string): Promise<string> {
  postgresTemplateName ??= (async () => {
    const name = `paylens_tpl_${migrationsHash()}`;
    const exists = await withAdmin(url, async (admin) => {
      const found = await admin.query("select 1 from pg_database where datname = $1", [name]);
      return found.rowCount === 1;
    });
    if (exists) return name;
    const building = `paylens_tpl_build_${randomUUID().replaceAll("-", "").slice(0, 12)}`;
    await withAdmin(url, (admin) => admin.query(`create database ${building}`));
    const database = await openDatabase({ kind: "postgres", url: databaseUrl(url, building), poolSize: 1 });
    await migrate(database);
    await database.close();
    await withAdmin(url, async (admin) => {
      try {
        await admin.query(`alter database ${building} rename to ${name}`);
      } catch {
        // Another worker finished the same template first.
        await admin.query(`drop database if exists ${building} with (force)`);
      }
    });
    return name;
  })();
  return postgresTemplateName;
}

export function testDatabaseUrl(): string | null {
  // Tests pick their engine the way CI sets it.
  return process.env.DATABASE_URL || null;
}

/** A test database; `url` names it on PostgreSQL, so a test can open a second pool as another instance would. */
export type TestDatabase = Database & { url: string | null };

/** `kind` "pglite": PGlite even when DATABASE_URL is set (to compare the engines). */
export async function createTestDb(kind?: "pglite"): Promise<TestDatabase> {
  const url = testDatabaseUrl();
  if (!url || kind === "pglite") {
    return {
      ...(await openDatabase({ kind: "pglite", dataDir: null, loadDataDir: await pgliteTemplate() })),
      url: null,
    };
  }
  const name = `paylens_test_${randomUUID().replaceAll("-", "").slice(0, 16)}`;
  const template = await postgresTemplate(url);
  await withAdmin(url, (admin) => admin.query(`create database ${name} template ${template}`));
  const database = await openDatabase({ kind: "postgres", url: databaseUrl(url, name), poolSize: 5 });
  return {
    ...database,
    url: databaseUrl(url, name),
    close: async () => {
      await database.close();
      await withAdmin(url, (admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

/**
 * Empties a test database as the migrations left it: every table of the app (the migrations write rows only to
 * drizzle's journal) and its sequences back at their start, and on PGlite the session's state (settings, locks,
 * prepared statements) discarded. Milliseconds, where a new PGlite costs about 0.6 CPU-s: for suites that want a fresh
 * database per test in one process (the web app's component tests).
 */
export async function emptyTestDb(database: TestDatabase): Promise<void> {
  await database.db.execute(
    sql.raw(`do $$
      declare tables text;
      begin
        -- As a replica: the audit log's append-only trigger (and every other) stays out of the way.
        perform set_config('session_replication_role', 'replica', true);
        select string_agg(format('%I.%I', schemaname, tablename), ', ') into tables
          from pg_tables where schemaname = 'public';
        if tables is not null then execute 'truncate ' || tables || ' restart identity cascade'; end if;
      end $$`),
  );
  await database.db.execute(
    sql.raw(`select setval(format('%I.%I', schemaname, sequencename)::regclass, start_value, false)
      from pg_sequences where schemaname = 'public'`),
  );
  if (database.kind === "pglite") await database.db.execute(sql.raw("discard all"));
}
