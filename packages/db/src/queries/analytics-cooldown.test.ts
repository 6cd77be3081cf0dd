// A costly rollup bucket (minute or hour) waits before it is grouped again, keeping its mark meanwhile, and nothing is
// left out once it has waited. On PGlite (or PostgreSQL when DATABASE_URL is set).
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client.ts";
import { createTestDb } from "../test-db.ts";
import { bucketKey, rollupCooldown, type RollupCooldown } from "./analytics-cooldown.ts";
import { refreshAllRollups, refreshRollups } from "./analytics-refresh.ts";
import { insertGeneratedAttempts } from "./analytics-test-data.ts";

const HOUR = Date.parse("2026-11-05T10:00:00Z");

describe("rollup cooldown", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  it("holds a bucket back for a multiple of its last refresh once that was costly, for every instance", async () => {
    // Two instances' refreshers: what one learnt, the other keeps.
    const one = rollupCooldown(100, 10);
    const other = rollupCooldown(100, 10);
    const hour = bucketKey("tx", "hour", HOUR);
    const next = bucketKey("tx", "hour", HOUR + 3_600_000);
    const minute = bucketKey("tx", "minute", HOUR);
    const events = bucketKey("events", "hour", HOUR);
    await database.db.transaction(async (tx) => {
      await one.refreshed(tx, [hour], 99, 0);
      expect(await other.ready(tx, [hour], 1)).toEqual([hour]);
      await one.refreshed(tx, [hour], 300, 0);
      // The same instant as a minute, or of another family, is another bucket.
      expect(await other.ready(tx, [hour, next, minute, events], 2_999)).toEqual([next, minute, events]);
      expect(await other.ready(tx, [hour], 3_000)).toEqual([hour]);
      // Buckets refreshed together each wait for the whole refresh, a minute at most (a long backlog pass).
      const minutes = Array.from({ length: 1_440 }, (_, i) => bucketKey("tx", "minute", HOUR + i * 60_000));
      await one.refreshed(tx, minutes.slice(0, 2), 500, 10_000);
      expect(await other.ready(tx, minutes.slice(0, 3), 14_999)).toEqual(minutes.slice(2, 3));
      await one.refreshed(tx, minutes, 30_000, 20_000);
      expect(await other.ready(tx, minutes, 79_999)).toEqual([]);
      expect(await other.ready(tx, minutes, 80_000)).toEqual(minutes);
    });
    // Only the waits not over yet are kept.
    const rows = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from analytics_cooldown`);
    expect(Number(rows.rows[0]?.n)).toBe(1_440);
  });
});

describe("refresh with a cooldown", () => {
  let database: Database;
  const sums = async () => {
    const minute = await database.db.execute<{ n: number }>(
      sql`select coalesce(sum(attempts), 0)::int as n from analytics_attempts_1m where bucket >= ${new Date(HOUR).toISOString()}::timestamptz`,
    );
    const hour = await database.db.execute<{ n: number }>(
      sql`select coalesce(sum(attempts), 0)::int as n from analytics_segments_1h where dimension = 'provider' and bucket = ${new Date(HOUR).toISOString()}::timestamptz`,
    );
    return { minutes: Number(minute.rows[0]?.n), hour: Number(hour.rows[0]?.n) };
  };
  const insert = (seed: number) =>
    insertGeneratedAttempts(database.db, { count: 200, from: new Date(HOUR), spanMs: 600_000, seed });

  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  it("refreshes the minutes at once and the held-back hour on a pass after its wait, keeping its mark meanwhile", async () => {
    await insert(1);
    await refreshAllRollups(database.db, { sloMs: 60_000 });
    const first = await sums();
    expect(first.hour).toBe(first.minutes);

    // Every refresh counts as costly, and the wait is as long as the test wants it.
    let waiting = true;
    const held: RollupCooldown = {
      ready: async (_tx, keys) => (waiting ? keys.filter((key) => !key.includes(":hour:")) : keys),
      refreshed: async () => undefined,
    };
    await insert(2);
    await refreshRollups(database.db, { sloMs: 60_000, cooldown: held });
    const during = await sums();
    expect(during.minutes).toBeGreaterThan(first.minutes);
    expect(during.hour).toBe(first.hour);
    const marks = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from analytics_dirty where source = 'tx'`,
    );
    expect(Number(marks.rows[0]?.n)).toBe(1);

    waiting = false;
    await refreshRollups(database.db, { sloMs: 60_000, cooldown: held });
    const after = await sums();
    expect(after.hour).toBe(after.minutes);
    expect(after.minutes).toBe(during.minutes);
  });
});

describe("refresh with the current minutes held back", () => {
  let database: Database;
  const minuteSum = async () => {
    const rows = await database.db.execute<{ n: number }>(
      sql`select coalesce(sum(attempts), 0)::int as n from analytics_attempts_1m where bucket >= ${new Date(HOUR).toISOString()}::timestamptz`,
    );
    return Number(rows.rows[0]?.n);
  };
  const marks = async () => {
    const rows = await database.db.execute<{ n: number }>(
      sql`select count(distinct bucket)::int as n from analytics_dirty where source = 'tx'`,
    );
    return Number(rows.rows[0]?.n);
  };

  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  it("leaves held minutes marked and unrefreshed, and refreshes them all once they may go", async () => {
    await insertGeneratedAttempts(database.db, { count: 200, from: new Date(HOUR), spanMs: 600_000, seed: 3 });
    const dirty = await marks();
    expect(dirty).toBeGreaterThan(1);

    let waiting = true;
    const held: RollupCooldown = {
      ready: async (_tx, keys) => (waiting ? keys.filter((key) => !key.startsWith("tx:minute:")) : keys),
      refreshed: async () => undefined,
    };
    await refreshRollups(database.db, { sloMs: 60_000, cooldown: held });
    expect(await minuteSum()).toBe(0);
    expect(await marks()).toBe(dirty);

    waiting = false;
    await refreshRollups(database.db, { sloMs: 60_000, cooldown: held });
    const attempts = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from transactions where type in ('payment', 'authorization')`,
    );
    expect(await minuteSum()).toBe(Number(attempts.rows[0]?.n));
    expect(await minuteSum()).toBeGreaterThan(0);
    expect(await marks()).toBe(0);
  });
});
