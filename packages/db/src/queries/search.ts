// The support search: parsed terms -> one keyset page (sorted, ranked for bare identifiers), the totals of the
// whole filter, and every matching row in batches for the CSV export.
import { and, sql, type SQLWrapper } from "drizzle-orm";
import type { SearchSort, SearchTerm, SortDirection } from "@paylens/domain/search-query";
import type { MatchedBy } from "@paylens/domain/search-values";
import type { Db } from "../client.ts";
import { transactions as t } from "../schema/transactions.ts";
import { resolveSearch, type ResolvedSearch } from "./search-identifiers.ts";
import {
  afterCursor,
  decodeSearchCursor,
  encodeSearchCursor,
  orderBy,
  sortKey,
  type SearchCursor,
} from "./search-order.ts";
import { listColumns } from "./transactions.ts";

export { SearchCursorError } from "./search-order.ts";

export interface SearchRequest {
  terms: SearchTerm[];
  sort: SearchSort;
  dir: SortDirection;
  limit: number;
  cursor: string | null;
}

// The export adds what support quotes to providers and finance reconciles with; still never a card number.
export const exportColumns = {
  ...listColumns,
  parentId: t.parentId,
  parentProviderUid: t.parentProviderUid,
  rrn: t.rrn,
  authCode: t.authCode,
  refId: t.refId,
  networkTransactionId: t.networkTransactionId,
  customerEmail: t.customerEmail,
  customerCountry: t.customerCountry,
  outcomeService: t.outcomeService,
  retryable: t.retryable,
  threeDsStatus: t.threeDsStatus,
  paidAt: t.paidAt,
  settledAt: t.settledAt,
};

async function page<C extends typeof listColumns>(
  db: Db,
  columns: C,
  resolved: ResolvedSearch,
  req: Omit<SearchRequest, "terms" | "cursor">,
  cursor: SearchCursor | null,
) {
  const rows = await db
    .select({
      ...columns,
      sortKey: sortKey(req.sort),
      rank: resolved.rank ? sql<number>`${resolved.rank}::int` : sql<number>`0`,
    })
    .from(t)
    .where(and(resolved.where, cursor ? afterCursor(cursor, resolved.rank) : undefined))
    .orderBy(...orderBy(req.sort, req.dir, resolved.rank))
    .limit(req.limit + 1);
  const more = rows.length > req.limit;
  const items = more ? rows.slice(0, req.limit) : rows;
  const last = items[items.length - 1];
  const next: SearchCursor | null =
    more && last
      ? { sort: req.sort, dir: req.dir, rank: resolved.rank ? last.rank : null, key: last.sortKey, id: last.id }
      : null;
  return { rows: items, next, firstRank: items[0]?.rank ?? null };
}

function strip<R extends { sortKey: string; rank: number }>(row: R): Omit<R, "sortKey" | "rank"> {
  const { sortKey: _key, rank: _rank, ...item } = row;
  return item;
}

export async function searchTransactions(db: Db, req: SearchRequest) {
  const cursor = req.cursor ? decodeSearchCursor(req.cursor, req.sort, req.dir) : null;
  const resolved = await resolveSearch(db, req.terms);
  const result = await page(db, listColumns, resolved, req, cursor);
  const matchedBy: MatchedBy | null = resolved.matchedBy(result.firstRank);
  return { items: result.rows.map(strip), nextCursor: result.next ? encodeSearchCursor(result.next) : null, matchedBy };
}

/**
 * The count beside a page is exact only where that is cheap: the planner expects at most EXACT_COUNT_LIMIT rows and
 * the exact query costs at most EXACT_COUNT_COST (planner units; about 50 ms on the 2-core machine). Otherwise it is
 * the planner's estimate, marked as such: an exact count and sums read every matching row, which at ten million rows
 * costs seconds, and a filter no index serves reads the whole table (docs/performance.md).
 */
export const EXACT_COUNT_LIMIT = 20_000;
export const EXACT_COUNT_COST = 8_000;

export interface SearchTotals {
  count: number;
  /** false: `count` is the planner's estimate and `sums` is empty; ask again with `exact` for the figures. */
  exact: boolean;
  sums: { currency: string; amountMinor: bigint }[];
}

/** The planner's estimate for a query: rows of its top node and total cost (from statistics; nothing is read). */
async function plan(db: Db, query: SQLWrapper): Promise<{ rows: number; cost: number }> {
  const result = await db.execute<Record<string, unknown>>(sql`explain (format json) ${query}`);
  const cell = Object.values(result.rows[0] ?? {})[0];
  const parsed = (typeof cell === "string" ? JSON.parse(cell) : cell) as [
    { Plan: { "Plan Rows": number; "Total Cost": number } },
  ];
  return { rows: Math.round(parsed[0].Plan["Plan Rows"]), cost: parsed[0].Plan["Total Cost"] };
}

/**
 * Count and exact sums per currency of everything the terms match (bigint sums travel as text), or, where that is
 * not cheap and `exact` is not asked for, the planner's row estimate marked as such.
 */
export async function searchTotals(
  db: Db,
  terms: SearchTerm[],
  options: { exact?: boolean; exactUpTo?: number; exactCost?: number } = {},
): Promise<SearchTotals> {
  const resolved = await resolveSearch(db, terms);
  const exactQuery = db
    .select({ currency: t.currency, count: sql<string>`count(*)::text`, sum: sql<string>`sum(${t.amountMinor})::text` })
    .from(t)
    .where(resolved.where)
    .groupBy(t.currency)
    .orderBy(t.currency);
  if (!options.exact) {
    const matching = await plan(
      db,
      db
        .select({ one: sql`1` })
        .from(t)
        .where(resolved.where),
    );
    const costly =
      matching.rows > (options.exactUpTo ?? EXACT_COUNT_LIMIT) ||
      (await plan(db, exactQuery)).cost > (options.exactCost ?? EXACT_COUNT_COST);
    if (costly) return { count: matching.rows, exact: false, sums: [] };
  }
  const rows = await exactQuery;
  return {
    count: rows.reduce((sum, row) => sum + Number(row.count), 0),
    exact: true,
    sums: rows.map((row) => ({ currency: row.currency, amountMinor: BigInt(row.sum) })),
  };
}

export type ExportRow = Omit<
  Awaited<ReturnType<typeof page<typeof exportColumns>>>["rows"][number],
  "sortKey" | "rank"
>;

/** Every matching row, in keyset batches: memory stays one batch whatever the result's size. */
export async function* searchBatches(
  db: Db,
  req: Omit<SearchRequest, "limit" | "cursor">,
  batchSize = 2000,
): AsyncGenerator<ExportRow[]> {
  const resolved = await resolveSearch(db, req.terms);
  let cursor: SearchCursor | null = null;
  do {
    const { rows, next }: { rows: (ExportRow & { sortKey: string; rank: number })[]; next: SearchCursor | null } =
      await page(db, exportColumns, resolved, { ...req, limit: batchSize }, cursor);
    if (rows.length > 0) yield rows.map(strip);
    cursor = next;
  } while (cursor);
}
