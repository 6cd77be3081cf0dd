// The search SQL on the configured engine (PGlite, or PostgreSQL with DATABASE_URL): identifiers, filters, totals.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSearchQuery } from "@paylens/domain/search-query";
import type { Database } from "../client.ts";
import { createTestDb } from "../test-db.ts";
import { insertTestTransactions, type TestTransaction } from "../test-transactions.ts";
import { searchTotals, searchTransactions } from "./search.ts";

const FIXTURE: Record<string, TestTransaction> = {
  card: {
    providerUid: "46154-aba1cf5e57",
    trackingId: "ord-1",
    rrn: "123456789012",
    authCode: "A1B2C3",
    refId: "8889912",
    customerEmail: "John.Doe@Example.com",
    cardBin: "420000",
    cardLast4: "0000",
    cardBrand: "visa",
    issuerName: "VISA CREDIT BANK",
    issuerCountry: "LT",
    methodType: "credit_card",
    amountMinor: 10000n,
    currency: "EUR",
    code: "S.0000",
    outcomeLetter: "S",
    createdAt: new Date("2026-11-01T10:00:00Z"),
  },
  refund: {
    providerUid: "46155-bbbbbbbbbb",
    parentProviderUid: "46154-aba1cf5e57",
    type: "refund",
    trackingId: "ord-1",
    amountMinor: 5000n,
    currency: "EUR",
    cardBin: "420000",
    cardLast4: "0000",
    createdAt: new Date("2026-11-02T09:00:00Z"),
  },
  antom: {
    provider: "antom",
    providerUid: "202611011145000000000001",
    trackingId: "pr-0001",
    networkTransactionId: "MCC0000123",
    status: "failed",
    code: "USER_BALANCE_NOT_ENOUGH",
    reason: "insufficient_funds",
    amountMinor: 15000n,
    currency: "JPY",
    methodType: "credit_card",
    cardBin: "454294",
    cardLast4: "4242",
    cardBrand: "visa",
    issuerName: "MIZUHO",
    issuerCountry: "JP",
    customerEmail: "jane@example.org",
    createdAt: new Date("2026-11-03T08:00:00Z"),
  },
  wallet: {
    provider: "pockyt",
    providerUid: "297553638298245023",
    trackingId: "order-42",
    refId: "2026112322001",
    status: "expired",
    reason: "expired",
    amountMinor: 31500n,
    currency: "CNY",
    methodType: "alipay",
    customerEmail: "buyer1@example.com",
    createdAt: new Date("2026-10-31T23:59:59.999Z"),
    test: true,
  },
  big: {
    providerUid: "46156-cccccccccc",
    amountMinor: 9007199254740993n,
    currency: "EUR",
    createdAt: new Date("2026-11-05T00:00:00Z"),
  },
  kwd: {
    providerUid: "46157-dddddddddd",
    amountMinor: 1500n,
    currency: "KWD",
    createdAt: new Date("2026-11-04T00:00:00Z"),
  },
  eurSmall: {
    providerUid: "46158-eeeeeeeeee",
    amountMinor: 150n,
    currency: "EUR",
    createdAt: new Date("2026-11-04T00:00:01Z"),
  },
  byTracking: {
    providerUid: "46159-ffffffffff",
    trackingId: "555000111222",
    createdAt: new Date("2026-11-06T00:00:00Z"),
  },
  byRrn: { providerUid: "46160-0000000000", rrn: "555000111222", createdAt: new Date("2026-11-07T00:00:00Z") },
};

