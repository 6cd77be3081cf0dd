// The search language as typed text: tokens with their places, so the console's controls and chips can edit one term
// and leave the rest of what the user typed exactly as it was. search-query.ts parses the same text into terms for
// the server (search-text.test.ts checks that both read every term alike).
import { KEY_NAME, SEARCH_OPERATORS, type SearchOperator } from "./search-keys.ts";

export const OPERATORS = SEARCH_OPERATORS;
export type Operator = SearchOperator;

export interface QueryToken {
  /** The token exactly as typed, e.g. `-status:failed,expired` or `issuer:"Bank of X"`. */
  text: string;
  start: number;
  end: number;
  negated: boolean;
  /** Lower-case key; null for a bare word (an identifier). */
  key: string | null;
  op: Operator | null;
  /** Unquoted values; a bare word has one. */
  values: string[];
}

export interface TermSpec {
  key: string;
  op?: Operator;
  values: readonly string[];
  negated?: boolean;
}

// Longest operator first, so `>=` is not read as `>` and a value starting with `=`.
const OPERATOR_PATTERN = [...SEARCH_OPERATORS].sort((a, b) => b.length - a.length).join("|");
const KEYED = new RegExp(`^(${KEY_NAME})(${OPERATOR_PATTERN})([\\s\\S]*)$`);

/** Splits at whitespace outside double quotes; an unclosed quote runs to the end (the user is still typing). */
function spans(query: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let i = 0;
  while (i < query.length) {
    while (i < query.length && /\s/.test(query.charAt(i))) i++;
    if (i >= query.length) break;
    const start = i;
    let quoted = false;
    while (i < query.length && (quoted || !/\s/.test(query.charAt(i)))) {
      const char = query.charAt(i);
      if (quoted && char === "\\") i++;
      else if (char === '"') quoted = !quoted;
      i++;
    }
    const end = Math.min(i, query.length);
    out.push({ text: query.slice(start, end), start, end });
  }
  return out;
}

/** `"Bank of \"X\""` → `Bank of "X"`; text outside quotes is kept as is. */
function unquote(text: string): string {
  let out = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted && char === "\\" && i + 1 < text.length) out += text.charAt(++i);
    else if (char === '"') quoted = !quoted;
    else out += char;
  }
  return out;
}

/** Splits `a,"b, c",d` at commas outside quotes. */
function splitValues(text: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (quoted && char === "\\" && i + 1 < text.length) {
      current += char + text.charAt(++i);
      continue;
    }
    if (char === '"') quoted = !quoted;
    if (char === "," && !quoted) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts.map(unquote).filter((part) => part !== "");
}

export function tokenize(query: string): QueryToken[] {
  return spans(query).map(({ text, start, end }) => {
    const negated = text.length > 1 && text.startsWith("-");
    const body = negated ? text.slice(1) : text;
    const keyed = body.startsWith('"') ? null : KEYED.exec(body);
    if (keyed) {
      const [, key = "", op = ":", rest = ""] = keyed;
      return { text, start, end, negated, key: key.toLowerCase(), op: op as Operator, values: splitValues(rest) };
    }
    const value = unquote(body);
    return { text, start, end, negated, key: null, op: null, values: value ? [value] : [] };
  });
}

/** Quotes a value only when it needs it: spaces, commas, quotes, or a leading minus. */
export function quoteValue(value: string): string {
  if (value !== "" && !/[\s,"\\]/.test(value) && !value.startsWith("-")) return value;
  return `"${value.replace(/["\\]/g, (char) => `\\${char}`)}"`;
}

export function formatTerm(term: TermSpec): string {
  const values = term.values.map(quoteValue).join(",");
  return `${term.negated ? "-" : ""}${term.key}${term.op ?? ":"}${values}`;
}

/** Joins the text around a removed or replaced span with exactly one space, trimming the ends. */
function splice(query: string, start: number, end: number, insert: string): string {
  const before = query.slice(0, start).replace(/\s+$/, "");
  const after = query.slice(end).replace(/^\s+/, "");
  return [before, insert, after].filter(Boolean).join(" ");
}

export function removeToken(query: string, token: Pick<QueryToken, "start" | "end">): string {
  return splice(query, token.start, token.end, "");
}

/**
 * Replaces every plain (not negated) `key` term with the given operators by `replacement` (a term's text, or ""
 * to remove them). The first match keeps its place so the text does not jump; with no match it is appended.
 */
export function replaceTerms(query: string, key: string, ops: readonly Operator[], replacement: string): string {
  const matches = tokenize(query).filter(
    (token) => !token.negated && token.key === key && token.op !== null && ops.includes(token.op),
  );
  let text = query;
  // Right to left, so earlier offsets stay valid.
  for (let i = matches.length - 1; i >= 0; i--) {
    const token = matches[i];
    if (token) text = splice(text, token.start, token.end, i === 0 ? replacement : "");
  }
  if (!matches.length && replacement) text = [text.trim(), replacement].filter(Boolean).join(" ");
  return text.trim();
}

/** Sets (or with no values removes) one plain term: setTerm("status:failed x", "status", ["expired"]) → "status:expired x". */
export function setTerm(query: string, key: string, values: readonly string[], op: Operator = ":"): string {
  return replaceTerms(query, key, [op], values.length ? formatTerm({ key, op, values }) : "");
}

/** The values of the plain `key:` terms, merged in order of appearance without duplicates. */
export function termValues(tokens: readonly QueryToken[], key: string, op: Operator = ":"): string[] {
  const values = tokens
    .filter((token) => !token.negated && token.key === key && token.op === op)
    .flatMap((token) => token.values);
  return [...new Set(values)];
}

/** Collapses runs of whitespace so equal queries compare equal. */
export function normalizeQuery(query: string): string {
  return spans(query)
    .map((span) => span.text)
    .join(" ");
}
