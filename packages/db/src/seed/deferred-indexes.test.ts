import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client.ts";
import { createTestDb } from "../test-db.ts";
import { dropDeferrable, restoreDeferred } from "./deferred-indexes.ts";

describe("deferred indexes", () => {
  let database: Database;
  const schema = async () => {
    const indexes = await database.db.execute<{ indexdef: string }>(
      sql`select indexdef from pg_indexes where tablename = 'transactions' order by indexname`,
    );
    const fks = await database.db.execute<{ def: string }>(
      sql`select pg_get_constraintdef(oid) as def from pg_constraint where conrelid = 'transactions'::regclass and contype = 'f'`,
    );
    return { indexes: indexes.rows.map((r) => r.indexdef), fks: fks.rows.map((r) => r.def) };
  };

  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  it("drops the non-unique indexes and foreign keys for a bulk load and puts them back exactly", async () => {
    const before = await schema();
    expect(before.indexes.length).toBeGreaterThan(10);
    expect(before.fks.length).toBeGreaterThan(0);
    const deferred = await dropDeferrable(database.db, "transactions");
    const during = await schema();
    expect(during.indexes.every((def) => def.startsWith("CREATE UNIQUE"))).toBe(true);
    expect(during.fks).toEqual([]);
    await restoreDeferred(database, "transactions", deferred, 2);
    expect(await schema()).toEqual(before);
  });
});
