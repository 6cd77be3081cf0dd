// A small stand-in for the server's search: enough of the query language for the mocks and component tests.
import type { MatchedBy, SearchInput, SearchOutput, SearchTerm, SortKey, TotalsOutput } from "../lib/api-types.ts";
import { currencyExponent } from "../lib/format-money.ts";
import { tokenize, type QueryToken } from "../lib/query-text.ts";
import type { DetailTransaction } from "../routes/transaction/detail-types.ts";
import { toListRow } from "./fixtures.ts";

type Row = DetailTransaction;
type Field = (row: Row) => string | null;
type Key = Extract<SearchTerm, { kind: "filter" }>["key"];
type ListKey = Exclude<Key, "amount" | "created">;

const FIELDS: Readonly<Record<ListKey, Field>> = {
  provider: (t) => t.provider,
  account: (t) => t.accountId,
  status: (t) => t.status,
  type: (t) => t.type,
  reason: (t) => t.reason,
  code: (t) => t.code,
  bin: (t) => t.cardBin,
  last4: (t) => t.cardLast4,
  issuer: (t) => t.issuerName,
  country: (t) => t.issuerCountry,
  method: (t) => t.methodType,
  brand: (t) => t.cardBrand,
  currency: (t) => t.currency,
  email: (t) => t.customerEmail,
  rrn: (t) => t.rrn,
  uid: (t) => t.providerUid,
  tracking: (t) => t.trackingId,
  auth: (t) => t.authCode,
  test: (t) => String(t.test),
};
const ALIASES: Readonly<Record<string, Key>> = {
  paymentid: "uid",
  transactionno: "uid",
  reference: "tracking",
  paymentrequestid: "tracking",
  date: "created",
};
const IDENTIFIERS: readonly [MatchedBy, Field][] = [
  ["id", (t) => t.id],
  ["uid", (t) => t.providerUid],
  ["tracking", (t) => t.trackingId],
  ["rrn", (t) => t.rrn],
  ["auth", (t) => t.authCode],
  ["ref", (t) => t.refId],
  ["email", (t) => t.customerEmail],
];

/** Major units to minor, exactly enough for fixtures. */
function toMinor(value: string, currency: string): bigint {
  const [whole = "0", fraction = ""] = value.split(".");
  const exponent = currencyExponent(currency);
  return BigInt(whole + fraction.padEnd(exponent, "0").slice(0, exponent));
}

function compare(left: number | bigint, op: string, right: number | bigint): boolean {
  if (op === ">") return left > right;
  if (op === ">=") return left >= right;
  if (op === "<") return left < right;
  if (op === "<=") return left <= right;
  return left === right;
}

function createdBound(value: string, op: string): number {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value);
  const at = new Date(day ? `${value}T00:00:00Z` : value).getTime();
  // A day is the whole UTC day: <= and > look past its end.
  return day && (op === "<=" || op === ">") ? at + 86_400_000 : at;
}

type Predicate = (row: Row) => boolean;

function canonical(key: string): Key | null {
  if (key === "amount" || key === "created") return key;
  return ALIASES[key] ?? (key in FIELDS ? (key as ListKey) : null);
}

function predicate(token: QueryToken, key: Key): Predicate | string {
  if (!token.values.length) return `${key} needs a value`;
  if (key === "amount") {
    const value = token.values[0] ?? "";
    if (!/^\d+(\.\d+)?$/.test(value)) return `amount "${value}" is not a number in major units (e.g. 100.00)`;
    return (t) => compare(t.amountMinor, token.op ?? ":", toMinor(value, t.currency));
  }
  if (key === "created") {
    const bound = createdBound(token.values[0] ?? "", token.op ?? ":");
    if (Number.isNaN(bound))
      return `"${token.values[0] ?? ""}" is not a date (YYYY-MM-DD) or a time (2026-11-01T10:00:00Z)`;
    const op = token.op === "<=" ? "<" : token.op === ">" ? ">=" : (token.op ?? ":");
    return (t) => compare(t.createdAt.getTime(), op, bound);
  }
  const field = FIELDS[key];
  if (token.op !== ":") return `${key} takes ":" only (comparisons work on amount and created)`;
  if (key === "provider") {
    const bad = token.values.find((value) => !["begateway", "antom", "pockyt"].includes(value.toLowerCase()));
    if (bad) return `unknown provider "${bad}" (one of begateway, antom, pockyt)`;
  }
  const wanted = new Set(token.values.map((value) => value.toLowerCase()));
  return (t) => wanted.has((field(t) ?? "").toLowerCase());
}

interface Parsed {
  filters: Predicate[];
  identifier: string | null;
  terms: SearchTerm[];
  errors: { term: string; message: string }[];
  hasAmount: boolean;
}

