// The typed filter controls read and write the same query text the user types: one source of truth, two views of it.
import type { SearchKey } from "@paylens/domain/search-keys";
import { parseLocalDay } from "./format-date.ts";
import { formatTerm, replaceTerms, setTerm, termValues, tokenize } from "./query-text.ts";

// Keys of the search language (domain search-keys.ts) that the filter controls edit as lists.
export const LIST_FILTERS = [
  "provider",
  "status",
  "reason",
  "currency",
  "method",
  "brand",
  "country",
] as const satisfies readonly SearchKey[];
export type ListFilter = (typeof LIST_FILTERS)[number];

export interface QueryFilters {
  provider: string[];
  status: string[];
  reason: string[];
  currency: string[];
  method: string[];
  brand: string[];
  country: string[];
  /** Calendar days, both inclusive; the server reads a day as a UTC day: "2026-11-01". */
  createdFrom: string | null;
  createdTo: string | null;
  /** Major units as typed: "100.00". */
  amountMin: string | null;
  amountMax: string | null;
}

export type FilterPatch = Partial<QueryFilters>;

// Codes are compared case-insensitively by the server; the controls show them in their usual case.
const UPPER: ReadonlySet<ListFilter> = new Set(["currency", "country"]);

function single(tokens: ReturnType<typeof tokenize>, key: string, op: ">=" | "<=" | ">" | "<"): string | null {
  return termValues(tokens, key, op).at(-1) ?? null;
}

/** A day for the date inputs: only the plain `created>=2026-11-01` form; a time of day is left to the text. */
function day(value: string | null): string | null {
  return value && parseLocalDay(value) ? value : null;
}

function amount(value: string | null): string | null {
  return value && /^\d+(\.\d+)?$/.test(value) ? value : null;
}

export function filtersFromQuery(query: string): QueryFilters {
  const tokens = tokenize(query);
  const list = (key: ListFilter) => {
    const values = termValues(tokens, key).map((value) => (UPPER.has(key) ? value.toUpperCase() : value.toLowerCase()));
    return [...new Set(values)];
  };
  return {
    provider: list("provider"),
    status: list("status"),
    reason: list("reason"),
    currency: list("currency"),
    method: list("method"),
    brand: list("brand"),
    country: list("country"),
    createdFrom: day(single(tokens, "created", ">=")),
    createdTo: day(single(tokens, "created", "<=")),
    amountMin: amount(single(tokens, "amount", ">=")),
    amountMax: amount(single(tokens, "amount", "<=")),
  };
}

function bound(query: string, key: string, op: ">=" | "<=", value: string | null): string {
  // A strict bound (created>…) is replaced too: the control states the one bound on that side.
  const ops = op === ">=" ? ([">=", ">"] as const) : (["<=", "<"] as const);
  return replaceTerms(query, key, ops, value ? formatTerm({ key, op, values: [value] }) : "");
}

/** Rewrites the query so the patched controls read as given; every other term stays where the user put it. */
export function applyFilters(query: string, patch: FilterPatch): string {
  let text = query;
  for (const key of LIST_FILTERS) {
    const values = patch[key];
    if (values) text = setTerm(text, key, values);
  }
  if (patch.createdFrom !== undefined) text = bound(text, "created", ">=", patch.createdFrom);
  if (patch.createdTo !== undefined) text = bound(text, "created", "<=", patch.createdTo);
  if (patch.amountMin !== undefined) text = bound(text, "amount", ">=", patch.amountMin?.trim() || null);
  if (patch.amountMax !== undefined) text = bound(text, "amount", "<=", patch.amountMax?.trim() || null);
  return text;
}

export function activeFilterCount(filters: QueryFilters): number {
  const lists = LIST_FILTERS.filter((key) => filters[key].length > 0).length;
  const created = filters.createdFrom || filters.createdTo ? 1 : 0;
  const amountRange = filters.amountMin || filters.amountMax ? 1 : 0;
  return lists + created + amountRange;
}

/** Toggles one value of a list control. */
export function toggleValue(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((item) => item !== value) : [...values, value];
}
