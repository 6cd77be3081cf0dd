// Disputes by BIN, issuing bank and method of the disputed payment against the captured payments of the same
// segment: a capture reads its authorisation's segment, failed payments and unlinked disputes count nowhere.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDatabase } from "../test-db.ts";
import { disputeBreakdown } from "./analytics-disputes-breakdown.ts";
import { addAccount, addDisputes, addTransactions } from "./analytics-disputes-test-data.ts";

const period = { from: new Date("2026-10-05T00:00:00Z"), to: new Date("2026-10-20T00:00:00Z") };

describe("dispute breakdown", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
    const db = database.db;
    await addAccount(db, "bg1", "begateway");
    const bg = { account: "bg1", provider: "begateway", day: "2026-10-10" };
    await addTransactions(db, {
      ...bg,
      prefix: "visa",
      count: 100,
      type: "payment",
      bin: "424242",
      issuer: "Barclays",
    });
    await addTransactions(db, { ...bg, prefix: "mc", count: 50, type: "payment", bin: "555555", issuer: "Monzo" });
    await addTransactions(db, {
      ...bg,
      prefix: "visa-failed",
      count: 10,
      type: "payment",
      status: "failed",
      bin: "424242",
      issuer: "Barclays",
    });
    // 20 authorisations captured by 20 capture rows that carry no card details of their own.
    await addTransactions(db, {
      ...bg,
      prefix: "auth",
      count: 20,
      type: "authorization",
      bin: "400000",
      issuer: "Revolut",
    });
    await addTransactions(db, { ...bg, prefix: "cap", count: 20, type: "capture", method: null, parent: "auth" });
    await addTransactions(db, { ...bg, prefix: "alipay", count: 30, type: "payment", method: "alipay" });
    await addDisputes(db, { ...bg, prefix: "dv", count: 4, on: "visa" });
    await addDisputes(db, { ...bg, prefix: "dm", count: 3, on: "mc" });
    await addDisputes(db, { ...bg, prefix: "da", count: 2, on: "auth" });
    await addDisputes(db, { ...bg, prefix: "dw", count: 1, on: "alipay", category: "consumer_dispute" });
    await addDisputes(db, { ...bg, prefix: "unlinked", count: 1 });
    // A November dispute is outside the months.
    await addDisputes(db, { ...bg, prefix: "late", count: 1, on: "visa", day: "2026-11-02" });
  });
  afterAll(() => database.close());

  it("counts disputes per BIN against the captured payments of that BIN, the capture read through its authorisation", async () => {
    expect(await disputeBreakdown(database.db, period, "bin", 10)).toEqual([
      { segment: "424242", disputes: 4, payments: 100, rate: 0.04 },
      { segment: "555555", disputes: 3, payments: 50, rate: 0.06 },
      { segment: "400000", disputes: 2, payments: 20, rate: 0.1 },
    ]);
    expect((await disputeBreakdown(database.db, period, "bin", 2)).map((r) => r.segment)).toEqual(["424242", "555555"]);
  });

  it("breaks down by issuing bank and by payment method, narrowed by reason category and account", async () => {
    expect((await disputeBreakdown(database.db, period, "issuer", 10)).map((r) => [r.segment, r.disputes])).toEqual([
      ["Barclays", 4],
      ["Monzo", 3],
      ["Revolut", 2],
    ]);
    expect(await disputeBreakdown(database.db, period, "method", 10)).toEqual([
      { segment: "credit_card", disputes: 9, payments: 170, rate: 9 / 170 },
      { segment: "alipay", disputes: 1, payments: 30, rate: 1 / 30 },
    ]);
    expect(
      await disputeBreakdown(database.db, { ...period, reasonCategory: ["consumer_dispute"] }, "method", 10),
    ).toEqual([{ segment: "alipay", disputes: 1, payments: 30, rate: 1 / 30 }]);
    expect(await disputeBreakdown(database.db, { ...period, accountId: ["other"] }, "bin", 10)).toEqual([]);
  });
});
