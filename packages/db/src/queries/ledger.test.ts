// The ledger on generated data: every group balances (the database refuses one that does not), and what it holds
// per provider and currency is exactly captured minus refunded, computed straight from the transactions.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client.ts";
import type { SeedPalette } from "../seed/palette.ts";
import { seedTransactions } from "../seed/seed-transactions.ts";
import { createTestDb } from "../test-db.ts";
import { insertTestTransactions } from "../test-transactions.ts";
import { applySnapshot } from "./apply.ts";
import { backfillLedger, ledgerBalances, transactionLedger } from "./ledger.ts";

const palette = (): SeedPalette => ({
  profiles: [
    {
      accountId: "seed-bg",
      accountName: "BG",
      provider: "begateway",
      method: "credit_card",
      card: true,
      currency: null,
      customerCountry: null,
      uidStyle: "dash-hex",
      trackingPrefix: "ord-",
      references: "bank",
      threeDsShare: 0.3,
      weight: 3,
    },
    {
      accountId: "seed-an",
      accountName: "AN",
      provider: "antom",
      method: "credit_card",
      card: true,
      currency: "USD",
      customerCountry: null,
      uidStyle: "dated-digits",
      trackingPrefix: "an-",
      references: "network",
      threeDsShare: 0.3,
      weight: 2,
    },
    {
      accountId: "seed-pk",
      accountName: "PK",
      provider: "pockyt",
      method: "alipay",
      card: false,
      currency: "CNY",
      customerCountry: "CN",
      uidStyle: "digits",
      trackingPrefix: "pk-",
      references: "vendor",
      threeDsShare: 0,
      weight: 1,
    },
  ],
  bins: [
    { bin: "420000", brand: "visa", issuer: "VISA", country: "LT", currency: "EUR", weight: 2 },
    { bin: "520000", brand: "mastercard", issuer: "MC", country: "JP", currency: "JPY", weight: 1 },
  ],
  outcomes: ["begateway", "antom", "pockyt"].flatMap((provider) =>
    ["successful", "failed", "pending"].map((status) => ({
      provider,
      status,
      code: `${provider}-${status}`,
      letter: null,
      service: null,
      message: null,
      friendlyMessage: null,
      reason: status === "failed" ? "do_not_honor" : null,
      retryable: null,
      weight: 1,
    })),
  ),
  statuses: [
    { status: "successful", weight: 8 },
    { status: "failed", weight: 1 },
    { status: "pending", weight: 1 },
  ],
  firstNames: ["anna"],
  lastNames: ["smith"],
  priceUnits: { EUR: 100, USD: 100, CNY: 700, JPY: 1 },
});

type Row = Record<string, string>;

/** The database's own message (drizzle wraps it in "Failed query: …"). */
async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
    return "accepted";
  } catch (error) {
    const cause = (error as { cause?: { message?: string } }).cause;
    return cause?.message ?? (error as Error).message;
  }
}

