// Settlement days from the ledger: the same movements fall on different days in different time zones.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client.ts";
import { createTestDb } from "../test-db.ts";
import { insertTestTransactions } from "../test-transactions.ts";
import { backfillLedger } from "./ledger.ts";
import { settlementDays, settlementDayTransactions } from "./settlements.ts";

describe("settlement days", () => {
  let database: Database;
  let ids: string[] = [];

  beforeAll(async () => {
    database = await createTestDb();
    const at = (iso: string) => new Date(iso);
    ids = await insertTestTransactions(database.db, [
      // 03:00 UTC on the 10th is 22:00 on the 9th in New York and noon on the 10th in Tokyo.
      {
        providerUid: "tz-1",
        amountMinor: 10_000n,
        createdAt: at("2026-11-10T03:00:00Z"),
        paidAt: at("2026-11-10T03:00:00Z"),
        settledAt: at("2026-11-11T06:00:00Z"),
      },
      // 20:00 UTC on the 10th is 15:00 in New York, 05:00 on the 11th in Tokyo.
      {
        providerUid: "tz-2",
        amountMinor: 2_500n,
        createdAt: at("2026-11-10T20:00:00Z"),
        paidAt: at("2026-11-10T20:00:00Z"),
      },
      {
        providerUid: "tz-3",
        type: "refund",
        amountMinor: 1_000n,
        createdAt: at("2026-11-10T21:00:00Z"),
        paidAt: at("2026-11-10T21:00:00Z"),
      },
      { providerUid: "tz-4", status: "failed", amountMinor: 99_999n, createdAt: at("2026-11-10T12:00:00Z") },
      {
        providerUid: "tz-5",
        amountMinor: 700n,
        currency: "USD",
        createdAt: at("2026-11-10T12:00:00Z"),
        paidAt: at("2026-11-10T12:00:00Z"),
      },
      // Warsaw leaves summer time on 25 Oct 2026: both of these are on the 25th there, one of them on the 24th in UTC.
      {
        providerUid: "tz-6",
        amountMinor: 100n,
        createdAt: at("2026-10-24T22:30:00Z"),
        paidAt: at("2026-10-24T22:30:00Z"),
      },
      {
        providerUid: "tz-7",
        amountMinor: 200n,
        createdAt: at("2026-10-25T22:30:00Z"),
        paidAt: at("2026-10-25T22:30:00Z"),
      },
    ]);
    await backfillLedger(database.db);
  });
  afterAll(() => database.close());

  const brief = (rows: Awaited<ReturnType<typeof settlementDays>>) =>
    rows.map(
      (r) =>
        `${r.day} ${r.currency} n=${r.transactions} cap=${r.capturedMinor} ref=${r.refundedMinor} net=${r.netMinor} set=${r.settledMinor} out=${r.outstandingMinor}`,
    );

  it("cuts days at UTC midnight by default", async () => {
    const rows = await settlementDays(database.db, { from: "2026-11-09", to: "2026-11-11", timeZone: "UTC" });
    expect(brief(rows)).toEqual([
      "2026-11-10 EUR n=3 cap=12500 ref=1000 net=11500 set=10000 out=1500",
      "2026-11-10 USD n=1 cap=700 ref=0 net=700 set=0 out=700",
    ]);
  });

  it("cuts days in New York and in Tokyo", async () => {
    const ny = await settlementDays(database.db, {
      from: "2026-11-09",
      to: "2026-11-11",
      timeZone: "America/New_York",
      currency: "EUR",
    });
    expect(brief(ny)).toEqual([
      "2026-11-10 EUR n=2 cap=2500 ref=1000 net=1500 set=0 out=1500",
      "2026-11-09 EUR n=1 cap=10000 ref=0 net=10000 set=10000 out=0",
    ]);
    const tokyo = await settlementDays(database.db, {
      from: "2026-11-10",
      to: "2026-11-11",
      timeZone: "Asia/Tokyo",
      currency: "EUR",
    });
    expect(brief(tokyo)).toEqual([
      "2026-11-11 EUR n=2 cap=2500 ref=1000 net=1500 set=0 out=1500",
      "2026-11-10 EUR n=1 cap=10000 ref=0 net=10000 set=10000 out=0",
    ]);
  });

  it("gives a 25-hour day when the clocks go back", async () => {
    expect(
      brief(await settlementDays(database.db, { from: "2026-10-24", to: "2026-10-26", timeZone: "Europe/Warsaw" })),
    ).toEqual(["2026-10-25 EUR n=2 cap=300 ref=0 net=300 set=0 out=300"]);
    expect(brief(await settlementDays(database.db, { from: "2026-10-24", to: "2026-10-26", timeZone: "UTC" }))).toEqual(
      [
        "2026-10-25 EUR n=1 cap=200 ref=0 net=200 set=0 out=200",
        "2026-10-24 EUR n=1 cap=100 ref=0 net=100 set=0 out=100",
      ],
    );
  });

  it("drills into one day: its transactions with what was settled and what is owed, in pages", async () => {
    const first = await settlementDayTransactions(
      database.db,
      { day: "2026-11-09", timeZone: "America/New_York", currency: "EUR" },
      10,
      null,
    );
    expect(
      first.rows.map((r) => [
        r.providerUid,
        r.amountMinor,
        r.settledMinor,
        r.outstandingMinor,
        r.settledAt?.toISOString(),
      ]),
    ).toEqual([["tz-1", 10_000n, 10_000n, 0n, "2026-11-11T06:00:00.000Z"]]);
    const page1 = await settlementDayTransactions(database.db, { day: "2026-11-10", timeZone: "UTC" }, 2, null);
    expect(page1.next).not.toBeNull();
    const page2 = await settlementDayTransactions(database.db, { day: "2026-11-10", timeZone: "UTC" }, 2, page1.next);
    expect([...page1.rows, ...page2.rows].map((r) => r.providerUid)).toEqual(["tz-1", "tz-5", "tz-2", "tz-3"]);
    expect(page2.next).toBeNull();
    expect(page1.rows[0]?.transactionId).toBe(ids[0]);
  });

  it("has no ledger entries for the failed payment", async () => {
    const rows = await database.db.execute<{ n: number }>(
      sql`select count(*)::int as n from ledger_entries where transaction_id = ${ids[3]}`,
    );
    expect(rows.rows[0]?.n).toBe(0);
  });
});
