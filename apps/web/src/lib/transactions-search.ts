// The whole transactions view lives in the URL, so a copied link reproduces it:
// ?q=status:failed type:refund&sort=amount&dir=asc&cols=time,amount,status&size=100&density=compact&cursor=…
// Defaults are left out, so the plain view has a clean URL.
import {
  SORT_KEYS,
  type Density,
  type SaveViewInput,
  type SearchInput,
  type SortDir,
  type SortKey,
} from "./api-types.ts";
import { applyFilters } from "./query-filters.ts";
import { normalizeQuery } from "./query-text.ts";

export const PAGE_SIZES = [25, 50, 100, 250, 500] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 50;

export const COLUMN_IDS = [
  "time",
  "provider",
  "account",
  "type",
  "amount",
  "status",
  "code",
  "reason",
  "message",
  "card",
  "method",
  "issuer",
  "trackingId",
  "uid",
] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];
// Fits 1280 px; issuer, UID, account, reason, message and method are a click away in the column picker.
export const DEFAULT_COLUMNS: readonly ColumnId[] = [
  "time",
  "provider",
  "type",
  "amount",
  "status",
  "code",
  "card",
  "trackingId",
];

/** The column a sort key belongs to, and the sort a column header sets. */
export const SORT_COLUMNS: Readonly<Partial<Record<ColumnId, SortKey>>> = {
  time: "created",
  provider: "provider",
  type: "type",
  amount: "amount",
  status: "status",
  code: "code",
};

export const DEFAULT_SORT: SortKey = "created";
const MAX_QUERY = 2000;

export interface TransactionsSearch {
  q?: string;
  sort?: SortKey;
  dir?: SortDir;
  cols?: string;
  size?: PageSize;
  density?: "compact";
  cursor?: string;
}

/** What a view resolves to once defaults are filled in. */
export interface TransactionsView {
  q: string;
  sort: SortKey;
  dir: SortDir;
  columns: ColumnId[];
  size: PageSize;
  density: Density;
  cursor: string | null;
}

/** Time and money read best from the largest first; names and codes from A. */
export function defaultDir(sort: SortKey): SortDir {
  return sort === "created" || sort === "amount" ? "desc" : "asc";
}

function text(value: unknown): string | undefined {
  if (typeof value === "number") return String(value);
  return typeof value === "string" ? value : undefined;
}

function queryParam(raw: Record<string, unknown>): string | undefined {
  let q = normalizeQuery(text(raw.q) ?? "").slice(0, MAX_QUERY);
  // Links from before the search box carried the filters as their own parameters.
  const list = (value: unknown) =>
    (Array.isArray(value) ? value.map(String) : (text(value)?.split(",") ?? [])).filter(Boolean);
  const provider = list(raw.provider);
  const status = list(raw.status);
  const from = text(raw.from);
  const to = text(raw.to);
  if (provider.length || status.length || from || to) {
    q = applyFilters(q, {
      ...(provider.length ? { provider } : {}),
      ...(status.length ? { status } : {}),
      ...(from ? { createdFrom: from } : {}),
      ...(to ? { createdTo: to } : {}),
    });
  }
  return q || undefined;
}

function sortParam(value: unknown): SortKey | undefined {
  return SORT_KEYS.find((key) => key === value);
}

export function parseColumns(value: unknown): ColumnId[] {
  const items = Array.isArray(value) ? value : (text(value)?.split(",") ?? []);
  const out: ColumnId[] = [];
  for (const item of items) {
    const id = COLUMN_IDS.find((known) => known === String(item).trim());
    if (id && !out.includes(id)) out.push(id);
  }
  return out;
}

/** The `cols` parameter, or undefined for the default set in the default order. */
export function columnsParam(columns: readonly ColumnId[]): string | undefined {
  const same = columns.length === DEFAULT_COLUMNS.length && columns.every((id, index) => DEFAULT_COLUMNS[index] === id);
  return same || !columns.length ? undefined : columns.join(",");
}