describe("ledger", () => {
  let database: Database;
  const rows = async (query: ReturnType<typeof sql>) => (await database.db.execute<Row>(query)).rows;

  beforeAll(async () => {
    database = await createTestDb();
    await seedTransactions(database, palette(), {
      count: 4000,
      days: 20,
      seed: 7,
      now: new Date("2026-12-01T00:00:00Z"),
    });
  });
  afterAll(() => database.close());

  it("back-fills the seed's rows once: one group per movement, a settlement per settled sale", async () => {
    const first = await backfillLedger(database.db);
    expect(first.movements).toBeGreaterThan(2500);
    expect((await backfillLedger(database.db)).movements).toBe(0);
    const [counts] = await rows(sql`select
      (select count(*) from money_movements)::text as movements,
      (select count(*) from ledger_groups where movement_id is not null)::text as movement_groups,
      (select count(*) from ledger_groups where kind = 'settlement')::text as settlements,
      (select count(*) from transactions where status = 'successful' and type in ('payment', 'capture')
        and settled_at is not null)::text as settled`);
    expect(counts?.movement_groups).toBe(counts?.movements);
    expect(Number(counts?.settlements)).toBeGreaterThan(1000);
    expect(counts?.settlements).toBe(counts?.settled);
  });

  it("balances every group to zero in one currency", async () => {
    const unbalanced = await rows(
      sql`select group_id from ledger_entries group by group_id having sum(amount_minor) <> 0 or count(distinct currency) <> 1 or count(*) < 2`,
    );
    expect(unbalanced).toEqual([]);
    const [total] = await rows(sql`select sum(amount_minor)::text as s, count(*)::text as n from ledger_entries`);
    expect(total?.s).toBe("0");
    expect(Number(total?.n)).toBeGreaterThan(5000);
  });

  it("holds exactly captured minus refunded per provider and currency, computed from the transactions", async () => {
    const expected = await rows(sql`select provider, currency,
        (sum(amount_minor) filter (where type in ('payment', 'capture')) - coalesce(sum(amount_minor) filter (where type = 'refund'), 0))::text as net
      from transactions where status = 'successful' group by provider, currency order by provider, currency`);
    expect(expected.length).toBeGreaterThanOrEqual(4);
    const balances = await ledgerBalances(database.db, { asOf: null });
    const of = (provider: string, currency: string, ...accounts: string[]) =>
      balances
        .filter((b) => b.provider === provider && b.currency === currency && accounts.includes(b.ledgerAccount))
        .reduce((s, b) => s + b.balanceMinor, 0n);
    for (const { provider, currency, net } of expected) {
      const key = `${provider} ${currency}`;
      // What the provider owes plus what reached the bank (plus fees it kept) is what was captured less refunds …
      expect(`${key} ${of(provider ?? "", currency ?? "", "provider_receivable", "merchant_cash", "fees")}`).toBe(
        `${key} ${net}`,
      );
      // … and the income side says the same with the opposite sign.
      expect(`${key} ${-of(provider ?? "", currency ?? "", "sales", "refunds")}`).toBe(`${key} ${net}`);
    }
  });

  it("answers balances at any instant: before the first movement nothing, at the end everything", async () => {
    expect(await ledgerBalances(database.db, { asOf: new Date("2026-11-01T00:00:00Z") })).toEqual([]);
    const [mid] =
      await rows(sql`select (sum(amount_minor) filter (where kind in ('payment','capture')) - coalesce(sum(amount_minor) filter (where kind = 'refund'), 0))::text as net
      from money_movements where occurred_at < '2026-11-20T00:00:00Z' and provider = 'antom'`);
    const at = await ledgerBalances(database.db, { asOf: new Date("2026-11-20T00:00:00Z"), provider: "antom" });
    expect(
      (-at
        .filter((b) => b.ledgerAccount === "sales" || b.ledgerAccount === "refunds")
        .reduce((s, b) => s + b.balanceMinor, 0n)).toString(),
    ).toBe(mid?.net);
  });

  it("refuses an unbalanced group, a one-sided entry, mixed currencies and any edit", async () => {
    const [group] =
      await rows(sql`insert into ledger_groups (kind, transaction_id, account_id, provider, currency, amount_minor, occurred_at, origin_at, source)
      select 'fee', id, account_id, provider, currency, 5, now(), now(), 'report'
        from transactions limit 1 returning id::text as id, transaction_id::text as tx`);
    const insert = (values: ReturnType<typeof sql>) =>
      database.db.execute(sql`insert into ledger_entries (group_id, ledger_account, amount_minor, currency, account_id,
          provider, transaction_id, kind, occurred_at, origin_at)
        select ${group?.id}::bigint, v.account, v.amount, v.currency, 'seed-bg', 'begateway', ${group?.tx}::uuid,
          'fee', now(), now() from (values ${values}) as v(account, amount, currency)`);
    expect(await refusal(insert(sql`('fees', 5::bigint, 'EUR'), ('provider_receivable', -4::bigint, 'EUR')`))).toMatch(
      /does not balance/,
    );
    expect(await refusal(insert(sql`('fees', 5::bigint, 'EUR')`))).toMatch(/does not balance/);
    expect(await refusal(insert(sql`('fees', 5::bigint, 'EUR'), ('provider_receivable', -5::bigint, 'USD')`))).toMatch(
      /does not balance/,
    );
    await insert(sql`('fees', 5::bigint, 'EUR'), ('provider_receivable', -5::bigint, 'EUR')`);
    // A later statement cannot tip a balanced group over either.
    expect(await refusal(insert(sql`('fees', 1::bigint, 'EUR'), ('fees', 1::bigint, 'EUR')`))).toMatch(
      /does not balance/,
    );
    expect(await refusal(database.db.execute(sql`update ledger_entries set amount_minor = amount_minor * 2`))).toMatch(
      /append-only/,
    );
    expect(await refusal(database.db.execute(sql`delete from ledger_groups`))).toMatch(/append-only/);
  });

  it("posts a movement applied from a provider message at once, and settles it when settled_at arrives", async () => {
    const snapshot = {
      provider: "begateway" as const,
      providerUid: "ledger-live-1",
      parentProviderUid: null,
      type: "payment" as const,
      status: "successful" as const,
      amountMinor: 12_345n,
      currency: "EUR",
      trackingId: null,
      description: null,
      method: null,
      customerEmail: null,
      customerIp: null,
      customerCountry: null,
      rrn: null,
      authCode: null,
      refId: null,
      networkTransactionId: null,
      outcome: {
        code: "S.0000",
        letter: "S" as const,
        service: null,
        message: null,
        friendlyMessage: null,
        reason: null,
        retryable: false,
      },
      verifications: { threeDs: null, avs: null, cvc: null },
      test: true,
      createdAt: new Date("2026-11-30T10:00:00Z"),
      updatedAt: new Date("2026-11-30T10:00:01Z"),
      paidAt: new Date("2026-11-30T10:00:01Z"),
      settledAt: null,
      closedAt: null,
      expiredAt: null,
      details: {},
      raw: {},
    };
    await insertTestTransactions(database.db, []);
    const applied = await applySnapshot(database.db, {
      accountId: "test-begateway",
      snapshot,
      kind: "webhook",
      receivedAt: new Date("2026-11-30T10:00:02Z"),
    });
    // The same message again changes nothing in the ledger.
    await applySnapshot(database.db, {
      accountId: "test-begateway",
      snapshot,
      kind: "webhook",
      receivedAt: new Date("2026-11-30T10:00:03Z"),
    });
    const id = applied.transactionId as string;
    let entries = await transactionLedger(database.db, id);
    expect(entries.map((e) => [e.kind, e.ledgerAccount, e.amountMinor])).toEqual([
      ["payment", "provider_receivable", 12_345n],
      ["payment", "sales", -12_345n],
    ]);
    await applySnapshot(database.db, {
      accountId: "test-begateway",
      snapshot: {
        ...snapshot,
        settledAt: new Date("2026-12-01T06:00:00Z"),
        updatedAt: new Date("2026-12-01T06:00:00Z"),
      },
      kind: "poll",
      receivedAt: new Date("2026-12-01T06:00:05Z"),
    });
    entries = await transactionLedger(database.db, id);
    expect(
      entries
        .filter((e) => e.kind === "settlement")
        .map((e) => [e.ledgerAccount, e.amountMinor, e.occurredAt.toISOString()]),
    ).toEqual([
      ["merchant_cash", 12_345n, "2026-12-01T06:00:00.000Z"],
      ["provider_receivable", -12_345n, "2026-12-01T06:00:00.000Z"],
    ]);
  });
});
