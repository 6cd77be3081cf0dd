import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "./client.ts";
import { migrate } from "./migrate.ts";
import { createTestDb, testDatabaseUrl } from "./test-db.ts";

describe("migrations", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  it("creates the core tables on the configured engine", async () => {
    expect(database.kind).toBe(testDatabaseUrl() ? "postgres" : "pglite");
    const result = await database.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const names = result.rows.map((row) => row.table_name);
    for (const table of [
      "provider_accounts",
      "transactions",
      "transaction_events",
      "webhook_inbox",
      "provider_calls",
    ]) {
      expect(names).toContain(table);
    }
  });

  it("is idempotent: running it again changes nothing", async () => {
    await migrate(database);
    const result = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from transactions`);
    expect(result.rows[0]?.n).toBe(0);
  });

  it("stores money as bigint beyond 2^53 without loss", async () => {
    await database.db.execute(
      sql`insert into provider_accounts (id, provider, name, base_url) values ('a1', 'begateway', 'A', 'http://x')`,
    );
    await database.db.execute(
      sql`insert into transactions (account_id, provider, provider_uid, type, status, amount_minor, currency, created_at)
          values ('a1', 'begateway', 'u1', 'payment', 'successful', 9007199254740993, 'EUR', now())`,
    );
    const result = await database.db.execute<{ a: string }>(sql`select amount_minor::text as a from transactions`);
    expect(result.rows[0]?.a).toBe("9007199254740993");
  });
});
