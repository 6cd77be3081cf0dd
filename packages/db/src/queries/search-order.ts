// Sorting and keyset pages of a search: order by (rank?, sort value, id), the cursor carrying the last row's
// values exactly (times in microseconds) so no row is skipped or repeated between pages.
import { sql, type SQL } from "drizzle-orm";
import { SEARCH_SORTS, type SearchSort, type SortDirection } from "@paylens/domain/search-query";
import { transactions as t } from "../schema/transactions.ts";

export interface SearchCursor {
  sort: SearchSort;
  dir: SortDirection;
  /** The identifier rank of the last row, when the search ranks by how a bare identifier matched. */
  rank: number | null;
  key: string;
  id: string;
}

/** A cursor that does not fit the request (garbled, or made for another sort): the caller answers 400. */
export class SearchCursorError extends Error {}

const SORT_VALUES: Record<SearchSort, SQL> = {
  created: sql`${t.createdAt}`,
  amount: sql`${t.amountMinor}`,
  status: sql`${t.status}`,
  provider: sql`${t.provider}`,
  type: sql`${t.type}`,
  code: sql`coalesce(${t.code}, '')`,
};

/** The sort value as exact text for the cursor: a time as epoch microseconds (a JS Date keeps only milliseconds). */
export function sortKey(sort: SearchSort): SQL<string> {
  if (sort === "created") return sql<string>`(extract(epoch from ${t.createdAt}) * 1000000)::int8::text`;
  return sql<string>`(${SORT_VALUES[sort]})::text`;
}

function keyValue(sort: SearchSort, key: string): SQL {
  if (sort === "created") return sql`('epoch'::timestamptz + ${key}::int8 * interval '1 microsecond')`;
  if (sort === "amount") return sql`${key}::int8`;
  return sql`${key}`;
}

// Matches the indexes' DESC NULLS LAST (drizzle's default): a backward scan serves ASC NULLS FIRST.
const direction = (dir: SortDirection) => sql.raw(dir === "desc" ? "desc nulls last" : "asc nulls first");

export function orderBy(sort: SearchSort, dir: SortDirection, rank: SQL | null): SQL[] {
  return [
    ...(rank ? [sql`${rank} asc`] : []),
    sql`${SORT_VALUES[sort]} ${direction(dir)}`,
    sql`${t.id} ${direction(dir)}`,
  ];
}

/** Rows strictly after the cursor in the order above; a row comparison the (value, id) indexes answer directly. */
export function afterCursor(cursor: SearchCursor, rank: SQL | null): SQL {
  const op = sql.raw(cursor.dir === "desc" ? "<" : ">");
  const rest = sql`(${SORT_VALUES[cursor.sort]}, ${t.id}) ${op} (${keyValue(cursor.sort, cursor.key)}, ${cursor.id}::uuid)`;
  if (!rank || cursor.rank === null) return rest;
  return sql`(${rank} > ${cursor.rank} or (${rank} = ${cursor.rank} and ${rest}))`;
}

export function encodeSearchCursor(cursor: SearchCursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.dir, cursor.rank, cursor.key, cursor.id])).toString(
    "base64url",
  );
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function decodeSearchCursor(text: string, sort: SearchSort, dir: SortDirection): SearchCursor {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    throw new SearchCursorError("not a cursor from a previous page");
  }
  if (!Array.isArray(parsed) || parsed.length !== 5) throw new SearchCursorError("not a cursor from a previous page");
  const [s, d, rank, key, id] = parsed as unknown[];
  const numericKey = s === "created" || s === "amount";
  const valid =
    SEARCH_SORTS.includes(s as SearchSort) &&
    (d === "asc" || d === "desc") &&
    (rank === null || Number.isInteger(rank)) &&
    typeof key === "string" &&
    key.length <= 200 &&
    (!numericKey || /^-?\d{1,20}$/.test(key)) &&
    typeof id === "string" &&
    UUID.test(id);
  if (!valid) throw new SearchCursorError("not a cursor from a previous page");
  if (s !== sort || d !== dir)
    throw new SearchCursorError(
      `the cursor belongs to another order (${String(s)} ${String(d)}); start from the first page`,
    );
  return { sort, dir, rank: rank as number | null, key: key as string, id: id as string };
}
