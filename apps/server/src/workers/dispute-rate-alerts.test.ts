// The scheme-line alert through the real rule set: an account projected over the Mastercard ECP line (rate and
// count) raises it, one below the count does not, and the alert ends when the month's projection falls back. ECP
// divides by the PREVIOUS month's card payments (docs/disputes.md §2): more payments this month do not lower it, and
// an account whose sales grew this month crosses it although its same-month rate is under 1.5 %.
import { renderAlertMessage } from "@paylens/domain/alert-messages/render";
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
    await addAccount(db, "mc1", "begateway");
    await addAccount(db, "an1", "antom");
    const bg1 = { account: "bg1", provider: "begateway", type: "payment" };
    // bg1: 40 disputes so far → 120 projected, against October's 4,500 payments (2.67 %): over ECP, under VAMP's count.
    await addTransactions(db, { ...bg1, prefix: "oct", count: 4500, day: "2026-10-02" });
    await addTransactions(db, { ...bg1, prefix: "p", count: 1500, day: "2026-11-02" });
    await addDisputes(db, { account: "bg1", provider: "begateway", prefix: "d", count: 40, day: "2026-11-05" });
    // mc1: sales grew from 1,000 in October to 3,000 so far (9,000 projected). 120 projected disputes are 1.33 % of
    // November's projected payments, under the line, but 12 % of October's: over ECP.
    const mc1 = { account: "mc1", provider: "begateway", type: "payment" };
    await addTransactions(db, { ...mc1, prefix: "oct", count: 1000, day: "2026-10-02" });
    await addTransactions(db, { ...mc1, prefix: "p", count: 3000, day: "2026-11-02" });
    await addDisputes(db, { account: "mc1", provider: "begateway", prefix: "d", count: 40, day: "2026-11-05" });
    // an1: a worse rate (10 of 100) but only 30 disputes projected: no programme counts it.
    await addTransactions(db, {
      account: "an1",
      provider: "antom",
      prefix: "oct",
      count: 100,
      day: "2026-10-02",
      type: "payment",
    });
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

  it("raises ECP on the previous month's payments, keeps it while more sales come, ends it when the projection falls back", async () => {
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
          denominator: "previous_month",
          disputes: 40,
          payments: 4500,
          projectedDisputes: 120,
          projectedPayments: 4500,
          projectedRate: 0.0267,
          lineRate: 0.015,
          lineCount: 100,
        },
        message:
          "begateway bg1: 2026-11 projects 120 disputes, 2.67% of 4,500 card payments (the previous month's), over the Mastercard ECP line (1.5%, 100 disputes)",
        text: expect.objectContaining({ key: "dispute-rate-previous" }),
      },
      {
        rule: "dispute-rate",
        kind: "dispute-rate",
        segment: "account:mc1/mastercard-ecp",
        figures: {
          month: "2026-11",
          denominator: "previous_month",
          disputes: 40,
          payments: 1000,
          projectedDisputes: 120,
          projectedPayments: 1000,
          projectedRate: 0.12,
          lineRate: 0.015,
          lineCount: 100,
        },
        message:
          "begateway mc1: 2026-11 projects 120 disputes, 12% of 1,000 card payments (the previous month's), over the Mastercard ECP line (1.5%, 100 disputes)",
        text: expect.objectContaining({ key: "dispute-rate-previous" }),
      },
    ]);
    await syncAlerts(database.db, firing, NOW);
    const active = await listAlerts(database.db, "active", 50);
    expect(active.map((a) => a.segment).sort()).toEqual(["account:bg1/mastercard-ecp", "account:mc1/mastercard-ecp"]);
    // Stored as a key and figures, it reads in each reader's language.
    const stored = active.find((a) => a.segment === "account:bg1/mastercard-ecp")?.text;
    expect(stored && renderAlertMessage(stored, "ru")?.replace(/\s/g, " ")).toBe(
      "begateway bg1: прогноз на 2026-11 — 120 споров, 2,67 % от 4 500 платежей картами предыдущего месяца; это выше порога Mastercard ECP (1,5 %, споров: 100)",
    );

    // 1,500 more November payments the same day: the same-month rate falls, ECP's October denominator does not.
    await addTransactions(database.db, {
      account: "bg1",
      provider: "begateway",
      prefix: "more",
      count: 1500,
      day: "2026-11-11T01:00:00Z",
      type: "payment",
    });
    const nextDay = new Date("2026-11-12T00:00:00Z");
    const still = (await evaluateAlerts(database.db, DEFAULT_ALERT_CONFIG, nextDay)).filter(
      (a) => a.rule === "dispute-rate",
    );
    expect(still.map((a) => [a.segment, a.figures.projectedDisputes, a.figures.projectedPayments])).toEqual([
      ["account:bg1/mastercard-ecp", 109, 4500],
      ["account:mc1/mastercard-ecp", 109, 1000],
    ]);

    // No new dispute by the 20th: 40 disputes project to 63 for the month, under ECP's count of 100.
    const later = new Date("2026-11-20T00:00:00Z");
    const after = await evaluateAlerts(database.db, DEFAULT_ALERT_CONFIG, later);
    expect(after.filter((a) => a.rule === "dispute-rate")).toEqual([]);
    await syncAlerts(database.db, after, later);
    expect(
      (await listAlerts(database.db, "ended", 50)).filter((a) => a.rule === "dispute-rate").map((a) => a.endedAt),
    ).toEqual([later, later]);
  });
});
