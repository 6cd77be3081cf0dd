// Sorting and keyset pages: walking every page gives each matching row exactly once, in the requested order.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseSearchQuery, SEARCH_SORTS, type SearchSort } from "@paylens/domain/search-query";
import type { Database } from "../client.ts";
import { createTestDb } from "../test-db.ts";
import { insertTestTransactions, type TestTransaction } from "../test-transactions.ts";
import { SearchCursorError, searchTransactions } from "./search.ts";

const PROVIDERS = ["begateway", "antom", "pockyt"] as const;
const STATUSES = ["successful", "failed", "pending"] as const;
const TYPES = ["payment", "refund", "capture"] as const;
const CODES = [null, "F.0114", "S.0000", "E.1001"] as const;

// 41 rows with many equal sort values (and equal times, to the microsecond) so ties are broken by id.
const rows: TestTransaction[] = Array.from({ length: 41 }, (_, i) => ({
  providerUid: `page-${i}`,
  provider: PROVIDERS[i % 3],
  status: STATUSES[i % 3 === 0 ? 0 : (i % 7) % 3],
  type: TYPES[i % 3],
  code: CODES[i % 4] ?? null,
  amountMinor: BigInt((i % 5) * 1000),
  createdAt: new Date(Date.UTC(2026, 10, 1, 0, 0, i % 9)),
}));

type Row = {
  id: string;
  createdAt: Date;
  amountMinor: bigint;
  status: string;
  provider: string;
  type: string;
  code: string | null;
};

function expectedOrder(all: Row[], sort: SearchSort, dir: "asc" | "desc"): string[] {
  const value = (row: Row): string | number | bigint =>
    sort === "created"
      ? row.createdAt.getTime()
      : sort === "amount"
        ? row.amountMinor
        : sort === "code"
          ? (row.code ?? "")
          : row[sort];
  const sign = dir === "asc" ? 1 : -1;
  return [...all]
    .sort((a, b) => {
      const va = value(a);
      const vb = value(b);
      if (va !== vb) return (va < vb ? -1 : 1) * sign;
      return (a.id < b.id ? -1 : 1) * sign;
    })
    .map((row) => row.id);
}

describe("search pages", () => {
  let database: Database;
  let all: Row[] = [];

  beforeAll(async () => {
    database = await createTestDb();
    await insertTestTransactions(database.db, rows);
    all = (await searchTransactions(database.db, { terms: [], sort: "created", dir: "desc", limit: 500, cursor: null }))
      .items;
  });
  afterAll(() => database.close());

  async function walk(q: string, sort: SearchSort, dir: "asc" | "desc", limit: number) {
    const terms = parseSearchQuery(q).terms;
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let guard = 0; guard < 100; guard++) {
      const page: Awaited<ReturnType<typeof searchTransactions>> = await searchTransactions(database.db, {
        terms,
        sort,
        dir,
        limit,
        cursor,
      });
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
      if (!cursor) break;
    }
    return seen;
  }

  it.each(
    SEARCH_SORTS.flatMap(
      (sort) =>
        [
          [sort, "asc"],
          [sort, "desc"],
        ] as const,
    ),
  )("sort %s %s: every row once, in order", async (sort, dir) => {
    const seen = await walk("", sort, dir, 7);
    expect(new Set(seen).size).toBe(rows.length);
    expect(seen).toEqual(expectedOrder(all, sort, dir));
  });

  it("pages a filter the same way", async () => {
    const seen = await walk("provider:antom,pockyt -status:pending", "amount", "desc", 4);
    const matching = all.filter((row) => row.provider !== "begateway" && row.status !== "pending");
    expect(seen).toEqual(expectedOrder(matching, "amount", "desc"));
  });

  it("ends with a null cursor exactly at the last row", async () => {
    const page = await searchTransactions(database.db, {
      terms: [],
      sort: "created",
      dir: "desc",
      limit: rows.length,
      cursor: null,
    });
    expect(page.items).toHaveLength(rows.length);
    expect(page.nextCursor).toBeNull();
  });

  it("refuses a cursor from another order or a garbled one", async () => {
    const page = await searchTransactions(database.db, {
      terms: [],
      sort: "created",
      dir: "desc",
      limit: 5,
      cursor: null,
    });
    const cursor = page.nextCursor;
    expect(cursor).not.toBeNull();
    await expect(
      searchTransactions(database.db, { terms: [], sort: "amount", dir: "desc", limit: 5, cursor }),
    ).rejects.toBeInstanceOf(SearchCursorError);
    await expect(
      searchTransactions(database.db, { terms: [], sort: "created", dir: "desc", limit: 5, cursor: "bm9wZQ" }),
    ).rejects.toBeInstanceOf(SearchCursorError);
  });
});
