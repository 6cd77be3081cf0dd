// Fills the store with generated transactions in set-based batches, then refreshes the planner's statistics.
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { upsertAccounts } from "../queries/accounts.ts";
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

export async function seedTransactions(db: Db, palette: SeedPalette, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const prepared = preparePalette(palette);
  const accounts = new Map(palette.profiles.map((p) => [p.accountId, { id: p.accountId, provider: p.provider, name: p.accountName, baseUrl: "https://seed.invalid", demo: true }]));
  await upsertAccounts(db, [...accounts.values()]);

  // Row numbers continue after what the store holds, so a second run adds rows instead of colliding.
  const existing = await db.execute<{ n: string }>(sql`select count(*)::text as n from transactions`);
  const held = Number(existing.rows[0]?.n ?? 0);
  const offset = held + (held % 2);
  const batch = Math.max(2, Math.floor((options.batchSize ?? 50_000) / 2) * 2);
  const endMs = (options.now ?? new Date()).getTime();
  const startMs = endMs - options.days * 86_400_000;
  const customers = Math.max(50, Math.floor(options.count / 4));

  let inserted = 0;
  for (let lo = offset + 1; lo <= offset + options.count; lo += batch) {
    const hi = Math.min(lo + batch - 1, offset + options.count);
    inserted += await db.transaction(async (tx) => {
      // JIT compiling this one big statement costs more than running it; the joins want memory, not temp files.
      await tx.execute(sql`set local jit = off`);
      await tx.execute(sql`set local work_mem = '64MB'`);
      return insertBatch(tx, prepared, { lo, hi, seed: options.seed, customers, startMs, endMs });
    });
    options.onProgress?.(inserted, options.count);
  }
  // PGlite has no autovacuum: without fresh statistics the planner would guess at a million rows.
  await db.execute(sql`analyze transactions`);
  await db.execute(sql`analyze transaction_events`);
  const seconds = (performance.now() - started) / 1000;
  return { inserted, seconds, rowsPerSecond: Math.round(inserted / Math.max(seconds, 0.001)) };
}
