import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import pg from "pg";
import { lockDataDir } from "./data-dir-lock.ts";
import * as transactions from "./schema/transactions.ts";
import * as ingest from "./schema/ingest.ts";
import * as views from "./schema/views.ts";
import * as access from "./schema/access.ts";
import * as actionTables from "./schema/actions.ts";
import * as finance from "./schema/finance.ts";
import * as disputeTables from "./schema/disputes.ts";

export const schema = {
  ...transactions,
  ...ingest,
  ...views,
  ...access,
  ...actionTables,
  ...finance,
  ...disputeTables,
};
type Schema = typeof schema;

type RowsOf<R> = { rows: R[] };

// Both drivers answer raw queries with `{ rows }`; this names what they share.
export interface RowsResultHKT extends PgQueryResultHKT {
  readonly type: RowsOf<this["row"]>;
}

/** The one database type the rest of the code sees, whichever engine is underneath. */
export type Db = PgDatabase<RowsResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type DbKind = "pglite" | "postgres";

/**
 * A statement straight to the driver under `db`, past drizzle's query builder and tracing wrappers: for the few hot
 * statements (the webhook inbox's insert) whose building cost the server more CPU than the database spent on them.
 * On PostgreSQL it is a named statement, prepared once per connection. `text` is fixed SQL with $1… placeholders.
 */
export async function driverQuery<R>(db: Db, name: string, text: string, values: unknown[]): Promise<R[]> {
  const client = (db as unknown as { $client?: unknown }).$client;
  if (client instanceof pg.Pool) return (await client.query<R & pg.QueryResultRow>({ name, text, values })).rows;
  if (client instanceof PGlite) return (await client.query<R>(text, values)).rows;
  throw new Error("driverQuery: the database is neither a pg pool nor PGlite");
}

export interface Database {
  db: Db;
  kind: DbKind;
  close(): Promise<void>;
  /** The PGlite instance (to dump it for test snapshots); null on PostgreSQL. */
  pglite: PGlite | null;
  /** The PostgreSQL pool (for work that needs one session, like advisory locks); null on PGlite. */
  pool: pg.Pool | null;
}

export type DbConfig =
  | { kind: "postgres"; url: string; poolSize?: number }
  | { kind: "pglite"; dataDir: string | null; loadDataDir?: Blob | File };

export async function openDatabase(config: DbConfig): Promise<Database> {
  if (config.kind === "postgres") {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
    // Surface a broken connection as an error on the next query, never as a crash of the process.
    pool.on("error", () => undefined);
    // A checked-out client (a worker holding an advisory lock, a long transaction) whose server restarts emits
    // 'error' too; unhandled, it would end the process. Its query in flight still fails and is retried by its caller.
    pool.on("connect", (client) => client.on("error", () => undefined));
    const db = drizzleNodePg(pool, { schema, casing: "snake_case" }) as unknown as Db;
    return { db, kind: "postgres", pglite: null, pool, close: () => pool.end() };
  }
  let release = () => undefined as void;
  if (config.dataDir) {
    mkdirSync(config.dataDir, { recursive: true });
    release = lockDataDir(config.dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create({
      ...(config.dataDir ? { dataDir: config.dataDir } : {}),
      ...(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {}),
    });
  } catch (error) {
    release();
    throw error;
  }
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Db;
  const close = async () => {
    try {
      await client.close();
    } finally {
      release();
    }
  };
  return { db, kind: "pglite", pglite: client, pool: null, close };
}
