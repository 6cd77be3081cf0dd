// The transactions view lives in the URL: ?provider=begateway,antom&status=failed&from=2026-11-01&to=2026-11-23&size=100&cursor=…
import type { RouterInputs } from "../trpc.ts";
import { endOfLocalDay, parseLocalDay } from "./format-date.ts";
import { PROVIDERS, TRANSACTION_STATUSES, type ProviderId, type TransactionStatus } from "./vocabulary.ts";

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];
export const DEFAULT_PAGE_SIZE: PageSize = 50;

/** Every field optional so the default view has a clean URL; lists are comma-separated to stay readable. */
export interface TransactionsSearch {
  provider?: string;
  status?: string;
  from?: string;
  to?: string;
  size?: PageSize;
  cursor?: string;
}

export type ListInput = RouterInputs["transactions"]["list"];

/** Known values from "a,b" (or an array of them), in the canonical order, without duplicates. */
export function parseList<T extends string>(value: unknown, allowed: readonly T[]): T[] {
  const items = Array.isArray(value) ? value : typeof value === "string" ? value.split(",") : [];
  const wanted = new Set(items.filter((item): item is string => typeof item === "string").map((item) => item.trim()));
  return allowed.filter((item) => wanted.has(item));
}

function listParam<T extends string>(value: unknown, allowed: readonly T[]): string | undefined {
  const list = parseList(value, allowed);
  return list.length ? list.join(",") : undefined;
}

function dayParam(value: unknown): string | undefined {
  return typeof value === "string" && parseLocalDay(value) ? value : undefined;
}

function sizeParam(value: unknown): PageSize | undefined {
  const size = typeof value === "string" ? Number(value) : value;
  return PAGE_SIZES.find((allowed) => allowed === size && allowed !== DEFAULT_PAGE_SIZE);
}

function cursorParam(value: unknown): string | undefined {
  return typeof value === "string" && /^[A-Za-z0-9_-]{1,200}$/.test(value) ? value : undefined;
}

/** TanStack Router `validateSearch`: anything unknown or malformed is dropped rather than sent to the server. */
export function validateTransactionsSearch(raw: Record<string, unknown>): TransactionsSearch {
  const search: TransactionsSearch = {
    provider: listParam(raw.provider, PROVIDERS),
    status: listParam(raw.status, TRANSACTION_STATUSES),
    from: dayParam(raw.from),
    to: dayParam(raw.to),
    size: sizeParam(raw.size),
    cursor: cursorParam(raw.cursor),
  };
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as TransactionsSearch;
}

export function pageSize(search: TransactionsSearch): PageSize {
  return search.size ?? DEFAULT_PAGE_SIZE;
}

export function selectedProviders(search: TransactionsSearch): ProviderId[] {
  return parseList(search.provider, PROVIDERS);
}

export function selectedStatuses(search: TransactionsSearch): TransactionStatus[] {
  return parseList(search.status, TRANSACTION_STATUSES);
}

export function hasFilters(search: TransactionsSearch): boolean {
  return Boolean(search.provider || search.status || search.from || search.to);
}

/** The `transactions.list` input for a view; `to` is inclusive in the URL and exclusive (next local midnight) on the wire. */
export function toListInput(search: TransactionsSearch): ListInput {
  const providers = selectedProviders(search);
  const statuses = selectedStatuses(search);
  const from = search.from ? parseLocalDay(search.from) : null;
  const to = search.to ? endOfLocalDay(search.to) : null;
  return {
    limit: pageSize(search),
    cursor: search.cursor ?? null,
    ...(providers.length ? { provider: providers } : {}),
    ...(statuses.length ? { status: statuses } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
  };
}

/** Toggles one value in a comma list, keeping the canonical order; undefined when nothing is left. */
export function toggleInList<T extends string>(current: string | undefined, value: T, allowed: readonly T[]): string | undefined {
  const list = parseList(current, allowed);
  const next = list.includes(value) ? list.filter((item) => item !== value) : [...list, value];
  return listParam(next, allowed);
}
