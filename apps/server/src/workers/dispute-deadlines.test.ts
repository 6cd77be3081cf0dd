// Dispute deadline alerts through the real rule set and alert rows: one due in 2 days warns, one due in 12 hours
// escalates, and both end when the disputes are decided; a dispute past its deadline or already answered raises none.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { listAlerts, syncAlerts } from "@paylens/db/queries/alerts";
import { createTestDb } from "@paylens/db/test-db";
import { DEFAULT_ALERT_CONFIG, evaluateAlerts } from "./evaluate-alerts.ts";

const T = new Date("2026-11-10T12:00:00Z");
const HOUR = 3_600_000;

describe("dispute deadline alerts", () => {
  let database: Database;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    database = await createTestDb();
    await database.db.execute(
      sql`insert into provider_accounts (id, provider, name, base_url) values ('bg1', 'begateway', 'BG', 'http://x')`,
    );
    const add = async (key: string, status: string, dueInMs: number) => {
      const row = await database.db.execute<{ id: string }>(sql`
        insert into disputes (provider, account_id, provider_dispute_id, payment_provider_uid, stage, status,
          amount_minor, currency, due_at, opened_at, raw)
        values ('begateway', 'bg1', ${key}, ${`pay-${key}`}, 'chargeback', ${status}, 1500, 'EUR',
          ${new Date(T.getTime() + dueInMs).toISOString()}::timestamptz, ${new Date(T.getTime() - 48 * HOUR).toISOString()}::timestamptz, '{}'::jsonb)
        returning id`);
      ids[key] = row.rows[0]?.id as string;
    };
    await add("cb-2d", "needs_response", 48 * HOUR);
    await add("cb-12h", "needs_response", 12 * HOUR);
    await add("cb-12d", "needs_response", 12 * 24 * HOUR);
    await add("cb-late", "needs_response", -HOUR);
    await add("cb-answered", "under_review", 10 * HOUR);
  });
  afterAll(() => database.close());

  it("warns at 3 days, escalates within a day, and ends both when the disputes are decided", async () => {
    const firing = (await evaluateAlerts(database.db, DEFAULT_ALERT_CONFIG, T)).filter((a) =>
      a.segment.startsWith("dispute:"),
    );
    expect(firing.map((a) => [a.rule, a.segment]).sort()).toEqual(
      [
        ["dispute-due", `dispute:${ids["cb-2d"]}`],
        ["dispute-due-final", `dispute:${ids["cb-12h"]}`],
      ].sort(),
    );
    await syncAlerts(database.db, firing, T);
    const active = await listAlerts(database.db, "active", 50);
    const warn = active.find((a) => a.segment === `dispute:${ids["cb-2d"]}`);
    expect(warn).toMatchObject({ rule: "dispute-due", kind: "dispute-due", endedAt: null });
    expect(warn?.figures).toEqual({ dueAt: "2026-11-12T12:00:00.000Z", hoursLeft: 48 });
    expect(warn?.message).toBe("begateway dispute cb-2d (bg1) needs a response within 2 days");
    const final = active.find((a) => a.segment === `dispute:${ids["cb-12h"]}`);
    expect(final).toMatchObject({ rule: "dispute-due-final", kind: "dispute-due-final", endedAt: null });
    expect(final?.message).toBe("Last day: begateway dispute cb-12h (bg1) needs a response within 12 h");

    // A day later the 2-day dispute is inside its last day: the warning ends and the escalation is raised.
    const dayLater = new Date(T.getTime() + 25 * HOUR);
    await database.db.execute(sql`update disputes set status = 'won' where id = ${ids["cb-12h"]}`);
    const next = await evaluateAlerts(database.db, DEFAULT_ALERT_CONFIG, dayLater);
    expect(next.filter((a) => a.segment.startsWith("dispute:")).map((a) => [a.rule, a.segment])).toEqual([
      ["dispute-due-final", `dispute:${ids["cb-2d"]}`],
    ]);
    expect(await syncAlerts(database.db, next, dayLater)).toEqual({ raised: 1, ended: 2 });

    await database.db.execute(sql`update disputes set status = 'lost' where id = ${ids["cb-2d"]}`);
    const decided = new Date(dayLater.getTime() + HOUR);
    await syncAlerts(database.db, await evaluateAlerts(database.db, DEFAULT_ALERT_CONFIG, decided), decided);
    expect((await listAlerts(database.db, "active", 50)).filter((a) => a.segment.startsWith("dispute:"))).toEqual([]);
    const ended = await listAlerts(database.db, "ended", 50);
    expect(
      ended.find((a) => a.rule === "dispute-due-final" && a.segment === `dispute:${ids["cb-12h"]}`)?.endedAt,
    ).toEqual(dayLater);
    expect(
      ended.find((a) => a.rule === "dispute-due-final" && a.segment === `dispute:${ids["cb-2d"]}`)?.endedAt,
    ).toEqual(decided);
  });
});
