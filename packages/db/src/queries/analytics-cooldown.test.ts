// A costly hour rollup waits before it is grouped again; the minute rollups never wait, and nothing is left out once it
// has waited. On PGlite (or PostgreSQL when DATABASE_URL is set).
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client.ts";
import { createTestDb } from "../test-db.ts";
import { hourCooldown, type HourCooldown } from "./analytics-cooldown.ts";
import { refreshAllRollups, refreshRollups } from "./analytics-refresh.ts";
import { insertGeneratedAttempts } from "./analytics-test-data.ts";

const HOUR = Date.parse("2026-11-05T10:00:00Z");

describe("hour cooldown", () => {
  it("holds an hour back for a multiple of its last refresh once that was costly, never a cheap one", () => {
    const cooldown = hourCooldown(100, 10);
    cooldown.refreshed([HOUR], 99, 0);
    expect(cooldown.ready([HOUR], 1)).toEqual([HOUR]);
    cooldown.refreshed([HOUR], 300, 0);
    expect(cooldown.ready([HOUR, HOUR + 3_600_000], 2_999)).toEqual([HOUR + 3_600_000]);
    expect(cooldown.ready([HOUR], 3_000)).toEqual([HOUR]);
  });
});

describe("refresh with an hour cooldown", () => {
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
    const held: HourCooldown = {
      ready: (hours) => (waiting ? [] : hours),
      refreshed: () => undefined,
    };
    await insert(2);
    await refreshRollups(database.db, { sloMs: 60_000, hourCooldown: held });
    const during = await sums();
    expect(during.minutes).toBeGreaterThan(first.minutes);
    expect(during.hour).toBe(first.hour);
    const marks = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from analytics_dirty where source = 'tx'`,
    );
    expect(Number(marks.rows[0]?.n)).toBe(1);

    waiting = false;
    await refreshRollups(database.db, { sloMs: 60_000, hourCooldown: held });
    const after = await sums();
    expect(after.hour).toBe(after.minutes);
    expect(after.minutes).toBe(during.minutes);
  });
});