function sizeParam(value: unknown): PageSize | undefined {
  const size = typeof value === "string" ? Number(value) : value;
  return PAGE_SIZES.find((allowed) => allowed === size && allowed !== DEFAULT_PAGE_SIZE);
}

function cursorParam(value: unknown): string | undefined {
  return typeof value === "string" && /^[A-Za-z0-9_\-.~=]{1,600}$/.test(value) ? value : undefined;
}

/** TanStack Router `validateSearch`: anything unknown or malformed is dropped, defaults are left out. */
export function validateTransactionsSearch(raw: Record<string, unknown>): TransactionsSearch {
  const sort = sortParam(raw.sort) ?? DEFAULT_SORT;
  const dir = raw.dir === "asc" || raw.dir === "desc" ? raw.dir : defaultDir(sort);
  const search: TransactionsSearch = {
    q: queryParam(raw),
    sort: sort === DEFAULT_SORT ? undefined : sort,
    dir: dir === defaultDir(sort) ? undefined : dir,
    cols: columnsParam(parseColumns(raw.cols)),
    size: sizeParam(raw.size),
    density: raw.density === "compact" ? "compact" : undefined,
    cursor: cursorParam(raw.cursor),
  };
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as TransactionsSearch;
}

export function resolveView(search: TransactionsSearch): TransactionsView {
  const sort = search.sort ?? DEFAULT_SORT;
  const columns = parseColumns(search.cols);
  return {
    q: search.q ?? "",
    sort,
    dir: search.dir ?? defaultDir(sort),
    columns: columns.length ? columns : [...DEFAULT_COLUMNS],
    size: search.size ?? DEFAULT_PAGE_SIZE,
    density: search.density ?? "comfortable",
    cursor: search.cursor ?? null,
  };
}

/** Merges a change into the current search and drops what became a default; any change but paging starts at page one. */
export function patchSearch(previous: TransactionsSearch, patch: Partial<TransactionsSearch>): TransactionsSearch {
  const merged: Record<string, unknown> = { ...previous, ...patch };
  if (!("cursor" in patch)) delete merged.cursor;
  if ("sort" in patch && !("dir" in patch)) delete merged.dir;
  return validateTransactionsSearch(merged);
}

/** The one view that follows new arrivals: newest first. */
export function isLiveOrder(view: Pick<TransactionsView, "sort" | "dir">): boolean {
  return view.sort === "created" && view.dir === "desc";
}

export function toSearchInput(view: TransactionsView): SearchInput {
  return { q: view.q, sort: view.sort, dir: view.dir, limit: view.size, cursor: view.cursor };
}

/** A header click: the same column flips the direction, another column starts in its natural direction. */
export function sortPatch(view: TransactionsView, sort: SortKey): Partial<TransactionsSearch> {
  const dir = view.sort === sort ? (view.dir === "asc" ? "desc" : "asc") : defaultDir(sort);
  return { sort, dir };
}

export function viewToSaved(view: TransactionsView): Omit<SaveViewInput, "name"> {
  return {
    query: view.q,
    sort: view.sort,
    dir: view.dir,
    columns: [...view.columns],
    pageSize: view.size,
    density: view.density,
  };
}

/** A saved view as the API returns it (sort, dir and density as stored text) back to the URL it came from. */
export function savedToSearch(saved: {
  query: string;
  sort: string;
  dir: string;
  columns: readonly string[];
  pageSize: number;
  density: string;
}): TransactionsSearch {
  return validateTransactionsSearch({
    q: saved.query,
    sort: saved.sort,
    dir: saved.dir,
    cols: saved.columns.join(","),
    size: saved.pageSize,
    density: saved.density,
  });
}

/** The search a saved view and the current URL share, to mark the view that is showing. */
export function sameView(a: TransactionsSearch, b: TransactionsSearch): boolean {
  const strip = ({ cursor: _cursor, ...rest }: TransactionsSearch) => JSON.stringify(validateTransactionsSearch(rest));
  return strip(a) === strip(b);
}
