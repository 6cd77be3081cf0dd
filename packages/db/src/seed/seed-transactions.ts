// Fills the store with generated transactions in set-based batches, then refreshes the planner's statistics.
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { upsertAccounts } from "../queries/accounts.ts";
import type { Tx } from "../queries/apply.ts";
import { withDeferredIndexes } from "./deferred-indexes.ts";
import { insertBatch } from "./insert-batch.ts";
import type { SeedPalette } from "./palette.ts";
import { preparePalette } from "./prepare.ts";

export interface SeedOptions {
  count: number;
  days: number;
  seed: number;
  /** Rows per INSERT: big enough to be set-based, small enough to report progress and keep memory flat. */
  batchSize?: number;
  now?: Date;
  onProgress?: (inserted: number, total: number) => void;
}

export interface SeedResult {
  inserted: number;
  seconds: number;
  rowsPerSecond: number;
}

// Below this, rebuilding every index would cost more than maintaining them row by row.
export const BULK_MIN_ROWS = 50_000;

/** What every seed run computes first: the accounts upserted, the row numbers to use, the time window. */
export async function planSeed(db: Db, palette: SeedPalette, options: SeedOptions) {
  const prepared = preparePalette(palette);
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
  const first = held + (held % 2) + 1;
  const endMs = (options.now ?? new Date()).getTime();
  const window = {
    first,
    count: options.count,
    seed: options.seed,
    customers: Math.max(50, Math.floor(options.count / 4)),
    startMs: endMs - options.days * 86_400_000,
    endMs,
  };
  return { prepared, held, window };
}

export async function seedTransactions(db: Db, palette: SeedPalette, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const { prepared, held, window } = await planSeed(db, palette, options);
  const { first } = window;
  const batch = Math.max(2, Math.floor((options.batchSize ?? 50_000) / 2) * 2);

  const load = async (tx: Tx) => {
    // JIT compiling this one big statement costs more than running it; its joins want memory, not temp files.
    await tx.execute(sql`set local jit = off`);
    await tx.execute(sql`set local work_mem = '64MB'`);
    let inserted = 0;
    for (let lo = first; lo < first + options.count; lo += batch) {
      const hi = Math.min(lo + batch - 1, first + options.count - 1);
      inserted += await insertBatch(tx, prepared, { ...window, lo, hi });
      options.onProgress?.(inserted, options.count);
    }
    return inserted;
  };
  const bulk = options.count >= Math.max(BULK_MIN_ROWS, held);
  const inserted = bulk ? await withDeferredIndexes(db, "transactions", load) : await db.transaction(load);
  // PGlite has no autovacuum: without fresh statistics the planner would guess at a million rows.
  await db.execute(sql`analyze transactions`);
  const seconds = (performance.now() - started) / 1000;
  return { inserted, seconds, rowsPerSecond: Math.round(inserted / Math.max(seconds, 0.001)) };
}
