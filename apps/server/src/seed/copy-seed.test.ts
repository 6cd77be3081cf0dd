// The COPY seed (PostgreSQL) writes exactly the rows the INSERT seed writes, and a bulk load's dropped indexes and
// foreign keys come back as they were.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { copySeedTransactions } from "@paylens/db/seed/copy-seed";
import { dropDeferrable, restoreDeferred } from "@paylens/db/seed/deferred-indexes";
import { SEED_COLUMNS } from "@paylens/db/seed/insert-batch";
import { seedTransactions } from "@paylens/db/seed/seed-transactions";
import { createTestDb, testDatabaseUrl } from "@paylens/db/test-db";
import { seedPalette } from "./palette.ts";

describe.skipIf(!testDatabaseUrl())("COPY seed on PostgreSQL", () => {
  let inserted: Database;
  let copied: Database;
  beforeAll(async () => {
    [inserted, copied] = await Promise.all([createTestDb(), createTestDb()]);
  });
  afterAll(async () => {
    await Promise.all([inserted.close(), copied.close()]);
  });

  const digest = async (database: Database) =>
    (
      await database.db.execute<{ n: number; hash: string }>(
        sql.raw(`select count(*)::int as n, md5(string_agg(row(${SEED_COLUMNS})::text, '|' order by account_id, provider_uid)) as hash
        from transactions`),
      )
    ).rows[0];

  it("streams the same rows as the INSERT seed, in several lanes", async () => {
    const options = { count: 3000, days: 30, seed: 5, now: new Date("2026-11-30T00:00:00Z") };
    await seedTransactions(inserted.db, seedPalette(), options);
    const result = await copySeedTransactions(copied, seedPalette(), { ...options, batchSize: 700, lanes: 2 });
    expect(result.inserted).toBe(3000);
    const expected = await digest(inserted);
    expect(expected?.n).toBe(3000);
    expect(await digest(copied)).toEqual(expected);
  });

  it("puts back every index and foreign key it drops for a bulk load", async () => {
    const schema = async () =>
      (
        await copied.db.execute<{ def: string }>(
          sql`select indexdef as def from pg_indexes where tablename = 'transactions'
            union all select pg_get_constraintdef(oid) from pg_constraint where conrelid = 'transactions'::regclass and contype = 'f'
            order by 1`,
        )
      ).rows.map((row) => row.def);
    const before = await schema();
    const deferred = await dropDeferrable(copied.db, "transactions");
    expect((await schema()).every((def) => def.startsWith("CREATE UNIQUE"))).toBe(true);
    await restoreDeferred(copied.db, "transactions", deferred, 2);
    expect(await schema()).toEqual(before);
  });
});
