// The scheme-line alert through the real rule set: an account projected over the Mastercard ECP line (rate and
// count) raises it, one below the count does not, and the alert ends when the month's projection falls back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listAlerts, syncAlerts } from "@paylens/db/queries/alerts";
import { addAccount, addDisputes, addTransactions } from "@paylens/db/queries/analytics-disputes-test-data";
import { createTestDb, type TestDatabase } from "@paylens/db/test-db";
import { DEFAULT_ALERT_CONFIG, evaluateAlerts } from "./evaluate-alerts.ts";

// A third of November has passed: the month's counts so far are tripled.
const NOW = new Date("2026-11-11T00:00:00Z");

describe("dispute rate alert", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
    const db = database.db;
    await addAccount(db, "bg1", "begateway");
    await addAccount(db, "an1", "antom");
    // bg1: 40 disputes of 1,500 payments so far → 120 of 4,500 projected (2.67 %): over ECP, under VAMP's count.
    await addTransactions(db, {
      account: "bg1",
      provider: "begateway",
      prefix: "p",
      count: 1500,
      day: "2026-11-02",
      type: "payment",
    });
    await addDisputes(db, { account: "bg1", provider: "begateway", prefix: "d", count: 40, day: "2026-11-05" });
    // an1: a worse rate (10 of 100) but only 30 disputes projected: no programme counts it.
    await addTransactions(db, {
      account: "an1",
      provider: "antom",
      prefix: "p",
      count: 100,
      day: "2026-11-02",
      type: "payment",
    });
    await addDisputes(db, { account: "an1", provider: "antom", prefix: "d", count: 10, day: "2026-11-05" });
  });
  afterAll(() => database.close());

  it("raises the ECP alert for the account projected over it, and ends it when the projection falls back", async () => {
    const firing = (await evaluateAlerts(database.db, DEFAULT_ALERT_CONFIG, NOW)).filter(
      (a) => a.rule === "dispute-rate",
    );
    expect(firing).toEqual([
      {
        rule: "dispute-rate",
        kind: "dispute-rate",
        segment: "account:bg1/mastercard-ecp",
        figures: {
          month: "2026-11",
          disputes: 40,
          payments: 1500,
          projectedDisputes: 120,
          projectedPayments: 4500,
          projectedRate: 0.0267,
          lineRate: 0.015,
          lineCount: 100,
        },
        message:
          "begateway bg1: 2026-11 projects 120 disputes, 2.67 % of 4500 card payments, over the Mastercard ECP line (1.50 %, 100 disputes)",
      },
    ]);
    await syncAlerts(database.db, firing, NOW);
    expect((await listAlerts(database.db, "active", 50)).map((a) => a.segment)).toEqual(["account:bg1/mastercard-ecp"]);

    // More captured payments the next day bring the projected rate under 1.5 %.
    await addTransactions(database.db, {
      account: "bg1",
      provider: "begateway",
      prefix: "more",
      count: 1500,
      day: "2026-11-11T01:00:00Z",
      type: "payment",
    });
    const later = new Date("2026-11-12T00:00:00Z");
    const after = await evaluateAlerts(database.db, DEFAULT_ALERT_CONFIG, later);
    expect(after.filter((a) => a.rule === "dispute-rate")).toEqual([]);
    await syncAlerts(database.db, after, later);
    expect((await listAlerts(database.db, "ended", 50)).find((a) => a.rule === "dispute-rate")?.endedAt).toEqual(later);
  });
});