function parse(q: string): Parsed {
  const parsed: Parsed = { filters: [], identifier: null, terms: [], errors: [], hasAmount: false };
  for (const token of tokenize(q)) {
    if (token.key === null) {
      if (token.negated)
        parsed.errors.push({ term: token.text, message: "a negation needs a key, e.g. -status:failed" });
      else if (parsed.identifier === null) {
        parsed.identifier = token.values[0] ?? "";
        parsed.terms.push({ kind: "identifier", value: parsed.identifier });
      }
      continue;
    }
    const key = canonical(token.key);
    if (!key) {
      parsed.errors.push({ term: token.text, message: `unknown key "${token.key}"` });
      continue;
    }
    const made = predicate(token, key);
    if (typeof made === "string") {
      parsed.errors.push({ term: token.text, message: made });
      continue;
    }
    parsed.filters.push(token.negated ? (t) => !made(t) : made);
    parsed.terms.push({ kind: "filter", key, operator: token.op ?? ":", values: token.values, negated: token.negated });
    if (key === "amount") parsed.hasAmount = true;
  }
  return parsed;
}

/** The rows a query selects and how a bare identifier was matched. */
export function runQuery(rows: readonly Row[], q: string) {
  const parsed = parse(q);
  let matched = rows.filter((t) => parsed.filters.every((keep) => keep(t)));
  let matchedBy: MatchedBy | null = null;
  const id = parsed.identifier;
  if (id !== null) {
    const lower = id.toLowerCase();
    const kind = IDENTIFIERS.find(([, field]) => matched.some((t) => field(t)?.toLowerCase() === lower));
    if (kind) {
      matchedBy = kind[0];
      matched = matched.filter((t) => kind[1](t)?.toLowerCase() === lower);
    } else if (parsed.hasAmount && /^\d{4}$/.test(id)) {
      matchedBy = "last4+amount";
      matched = matched.filter((t) => t.cardLast4 === id);
    } else {
      matchedBy = /^\d{12}$/.test(id) ? "rrn" : null;
      matched = [];
    }
  }
  return { parsed, matched, matchedBy };
}

const SORT_VALUE: Readonly<Record<SortKey, (t: Row) => string | number | bigint>> = {
  created: (t) => t.createdAt.getTime(),
  amount: (t) => t.amountMinor,
  status: (t) => t.status,
  provider: (t) => t.provider,
  type: (t) => t.type,
  code: (t) => t.code ?? "",
};

export function searchPage(rows: readonly Row[], input: SearchInput): SearchOutput {
  const { parsed, matched, matchedBy } = runQuery(rows, input.q);
  const value = SORT_VALUE[input.sort ?? "created"];
  const sign = (input.dir ?? "desc") === "asc" ? 1 : -1;
  const sorted = [...matched].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    return (x < y ? -1 : x > y ? 1 : 0) * sign || a.id.localeCompare(b.id) * sign;
  });
  // Mock cursors are the last row's id (the real server encodes the sort value and id).
  const start = input.cursor ? sorted.findIndex((t) => t.id === input.cursor) + 1 : 0;
  const limit = input.limit ?? 50;
  const page = sorted.slice(start, start + limit);
  const last = page.at(-1);
  return {
    items: page.map(toListRow),
    nextCursor: sorted.length > start + limit && last ? last.id : null,
    terms: parsed.terms,
    errors: parsed.errors,
    matchedBy,
  };
}

export function searchTotals(rows: readonly Row[], q: string): TotalsOutput {
  const { matched } = runQuery(rows, q);
  const sums = new Map<string, bigint>();
  for (const t of matched) sums.set(t.currency, (sums.get(t.currency) ?? 0n) + t.amountMinor);
  return { count: matched.length, sums: [...sums].map(([currency, amountMinor]) => ({ currency, amountMinor })) };
}

const CSV_COLUMNS: readonly [string, (t: Row) => string][] = [
  ["id", (t) => t.id],
  ["created_at", (t) => t.createdAt.toISOString()],
  ["provider", (t) => t.provider],
  ["type", (t) => t.type],
  ["status", (t) => t.status],
  ["amount_minor", (t) => t.amountMinor.toString()],
  ["currency", (t) => t.currency],
  ["code", (t) => t.code ?? ""],
  ["message", (t) => t.message ?? ""],
  ["tracking_id", (t) => t.trackingId ?? ""],
];

const cell = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** The export's CSV lines, header first, each ending with a newline. */
export function csvLines(rows: readonly Row[], input: SearchInput): string[] {
  const page = searchPage(rows, { ...input, limit: Number.MAX_SAFE_INTEGER, cursor: null });
  const byId = new Map(rows.map((t) => [t.id, t]));
  const lines = [`${CSV_COLUMNS.map(([name]) => name).join(",")}\n`];
  for (const item of page.items) {
    const t = byId.get(item.id);
    if (t) lines.push(`${CSV_COLUMNS.map(([, read]) => cell(read(t))).join(",")}\n`);
  }
  return lines;
}
