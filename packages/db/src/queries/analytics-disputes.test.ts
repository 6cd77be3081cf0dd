// The dispute rate per month on rows with known counts: only successful card payments and captures are the
// denominator, disputes count in the month they opened, and the running month is projected by the share elapsed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDatabase } from "../test-db.ts";
import { disputeRate } from "./analytics-disputes.ts";
import { addAccount, addDisputes, addTransactions } from "./analytics-disputes-test-data.ts";

// 10 of November's 30 days have passed: a third of the month.
const NOW = new Date("2026-11-11T00:00:00Z");
const period = { from: new Date("2026-10-05T00:00:00Z"), to: NOW };

describe("dispute rate", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
    const db = database.db;
    await addAccount(db, "bg1", "begateway");
    await addAccount(db, "an1", "antom");
    const bg = { account: "bg1", provider: "begateway" };
    // October: 150 card payments + 50 captures of card authorisations (the capture row names no method) = 200.
    await addTransactions(db, { ...bg, prefix: "oct-pay", count: 150, day: "2026-10-03", type: "payment" });
    await addTransactions(db, { ...bg, prefix: "oct-auth", count: 50, day: "2026-10-04", type: "authorization" });
    await addTransactions(db, {
      ...bg,
      prefix: "oct-cap",
      count: 50,
      day: "2026-10-05",
      type: "capture",
      method: null,
      parent: "oct-auth",
    });
    // Not card payments captured: failed, another method, a refund, a payment of September.
    await addTransactions(db, {
      ...bg,
      prefix: "oct-failed",
      count: 30,
      day: "2026-10-06",
      type: "payment",
      status: "failed",
    });
    await addTransactions(db, {
      ...bg,
      prefix: "oct-alipay",
      count: 20,
      day: "2026-10-06",
      type: "payment",
      method: "alipay",
    });
    await addTransactions(db, { ...bg, prefix: "oct-refund", count: 5, day: "2026-10-07", type: "refund" });
    await addTransactions(db, { ...bg, prefix: "sep-pay", count: 70, day: "2026-09-20", type: "payment" });
    await addDisputes(db, { ...bg, prefix: "oct-fraud", count: 2, day: "2026-10-20", status: "lost" });
    await addDisputes(db, {
      ...bg,
      prefix: "oct-consumer",
      count: 1,
      day: "2026-10-31T23:00:00Z",
      category: "consumer_dispute",
    });
    await addDisputes(db, { ...bg, prefix: "sep", count: 4, day: "2026-09-30" });
    // November so far: 40 payments, 2 disputes.
    await addTransactions(db, { ...bg, prefix: "nov-pay", count: 40, day: "2026-11-02", type: "payment" });
    await addDisputes(db, { ...bg, prefix: "nov", count: 2, day: "2026-11-09" });
    // Antom: a dispute in a month without payments.
    await addDisputes(db, { account: "an1", provider: "antom", prefix: "an", count: 1, day: "2026-10-10" });
  });
  afterAll(() => database.close());

  it("counts disputes against captured card payments per month and account, projecting the running month", async () => {
    expect(await disputeRate(database.db, period, NOW)).toEqual([
      {
        month: "2026-10",
        provider: "antom",
        accountId: "an1",
        disputes: 1,
        payments: 0,
        previousPayments: 0,
        rate: null,
        projected: null,
      },
      {
        month: "2026-10",
        provider: "begateway",
        accountId: "bg1",
        disputes: 3,
        payments: 200,
        // September's 70 payments, read although September is before the period: October's ECP denominator.
        previousPayments: 70,
        rate: 0.015,
        projected: null,
      },
      {
        month: "2026-11",
        provider: "begateway",
        accountId: "bg1",
        disputes: 2,
        payments: 40,
        previousPayments: 200,
        rate: 0.05,
        projected: { disputes: 6, payments: 120, previousPayments: 200 },
      },
    ]);
  });

  it("narrows to a provider, an account and a reason category", async () => {
    const rows = await disputeRate(
      database.db,
      { ...period, provider: ["begateway"], accountId: ["bg1"], reasonCategory: ["consumer_dispute"] },
      NOW,
    );
    expect(rows.map((r) => [r.month, r.disputes, r.payments, r.rate])).toEqual([
      ["2026-10", 1, 200, 0.005],
      ["2026-11", 0, 40, 0],
    ]);
    expect(await disputeRate(database.db, { ...period, provider: ["pockyt"] }, NOW)).toEqual([]);
  });
});
