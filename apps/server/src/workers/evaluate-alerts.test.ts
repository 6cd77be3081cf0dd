// Alert rules end to end on generated data with time compressed: an issuer's declines raise an alert (also in
// /metrics), its recovery ends it, and noise on a tiny segment raises nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { listAlerts, syncAlerts } from "@paylens/db/queries/alerts";
import { refreshAllRollups } from "@paylens/db/queries/analytics-refresh";
import { insertGeneratedAttempts } from "@paylens/db/queries/analytics-test-data";
import { createTestDb } from "@paylens/db/test-db";
import { AccountBook } from "../accounts.ts";
import { createServer } from "../server.ts";
import { approvalDrops, DEFAULT_ALERT_CONFIG, evaluateAlerts } from "./evaluate-alerts.ts";

const T = new Date("2026-11-10T12:02:00Z");
const config = { ...DEFAULT_ALERT_CONFIG, windowMs: 5 * 60_000 };
const MIN = 60_000;

describe("alerts", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDb();
    // Baseline: the previous day, every issuer approving ~90 %.
    await insertGeneratedAttempts(database.db, {
      count: 2000,
      from: new Date(T.getTime() - 25 * 3_600_000),
      spanMs: 24 * 3_600_000,
      seed: 1,
      approveFor: () => 0.9,
      uidPrefix: "base",
    });
    await refreshAllRollups(database.db, { sloMs: config.sloMs });
  });
  afterAll(() => database.close());

  it("raises an approval-drop alert for the declining issuer, shows it in /metrics, and ends it when the issuer recovers", async () => {
    await insertGeneratedAttempts(database.db, {
      count: 160,
      from: new Date(T.getTime() - 5 * MIN),
      spanMs: 5 * MIN - 1000,
      seed: 2,
      uidPrefix: "incident",
      approveFor: (issuer) => (issuer === "CHASE" ? 0.05 : 0.9),
    });
    await refreshAllRollups(database.db, { sloMs: config.sloMs });
    const firing = await evaluateAlerts(database.db, config, T);
    expect(firing.map((a) => a.segment)).toContain("issuer:CHASE");
    expect(firing.map((a) => a.segment)).not.toContain("issuer:BARCLAYS");
    expect(await syncAlerts(database.db, firing, T)).toMatchObject({ raised: firing.length, ended: 0 });
    const active = await listAlerts(database.db, "active", 50);
    const chase = active.find((a) => a.segment === "issuer:CHASE");
    expect(chase?.rule).toBe("approval-drop");
    expect(Number(chase?.figures.rate)).toBeLessThan(0.3);
    expect(chase?.endedAt).toBeNull();

    const server = await createServer({
      db: database.db,
      dbKind: database.kind,
      accounts: new AccountBook([]),
      webDist: null,
      logger: false,
    });
    const metrics = await server.app.inject({ method: "GET", url: "/metrics" });
    expect(metrics.statusCode).toBe(200);
    expect(metrics.body).toContain(
      `paylens_alerts_active{rule="approval-drop"} ${active.filter((a) => a.rule === "approval-drop").length}`,
    );
    expect(metrics.body).toMatch(/paylens_webhook_inbox_pending 0/);
    await server.stop();

    // Switched off: the next window is healthy again.
    const later = new Date(T.getTime() + 10 * MIN);
    await insertGeneratedAttempts(database.db, {
      count: 160,
      from: new Date(later.getTime() - 5 * MIN),
      spanMs: 5 * MIN - 1000,
      seed: 3,
      approveFor: () => 0.9,
      uidPrefix: "after",
    });
    await refreshAllRollups(database.db, { sloMs: config.sloMs });
    const after = await evaluateAlerts(database.db, config, later);
    expect(after.map((a) => a.segment)).not.toContain("issuer:CHASE");
    await syncAlerts(database.db, after, later);
    const ended = (await listAlerts(database.db, "ended", 50)).find((a) => a.segment === "issuer:CHASE");
    expect(ended?.endedAt).toEqual(later);
    expect((await listAlerts(database.db, "active", 50)).some((a) => a.segment === "issuer:CHASE")).toBe(false);
  });

  it("does not fire on a handful of attempts however bad, nor on a drop inside the noise", () => {
    const baseline = [{ dimension: "bin" as const, segment: "999001", approved: 900, declined: 100 }];
    expect(
      approvalDrops([{ dimension: "bin", segment: "999001", approved: 0, declined: 4 }], baseline, config),
    ).toEqual([]);
    expect(
      approvalDrops([{ dimension: "bin", segment: "999001", approved: 16, declined: 4 }], baseline, config),
    ).toEqual([]);
    expect(
      approvalDrops([{ dimension: "bin", segment: "999001", approved: 2, declined: 18 }], baseline, config),
    ).toHaveLength(1);
  });
});
