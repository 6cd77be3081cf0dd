// The support search language: `status:failed,expired -provider:x amount>100.00 issuer:"bank of x" 46154-aba1cf5e57`.
// Whitespace separates terms; `key:value` filters, `-` negates, > >= < <= compare (amount, created), commas list
// alternatives, quotes keep spaces. A bare word is an identifier looked up in every identifier column at once.
// A bad term becomes an error naming it; the other terms still apply.
import { canonicalKey, KEY_NAME, keyRules, type SearchKey, type SearchOperator } from "./search-keys.ts";

export {
  SEARCH_KEYS,
  SEARCH_SORTS,
  type SearchKey,
  type SearchOperator,
  type SearchSort,
  type SortDirection,
} from "./search-keys.ts";

export type SearchTerm =
  | { kind: "filter"; key: SearchKey; operator: SearchOperator; values: string[]; negated: boolean }
  | { kind: "identifier"; value: string };

export interface SearchError {
  term: string;
  message: string;
}

export interface ParsedSearch {
  terms: SearchTerm[];
  errors: SearchError[];
}

export interface ParseOptions {
  /** The normalized reasons `reason:` accepts; without it any snake_case word is taken. */
  reasons?: readonly string[];
  /** The provider ids `provider:` accepts (the providers' catalogue); without it any word is taken. */
  providers?: readonly string[];
  /** The providers' own names for their ids (`paymentid` → `uid`), lower case. */
  keyAliases?: Readonly<Record<string, SearchKey>>;
}

/** More terms than this is not a search a person typed. */
export const MAX_TERMS = 64;

const KEY_HEAD = new RegExp(`^-?${KEY_NAME}`);
const OPERATORS: readonly SearchOperator[] = [">=", "<=", ":", ">", "<"];
const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

interface Cursor {
  text: string;
  at: number;
}

/** Reads a "quoted string" starting at the quote; null when it never closes. `\"` and `\\` escape. */
function readQuoted(c: Cursor): string | null {
  let out = "";
  for (let i = c.at + 1; i < c.text.length; i++) {
    const ch = c.text.charAt(i);
    if (ch === "\\" && i + 1 < c.text.length) {
      out += c.text.charAt(++i);
    } else if (ch === '"') {
      c.at = i + 1;
      return out;
    } else {
      out += ch;
    }
  }
  return null;
}

function skipToSpace(c: Cursor): void {
  while (c.at < c.text.length && !isSpace(c.text.charAt(c.at))) c.at++;
}

type RawTerm =
  | { kind: "bare"; value: string }
  | { kind: "keyed"; key: string; operator: SearchOperator; values: string[]; negated: boolean }
  | { kind: "error"; message: string };

/** Comma-separated values after the operator, each quoted or plain. */
function readValues(c: Cursor): string[] | { error: string } {
  const values: string[] = [];
  for (;;) {
    const ch = c.text.charAt(c.at);
    if (ch === '"') {
      const quoted = readQuoted(c);
      if (quoted === null) {
        c.at = c.text.length;
        return { error: "unbalanced quote" };
      }
      values.push(quoted);
    } else {
      const start = c.at;
      while (c.at < c.text.length && !isSpace(c.text.charAt(c.at)) && !',"'.includes(c.text.charAt(c.at))) c.at++;
      values.push(c.text.slice(start, c.at));
    }
    const next = c.text.charAt(c.at);
    if (next === ",") {
      c.at++;
      continue;
    }
    if (c.at >= c.text.length || isSpace(next)) return values;
    skipToSpace(c);
    return { error: next === '"' ? "unbalanced quote" : `unexpected "${next}"` };
  }
}

function readTerm(c: Cursor): RawTerm {
  if (c.text.charAt(c.at) === '"') {
    const value = readQuoted(c);
    if (value === null) {
      c.at = c.text.length;
      return { kind: "error", message: "unbalanced quote" };
    }
    if (c.at < c.text.length && !isSpace(c.text.charAt(c.at))) {
      skipToSpace(c);
      return { kind: "error", message: "unexpected text after the closing quote" };
    }
    return { kind: "bare", value };
  }
  const rest = c.text.slice(c.at);
  const head = KEY_HEAD.exec(rest)?.[0];
  const operator = head === undefined ? undefined : OPERATORS.find((op) => rest.startsWith(op, head.length));
  if (head === undefined || operator === undefined) {
    const start = c.at;
    skipToSpace(c);
    const value = c.text.slice(start, c.at);
    if (value.includes('"')) return { kind: "error", message: "unbalanced quote" };
    if (value.startsWith("-")) return { kind: "error", message: "a negation needs a key, e.g. -status:failed" };
    return { kind: "bare", value };
  }
  c.at += head.length + operator.length;
  const negated = head.startsWith("-");
  const values = readValues(c);
  if (!Array.isArray(values)) return { kind: "error", message: values.error };
  return { kind: "keyed", key: negated ? head.slice(1) : head, operator, values, negated };
}

function toTerm(
  raw: RawTerm,
  rules: ReturnType<typeof keyRules>,
  aliases: Readonly<Record<string, SearchKey>>,
): SearchTerm | { error: string } {
  if (raw.kind === "error") return { error: raw.message };
  if (raw.kind === "bare")
    return raw.value.length <= 200
      ? { kind: "identifier", value: raw.value }
      : { error: "an identifier is at most 200 characters" };
  const key = canonicalKey(raw.key, aliases);
  if (!key) return { error: `unknown key "${raw.key}"` };
  const rule = rules[key];
  if (raw.operator !== ":" && !rule.comparable)
    return { error: `${key} takes ":" only (comparisons work on amount and created)` };
  if (raw.operator !== ":" && raw.values.length > 1) return { error: "a comparison takes one value" };
  const values: string[] = [];
  for (const value of raw.values) {
    if (value === "") return { error: `${key} needs a value` };
    const checked = rule.value(value);
    if (typeof checked !== "string") return checked;
    if (!values.includes(checked)) values.push(checked);
  }
  return { kind: "filter", key, operator: raw.operator, values, negated: raw.negated };
}

export function parseSearchQuery(text: string, options: ParseOptions = {}): ParsedSearch {
  const rules = keyRules(options.reasons ?? null, options.providers ?? null);
  const terms: SearchTerm[] = [];
  const errors: SearchError[] = [];
  const c: Cursor = { text, at: 0 };
  while (c.at < text.length) {
    if (isSpace(text.charAt(c.at))) {
      c.at++;
      continue;
    }
    const start = c.at;
    const term = toTerm(readTerm(c), rules, options.keyAliases ?? {});
    const raw = text.slice(start, c.at);
    if ("error" in term) errors.push({ term: raw, message: term.error });
    else if (terms.length >= MAX_TERMS) errors.push({ term: raw, message: `more than ${MAX_TERMS} terms` });
    else terms.push(term);
  }
  return { terms, errors };
}

/** A value as the parser reads it back: plain when it can be, quoted (with escapes) otherwise. */
function quote(value: string, bare: boolean): string {
  const plain =
    /^[^\s",\\]+$/.test(value) && !(bare && (value.startsWith("-") || (KEY_HEAD.test(value) && /[:<>]/.test(value))));
  return plain ? value : `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** The canonical text of terms: what the filter controls write into the search box and the URL. */
export function formatSearchQuery(terms: readonly SearchTerm[]): string {
  return terms
    .map((term) =>
      term.kind === "identifier"
        ? quote(term.value, true)
        : `${term.negated ? "-" : ""}${term.key}${term.operator}${term.values.map((value) => quote(value, false)).join(",")}`,
    )
    .join(" ");
}
