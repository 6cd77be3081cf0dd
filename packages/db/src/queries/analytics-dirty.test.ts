// Dirty marks (migrations 0019, 0021): writers in the same minute never wait for each other's mark nor for a refresher
// taking theirs, and the refresher leaves the mark of an open transaction for after its commit, so no row is left out
// of the rollups. Two sessions at once:
// PostgreSQL only (PGlite has one connection).
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client.ts";
import { createTestDb, testDatabaseUrl } from "../test-db.ts";
import { refreshAllRollups, refreshRollups } from "./analytics-refresh.ts";

const MINUTE = "2026-11-05T10:15:00Z";
const call = (id: string) =>
  `insert into provider_calls (account_id, provider, operation, started_at, duration_ms, outcome)
   values ('${id}', 'begateway', 'create', '2026-11-05T10:15:${id.slice(-2)}Z', 120, 'ok')`;

describe.skipIf(!testDatabaseUrl())("dirty marks with concurrent writers", () => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());
  const marks = async () =>
    Number(
      (
        await database.db.execute<{ n: number }>(
          sql`select count(*)::int as n from analytics_dirty where source = 'calls' and bucket = ${MINUTE}::timestamptz`,
        )
      ).rows[0]?.n,
    );

  it("lets a second writer of the same minute commit while the first is open, and refreshes both minutes' rows", async () => {
    const pool = database.pool;
    if (!pool) throw new Error("PostgreSQL expected");
    const first = await pool.connect();
    const second = await pool.connect();
    try {
      await first.query("begin");
      await first.query(call("acct-dirty-11"));
      // One shared mark would hold this insert until the first commits: the lock timeout turns that wait into an error.
      await second.query("begin");
      await second.query("set local lock_timeout = '5s'");
      await second.query(call("acct-dirty-22"));
      await second.query("commit");

      // The refresher takes the committed writer's mark; the open one's is not its to take yet.
      await refreshRollups(database.db, { sloMs: 60_000 });
      expect(await marks()).toBe(0);
      await first.query("commit");
      expect(await marks()).toBe(1);
      await refreshAllRollups(database.db, { sloMs: 60_000 });
      const hits = await database.db.execute<{ n: number }>(
        sql`select coalesce(sum(hits), 0)::int as n from analytics_calls_1m where bucket = ${MINUTE}::timestamptz`,
      );
      expect(hits.rows[0]?.n).toBe(2);
      expect(await marks()).toBe(0);
    } finally {
      first.release();
      second.release();
    }
  });

  it("lets a session write again in a minute whose mark a refresher is still taking", async () => {
    const pool = database.pool;
    if (!pool) throw new Error("PostgreSQL expected");
    const writer = await pool.connect();
    const refresher = await pool.connect();
    try {
      await writer.query(call("acct-dirty-33"));
      // The refresher's claim, held open as a long refresh would hold it.
      await refresher.query("begin");
      await refresher.query("delete from analytics_dirty where source = 'calls'");
      // The same session, same minute: a mark per session would wait here for the refresher's commit.
      await writer.query("begin");
      await writer.query("set local lock_timeout = '5s'");
      await writer.query(call("acct-dirty-44"));
      await writer.query("commit");
      await refresher.query("commit");
      expect(await marks()).toBe(1);
    } finally {
      writer.release();
      refresher.release();
    }
  });
});
