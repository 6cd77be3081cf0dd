// The keys of the search language: canonical names, aliases, allowed operators and how each value is checked
// and written canonically. Pure: the parser in search-query.ts and the SQL in db/queries/search*.ts read this.
import { TRANSACTION_STATUSES, TRANSACTION_TYPES } from "./transaction.ts";

export const SEARCH_KEYS = [
  "provider",
  "account",
  "status",
  "type",
  "reason",
  "code",
  "bin",
  "last4",
  "issuer",
  "country",
  "method",
  "brand",
  "currency",
  "amount",
  "created",
  "email",
  "rrn",
  "uid",
  "tracking",
  "auth",
  "test",
  "dispute",
] as const;
export type SearchKey = (typeof SEARCH_KEYS)[number];

/** What a search can be sorted by (the secondary order is always the id, for keyset pages). */
export const SEARCH_SORTS = ["created", "amount", "status", "provider", "type", "code"] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];
export type SortDirection = "asc" | "desc";

export const SEARCH_OPERATORS = [":", ">", ">=", "<", "<="] as const;
export type SearchOperator = (typeof SEARCH_OPERATORS)[number];

/** How a key is spelled before its operator (a regular expression source): both readers of the language use it. */
export const KEY_NAME = "[A-Za-z][A-Za-z0-9_-]*";

// Other names people type for a key; the parser rewrites them so a query has one canonical form. Each provider's
// own names for its ids come from its definition (the caller passes them as `keyAliases`).
export const SEARCH_KEY_ALIASES: Readonly<Record<string, SearchKey>> = {
  id: "uid",
  provider_uid: "uid",
  tracking_id: "tracking",
  trackingid: "tracking",
  order: "tracking",
  auth_code: "auth",
  authcode: "auth",
  mail: "email",
  "e-mail": "email",
  bank: "issuer",
  issuer_country: "country",
  last_4: "last4",
  card_brand: "brand",
  payment_method: "method",
  result: "code",
  date: "created",
  acct: "account",
  chargeback: "dispute",
  arn: "dispute",
};

// Status words support agents use for the canonical ones.
const STATUS_ALIASES: Readonly<Record<string, string>> = {
  approved: "successful",
  success: "successful",
  succeeded: "successful",
  declined: "failed",
};

/** Normalizes one value; a string is the canonical value, `{ error }` says why it is refused. */
type ValueRule = (value: string) => string | { error: string };

const inList =
  (label: string, allowed: readonly string[], aliases: Readonly<Record<string, string>> = {}): ValueRule =>
  (value) => {
    const lower = value.toLowerCase();
    const canonical = aliases[lower] ?? lower;
    return allowed.includes(canonical)
      ? canonical
      : { error: `unknown ${label} "${value}" (one of ${allowed.join(", ")})` };
  };

const pattern =
  (label: string, re: RegExp, normalize: (v: string) => string = (v) => v): ValueRule =>
  (value) => {
    const normalized = normalize(value);
    return re.test(normalized) ? normalized : { error: `${label} "${value}" is not valid` };
  };

const text: ValueRule = (value) =>
  value.length > 0 && value.length <= 200 ? value : { error: "a value of 1 to 200 characters is needed" };

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** A real calendar day (2026-13-40 is refused), as a Date at 00:00 UTC. */
export function parseDay(value: string): Date | null {
  const match = DAY.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

const created: ValueRule = (value) => {
  if (DAY.test(value)) return parseDay(value) ? value : { error: `"${value}" is not a calendar day (YYYY-MM-DD)` };
  const day = parseDay(value.slice(0, 10));
  const at = new Date(value);
  if (INSTANT.test(value) && day && !Number.isNaN(at.getTime())) return at.toISOString();
  return { error: `"${value}" is not a date (YYYY-MM-DD) or a time (2026-11-01T10:00:00Z)` };
};

const amount: ValueRule = (value) =>
  /^\d{1,18}(\.\d{1,6})?$/.test(value)
    ? value
    : { error: `amount "${value}" is not a number in major units (e.g. 100.00)` };

const bool: ValueRule = (value) => {
  const lower = value.toLowerCase();
  if (["true", "yes", "1"].includes(lower)) return "true";
  if (["false", "no", "0"].includes(lower)) return "false";
  return { error: `"${value}" is not true or false` };
};

const word = (label: string) => pattern(label, /^[a-z0-9][a-z0-9_-]{0,63}$/, (v) => v.toLowerCase());

export interface KeyRule {
  /** Comparisons (> >= < <=) make sense only for ordered values. */
  comparable: boolean;
  value: ValueRule;
}

/**
 * Every key's rule; `reasons` and `providers` narrow `reason:` and `provider:` to a known vocabulary when the caller
 * has one (without it any word is taken).
 */
export function keyRules(
  reasons: readonly string[] | null,
  providers: readonly string[] | null = null,
): Record<SearchKey, KeyRule> {
  const plain = (value: ValueRule): KeyRule => ({ comparable: false, value });
  return {
    provider: plain(providers ? inList("provider", providers) : word("provider")),
    account: plain(text),
    status: plain(inList("status", TRANSACTION_STATUSES, STATUS_ALIASES)),
    type: plain(inList("type", TRANSACTION_TYPES)),
    reason: plain(
      reasons ? inList("reason", reasons) : pattern("reason", /^[a-z][a-z0-9_]{0,63}$/, (v) => v.toLowerCase()),
    ),
    code: plain(pattern("code", /^[A-Z0-9][A-Z0-9._-]{0,63}$/, (v) => v.toUpperCase())),
    bin: plain(pattern("BIN (6 to 8 digits)", /^\d{6,8}$/)),
    last4: plain(pattern("last 4 (4 digits)", /^\d{4}$/)),
    issuer: plain(text),
    country: plain(pattern("country (2 letters)", /^[A-Z]{2}$/, (v) => v.toUpperCase())),
    method: plain(word("method")),
    brand: plain(word("brand")),
    currency: plain(pattern("currency (3 letters)", /^[A-Z]{3}$/, (v) => v.toUpperCase())),
    amount: { comparable: true, value: amount },
    created: { comparable: true, value: created },
    email: plain(pattern("e-mail", /^[^\s@]{1,100}@[^\s@]{1,100}$/, (v) => v.toLowerCase())),
    rrn: plain(text),
    uid: plain(text),
    tracking: plain(text),
    auth: plain(text),
    test: plain(bool),
    // A dispute's id at the provider, or its ARN/RRN: finds the disputed payment.
    dispute: plain(text),
  };
}

export function canonicalKey(key: string, extraAliases: Readonly<Record<string, SearchKey>> = {}): SearchKey | null {
  const lower = key.toLowerCase();
  if ((SEARCH_KEYS as readonly string[]).includes(lower)) return lower as SearchKey;
  // Own keys only: "constructor" is no alias.
  for (const aliases of [SEARCH_KEY_ALIASES, extraAliases])
    if (Object.hasOwn(aliases, lower)) return aliases[lower] ?? null;
  return null;
}
