// Fills the store with generated transactions: rows generated in this process (seed-rows.ts) and streamed with COPY,
// a bulk load's secondary indexes built once afterwards, then the planner's statistics refreshed.
import { sql } from "drizzle-orm";
import type { Database, Db } from "../client.ts";
import { upsertAccounts } from "../queries/accounts.ts";
import { copyLanes, copyPglite, type SeedChunk } from "./copy-seed.ts";
import { dropDeferrable, restoreDeferred } from "./deferred-indexes.ts";
import type { SeedPalette } from "./palette.ts";
import { preparePalette } from "./prepare.ts";
import { seedRows, type SeedWindow } from "./seed-rows.ts";

export interface SeedOptions {
  count: number;
  days: number;
  seed: number;
  /** Rows per COPY statement: big enough to amortise the statement, small enough to report progress. */
  batchSize?: number;
  /** PostgreSQL: sessions copying at once (PGlite has one). */
  lanes?: number;
  now?: Date;
  onProgress?: (inserted: number, total: number) => void;
}

export interface SeedResult {
  inserted: number;
  seconds: number;
  rowsPerSecond: number;
  /** Of `seconds`: streaming the rows, rebuilding the indexes, vacuum and/or analyze. */
  phases: { copy: number; indexes: number; vacuum: number };
}

// Below this, rebuilding every index would cost more than maintaining them row by row.
export const BULK_MIN_ROWS = 50_000;

/** The accounts upserted, the row numbers to use, the time window. */
async function planSeed(db: Db, palette: SeedPalette, options: SeedOptions) {
  const accounts = new Map(
    palette.profiles.map((p) => [
      p.accountId,
      { id: p.accountId, provider: p.provider, name: p.accountName, baseUrl: "https://seed.invalid", demo: true },
    ]),
  );
  await upsertAccounts(db, [...accounts.values()]);

  // Row numbers continue after what the store holds, so a second run adds rows instead of colliding.
  const existing = await db.execute<{ n: string }>(sql`select count(*)::text as n from transactions`);
  const held = Number(existing.rows[0]?.n ?? 0);
  const endMs = (options.now ?? new Date()).getTime();
  const window: SeedWindow = {
    first: held + (held % 2) + 1,
    count: options.count,
    seed: options.seed,
    customers: Math.max(50, Math.floor(options.count / 4)),
    startMs: endMs - options.days * 86_400_000,
    endMs,
  };
  return { held, window };
}

export async function seedTransactions(
  database: Database,
  palette: SeedPalette,
  options: SeedOptions,
): Promise<SeedResult> {
  const { db, pool, pglite } = database;
  const started = performance.now();
  const { held, window } = await planSeed(db, palette, options);
  const rows = seedRows(preparePalette(palette), window);
  // Even-sized chunks from an odd first row: a pair (parent, child) never straddles two chunks.
  const size = Math.max(2, Math.floor((options.batchSize ?? 50_000) / 2) * 2);
  const end = window.first + options.count - 1;
  const chunks: SeedChunk[] = [];
  for (let lo = window.first; lo <= end; lo += size) chunks.push({ lo, hi: Math.min(lo + size - 1, end) });
  const lanes = pool ? Math.max(1, options.lanes ?? 2) : 1;

  const bulk = options.count >= Math.max(BULK_MIN_ROWS, held);
  const deferred = bulk ? await dropDeferrable(db, "transactions") : null;
  let inserted = 0;
  const onChunk = (n: number) => {
    inserted += n;
    options.onProgress?.(inserted, options.count);
  };
  let copied = started;
  let indexed = started;
  try {
    if (pool) await copyLanes(pool, rows.line, chunks, lanes, onChunk);
    else if (pglite) await copyPglite(pglite, rows.line, chunks, onChunk);
    copied = performance.now();
  } finally {
    if (deferred) await restoreDeferred(database, "transactions", deferred, lanes);
    indexed = performance.now();
  }
  // PostgreSQL: the visibility map lets counts read indexes only. Both: without fresh statistics the planner would
  // guess at a million rows (PGlite has no autovacuum; its vacuum would cost more than it saves here).
  await db.execute(pool ? sql`vacuum (analyze) transactions` : sql`analyze transactions`);
  const done = performance.now();
  const seconds = (done - started) / 1000;
  return {
    inserted,
    seconds,
    rowsPerSecond: Math.round(inserted / Math.max(seconds, 0.001)),
    phases: { copy: (copied - started) / 1000, indexes: (indexed - copied) / 1000, vacuum: (done - indexed) / 1000 },
  };
}
