// One generator, two writers: PostgreSQL's COPY lanes and PGlite's one session store the same rows, whatever the
// chunks and lanes; a failed bulk load still puts back the indexes and foreign keys it dropped.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { SEED_COLUMNS } from "@paylens/db/seed/seed-rows";
import { BULK_MIN_ROWS, seedTransactions } from "@paylens/db/seed/seed-transactions";
import { createTestDb, testDatabaseUrl } from "@paylens/db/test-db";
import { seedPalette } from "./palette.ts";

const options = { count: 3000, days: 30, seed: 5, now: new Date("2026-11-30T00:00:00Z") };

/** Every seeded column of every row, as text in one time zone, hashed in one order. */
const digest = (database: Database) =>
  database.db.transaction(async (tx) => {
    await tx.execute(sql`set local timezone = 'UTC'`);
    await tx.execute(sql`set local datestyle = 'ISO, MDY'`);
    const result = await tx.execute<{ n: number; hash: string }>(
      sql.raw(`select count(*)::int as n, md5(string_agg(row(${SEED_COLUMNS})::text, '|' order by account_id, provider_uid)) as hash
        from transactions`),
    );
    return result.rows[0];
  });

describe.skipIf(!testDatabaseUrl())("COPY seed on PostgreSQL and PGlite", () => {
  let postgres: Database;
  let pglite: Database;
  beforeAll(async () => {
    [postgres, pglite] = await Promise.all([createTestDb(), createTestDb("pglite")]);
  });
  afterAll(async () => {
    await Promise.all([postgres.close(), pglite.close()]);
  });

  it("stores the same rows through two lanes of small chunks as through one session", async () => {
    const copied = await seedTransactions(postgres, seedPalette(), { ...options, batchSize: 700, lanes: 2 });
    expect(copied.inserted).toBe(3000);
    await seedTransactions(pglite, seedPalette(), options);
    const expected = await digest(pglite);
    expect(expected?.n).toBe(3000);
    expect(await digest(postgres)).toEqual(expected);
  });
});

describe("a failed bulk seed", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  const schema = async () =>
    (
      await database.db.execute<{ def: string }>(
        sql`select indexdef as def from pg_indexes where tablename = 'transactions'
          union all select pg_get_constraintdef(oid) from pg_constraint where conrelid = 'transactions'::regclass and contype = 'f'
          order by 1`,
      )
    ).rows.map((row) => row.def);

  it("puts back every index and foreign key it dropped", async () => {
    const before = await schema();
    const broken = seedPalette();
    // currency is char(3): the first row's COPY fails.
    broken.profiles = broken.profiles.map((profile) => ({ ...profile, currency: "EURO" }));
    await expect(seedTransactions(database, broken, { ...options, count: BULK_MIN_ROWS })).rejects.toThrow();
    expect(await schema()).toEqual(before);
  });
});
