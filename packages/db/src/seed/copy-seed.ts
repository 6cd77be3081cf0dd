// The PostgreSQL bulk seed: the same generated rows as `seedTransactions`, streamed with COPY. One session runs
// `COPY (SELECT …generated rows…) TO STDOUT`, another `COPY transactions FROM STDIN`, piped through this process:
// generating and storing run in two backends at once, and COPY FROM writes whole pages (multi-insert) where
// INSERT … SELECT writes row by row. Several such pairs run side by side on disjoint row ranges.
import { pipeline } from "node:stream/promises";
import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import type pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";
import type { Database } from "../client.ts";
import { dropDeferrable, restoreDeferred } from "./deferred-indexes.ts";
import { batchRows, SEED_COLUMNS } from "./insert-batch.ts";
import type { SeedPalette } from "./palette.ts";
import { BULK_MIN_ROWS, planSeed, type SeedOptions, type SeedResult } from "./seed-transactions.ts";

export interface CopySeedOptions extends SeedOptions {
  /** Generator/writer session pairs working at once (2 cores: 1–2). */
  lanes?: number;
}

export interface CopySeedResult extends SeedResult {
  /** Of `seconds`: streaming the rows, rebuilding the indexes, vacuum + analyze. */
  phases: { copy: number; indexes: number; vacuum: number };
}

const dialect = new PgDialect();

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;

function arrayLiteral(values: unknown[]): string {
  const items = values.map((v) => {
    if (v === null || v === undefined) return "NULL";
    if (typeof v === "string") return `"${v.replaceAll("\\", "\\\\").replaceAll('"', '\\"')}"`;
    return String(v);
  });
  return `{${items.join(",")}}`;
}

/**
 * COPY (query) takes no bind parameters: the palette's values go in as quoted literals (the query casts each one,
 * `$n::text[]`). They are the seed palette's own constants, never user input; quoting keeps them inert anyway.
 */
export function inlineParams(query: SQL): string {
  const { sql: text, params } = dialect.sqlToQuery(query);
  return text.replace(/\$(\d+)/g, (_, i: string) => {
    const value = params[Number(i) - 1];
    if (Array.isArray(value)) return quote(arrayLiteral(value));
    if (typeof value === "number" || typeof value === "bigint") return String(value);
    if (typeof value === "boolean") return value ? "true" : "false";
    if (value === null || value === undefined) return "null";
    return quote(String(value));
  });
}

async function copyChunk(source: pg.PoolClient, sink: pg.PoolClient, select: string): Promise<void> {
  const into = sink.query(copyFrom(`copy transactions (${SEED_COLUMNS}) from stdin`));
  const out = source.query(copyTo(`copy (${select}) to stdout`));
  await pipeline(out, into);
}

/** Seeds `options.count` rows with COPY on PostgreSQL; the indexes are rebuilt after a bulk load, then vacuumed. */
export async function copySeedTransactions(
  database: Database,
  palette: SeedPalette,
  options: CopySeedOptions,
): Promise<CopySeedResult> {
  const pool = database.pool;
  if (!pool) throw new Error("the COPY seed needs PostgreSQL");
  const { db } = database;
  const started = performance.now();
  const { prepared, held, window } = await planSeed(db, palette, options);
  const chunk = Math.max(2, Math.floor((options.batchSize ?? 100_000) / 2) * 2);
  const lanes = Math.max(1, options.lanes ?? 2);
  const end = window.first + options.count - 1;
  const chunks: { lo: number; hi: number }[] = [];
  for (let lo = window.first; lo <= end; lo += chunk) chunks.push({ lo, hi: Math.min(lo + chunk - 1, end) });

  const bulk = options.count >= Math.max(BULK_MIN_ROWS, held);
  const deferred = bulk ? await dropDeferrable(db, "transactions") : null;
  let inserted = 0;
  let copied = started;
  let indexed = started;
  try {
    const pair = async () => {
      const source = await pool.connect();
      const sink = await pool.connect();
      // JIT compiling the generator costs more than running it; its joins want memory, not temp files.
      await source.query("set jit = off; set work_mem = '64MB'");
      await sink.query("set synchronous_commit = off");
      return { source, sink };
    };
    const lane = async () => {
      let clients = await pair();
      try {
        for (let next = chunks.shift(); next; next = chunks.shift()) {
          const select = inlineParams(batchRows(prepared, { ...window, ...next }));
          for (let attempt = 1; ; attempt++) {
            try {
              await copyChunk(clients.source, clients.sink, select);
              break;
            } catch (error) {
              // Two lanes' statement triggers can mark the same rollup minutes in opposite orders: PostgreSQL then
              // aborts one COPY whole (nothing of it stays), and the chunk is streamed again on fresh sessions.
              if ((error as { code?: string }).code !== "40P01" || attempt >= 5) throw error;
              clients.source.release(true);
              clients.sink.release(true);
              clients = await pair();
            }
          }
          inserted += next.hi - next.lo + 1;
          options.onProgress?.(inserted, options.count);
        }
      } finally {
        clients.source.release();
        clients.sink.release();
      }
    };
    await Promise.all(Array.from({ length: lanes }, lane));
    copied = performance.now();
  } finally {
    if (deferred) await restoreDeferred(db, "transactions", deferred, lanes);
    indexed = performance.now();
  }
  // The visibility map lets counts read indexes only; fresh statistics keep the planner's estimates honest.
  await db.execute(sql`vacuum (analyze) transactions`);
  const done = performance.now();
  const seconds = (done - started) / 1000;
  return {
    inserted,
    seconds,
    rowsPerSecond: Math.round(inserted / Math.max(seconds, 0.001)),
    phases: { copy: (copied - started) / 1000, indexes: (indexed - copied) / 1000, vacuum: (done - indexed) / 1000 },
  };
}