describe("search SQL", () => {
  let database: Database;
  const id: Record<string, string> = {};
  const search = (
    q: string,
    extra: {
      sort?: "created" | "amount" | "status" | "provider" | "type" | "code";
      dir?: "asc" | "desc";
      limit?: number;
      cursor?: string | null;
    } = {},
  ) =>
    searchTransactions(database.db, {
      terms: parseSearchQuery(q).terms,
      sort: extra.sort ?? "created",
      dir: extra.dir ?? "desc",
      limit: extra.limit ?? 50,
      cursor: extra.cursor ?? null,
    });
  const names = (items: { id: string }[]) =>
    items.map((item) => Object.keys(id).find((name) => id[name] === item.id) ?? item.id);

  beforeAll(async () => {
    database = await createTestDb();
    const keys = Object.keys(FIXTURE);
    const ids = await insertTestTransactions(
      database.db,
      keys.map((key) => FIXTURE[key]!),
    );
    keys.forEach((key, i) => (id[key] = ids[i]!));
  });
  afterAll(() => database.close());

  describe("a bare identifier", () => {
    it.each([
      ["46154-aba1cf5e57", "card", "uid"],
      ["202611011145000000000001", "antom", "uid"],
      ["297553638298245023", "wallet", "uid"],
      ["pr-0001", "antom", "tracking"],
      ["order-42", "wallet", "tracking"],
      ["123456789012", "card", "rrn"],
      ["A1B2C3", "card", "auth"],
      ["8889912", "card", "ref"],
      ["2026112322001", "wallet", "ref"],
      ["MCC0000123", "antom", "network"],
      ["john.doe@example.com", "card", "email"],
      ["JANE@EXAMPLE.ORG", "antom", "email"],
    ])("%s finds its transaction first, matched by %s", async (q, name, kind) => {
      const page = await search(q);
      expect(names(page.items)[0]).toBe(name);
      expect(page.matchedBy).toBe(kind);
    });

    it("finds a transaction by our own id", async () => {
      const page = await search(id.card!);
      expect(names(page.items)).toEqual(["card"]);
      expect(page.matchedBy).toBe("id");
    });

    it("returns a tracking id's payment and its refund together", async () => {
      expect(names((await search("ord-1")).items).sort()).toEqual(["card", "refund"]);
    });

    it("ranks the more specific identifier first when one value is two things", async () => {
      const page = await search("555000111222");
      expect(names(page.items)).toEqual(["byTracking", "byRrn"]);
      expect(page.matchedBy).toBe("tracking");
      const first = await search("555000111222", { limit: 1 });
      const second = await search("555000111222", { limit: 1, cursor: first.nextCursor });
      expect([...names(first.items), ...names(second.items)]).toEqual(["byTracking", "byRrn"]);
      expect(second.nextCursor).toBeNull();
    });

    it("reads 4 digits beside an amount as last 4 + amount, in the amount's currency", async () => {
      const eur = await search("0000 amount:100.00 currency:EUR");
      expect(names(eur.items)).toEqual(["card"]);
      expect(eur.matchedBy).toBe("last4+amount");
      const jpy = await search("4242 amount:15000");
      expect(names(jpy.items)).toEqual(["antom"]);
      expect(jpy.matchedBy).toBe("last4+amount");
    });

    it("falls back to the BIN for 6–8 digits that are no identifier", async () => {
      const page = await search("454294");
      expect(names(page.items)).toEqual(["antom"]);
      expect(page.matchedBy).toBe("bin");
    });

    it("says plainly when nothing matches", async () => {
      for (const q of ["does-not-exist", "nobody@example.com", "999999", "9999 amount:1.00"]) {
        const page = await search(q);
        expect(page.items).toEqual([]);
        expect(page.matchedBy).toBeNull();
      }
    });

    it("combines an identifier with filters", async () => {
      expect(names((await search("ord-1 type:refund")).items)).toEqual(["refund"]);
      expect((await search("ord-1 status:failed")).items).toEqual([]);
    });
  });

  describe("filters", () => {
    it.each([
      ["provider:antom", ["antom"]],
      ["provider:antom,pockyt", ["antom", "wallet"]],
      ["status:failed,expired", ["antom", "wallet"]],
      ["reason:insufficient_funds", ["antom"]],
      ["code:USER_BALANCE_NOT_ENOUGH", ["antom"]],
      ["bin:454294", ["antom"]],
      ["last4:0000", ["card", "refund"]],
      ["issuer:mizuho", ["antom"]],
      ['issuer:"credit bank"', ["card"]],
      ["country:JP", ["antom"]],
      ["method:alipay", ["wallet"]],
      ["brand:visa provider:begateway", ["card"]],
      ["currency:KWD", ["kwd"]],
      ["email:john.doe@example.com", ["card"]],
      ["rrn:555000111222", ["byRrn"]],
      ["uid:297553638298245023", ["wallet"]],
      ["tracking:order-42", ["wallet"]],
      ["auth:A1B2C3", ["card"]],
      ["test:true", ["wallet"]],
      ["account:test-pockyt", ["wallet"]],
      ["type:refund", ["refund"]],
    ])("%s", async (q, expected) => {
      expect(names((await search(q)).items).sort()).toEqual([...expected].sort());
    });

    it("negates, keeping rows where the column is empty", async () => {
      const page = await search("-status:successful");
      expect(names(page.items).sort()).toEqual(["antom", "wallet"]);
      const noReason = await search("-reason:insufficient_funds");
      expect(names(noReason.items)).toContain("card");
      expect(names(noReason.items)).not.toContain("antom");
      expect(names((await search("-provider:begateway -provider:antom")).items)).toEqual(["wallet"]);
    });

    it("compares amounts exactly in each currency's minor units", async () => {
      expect(names((await search("amount:1.5")).items).sort()).toEqual(["eurSmall", "kwd"]);
      expect(names((await search("amount:1.500")).items).sort()).toEqual(["eurSmall", "kwd"]);
      expect((await search("amount:1.505")).items).toEqual([]);
      expect(names((await search("amount:1.5 currency:KWD")).items)).toEqual(["kwd"]);
      expect(names((await search("amount>=100.00 currency:EUR")).items).sort()).toEqual(["big", "card"]);
      expect(names((await search("amount>99.999 amount<100.001 currency:EUR")).items)).toEqual(["card"]);
      expect(names((await search("amount:90071992547409.93")).items)).toEqual(["big"]);
      expect(names((await search("amount<=150 currency:JPY")).items)).toEqual([]);
      expect(names((await search("-amount>1.5 currency:EUR")).items)).toEqual(["eurSmall"]);
    });

    it("reads created days as whole UTC days and times as instants", async () => {
      expect(names((await search("created:2026-11-01")).items)).toEqual(["card"]);
      expect(names((await search("created:2026-10-31")).items)).toEqual(["wallet"]);
      expect(names((await search("created:2026-10-31,2026-11-03")).items).sort()).toEqual(["antom", "wallet"]);
      expect(names((await search("created<2026-11-01")).items)).toEqual(["wallet"]);
      expect(names((await search("created<=2026-11-01")).items).sort()).toEqual(["card", "wallet"]);
      expect(names((await search("created>2026-11-05")).items).sort()).toEqual(["byRrn", "byTracking"]);
      expect(names((await search("created>=2026-11-01T10:00:00Z created<2026-11-01T10:00:00.001Z")).items)).toEqual([
        "card",
      ]);
    });
  });

  describe("totals", () => {
    it("counts and sums exactly per currency, beyond 2^53", async () => {
      const totals = await searchTotals(database.db, parseSearchQuery("currency:EUR,KWD").terms);
      expect(totals.count).toBe(7);
      expect(totals.sums).toEqual([
        { currency: "EUR", amountMinor: 9007199254740993n + 10000n + 5000n + 150n + 2000n },
        { currency: "KWD", amountMinor: 1500n },
      ]);
    });

    it("totals what the search finds, identifiers included", async () => {
      expect(await searchTotals(database.db, parseSearchQuery("ord-1").terms)).toEqual({
        count: 2,
        exact: true,
        sums: [{ currency: "EUR", amountMinor: 15000n }],
      });
      expect(await searchTotals(database.db, parseSearchQuery("nothing-like-this").terms)).toEqual({
        count: 0,
        exact: true,
        sums: [],
      });
    });

    it("answers the planner's estimate, marked as such, above the exact limit, and the exact figures on demand", async () => {
      const terms = parseSearchQuery("currency:EUR,KWD").terms;
      const estimate = await searchTotals(database.db, terms, { exactUpTo: 0 });
      expect(estimate.exact).toBe(false);
      expect(estimate.count).toBeGreaterThan(0);
      expect(estimate.sums).toEqual([]);
      const exact = await searchTotals(database.db, terms, { exactUpTo: 0, exact: true });
      expect(exact).toMatchObject({ count: 7, exact: true });
      // A small result that is costly to count (no index serves the filter at scale) is estimated too.
      expect(await searchTotals(database.db, terms, { exactCost: 0 })).toMatchObject({ exact: false, sums: [] });
    });
  });
});
