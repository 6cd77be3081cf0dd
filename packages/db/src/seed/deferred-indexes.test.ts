import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client.ts";
import { createTestDb } from "../test-db.ts";
import { withDeferredIndexes } from "./deferred-indexes.ts";

describe("withDeferredIndexes", () => {
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

  it("drops the non-unique indexes and foreign keys for the load and restores them exactly", async () => {
    const before = await schema();
    expect(before.indexes.length).toBeGreaterThan(10);
    const during = await withDeferredIndexes(database.db, "transactions", async (tx) => {
      const rows = await tx.execute<{ indexdef: string }>(
        sql`select indexdef from pg_indexes where tablename = 'transactions'`,
      );
      return rows.rows.map((r) => r.indexdef);
    });
    expect(during.every((def) => def.startsWith("CREATE UNIQUE"))).toBe(true);
    expect(await schema()).toEqual(before);
  });

  it("leaves the schema untouched when the load fails", async () => {
    const before = await schema();
    await expect(
      withDeferredIndexes(database.db, "transactions", () => Promise.reject(new Error("load failed"))),
    ).rejects.toThrow("load failed");
    expect(await schema()).toEqual(before);
  });
});
