// A stored webhook body made fit for a person to read: card numbers and security codes masked, JSON indented,
// a form as one key=value line per field. The stored raw body stays as received (its signature is over those bytes).
import { CVV_FIELD, maskPans } from "./card.ts";

export type WebhookBodyFormat = "json" | "form" | "text";

export interface WebhookBody {
  format: WebhookBodyFormat;
  /** Masked: no full card number, no security code. */
  text: string;
}

const FORM = /^[^\s=&]+=[^\s&]*(&[^\s=&]+=[^\s&]*)*$/;

export function presentWebhookBody(raw: string, contentType?: string | null): WebhookBody {
  const trimmed = raw.trim();
  if ((trimmed.startsWith("{") || trimmed.startsWith("[")) && isJson(trimmed)) return { format: "json", text: indentJson(trimmed) };
  if (trimmed !== "" && (/x-www-form-urlencoded/i.test(contentType ?? "") || FORM.test(trimmed))) return { format: "form", text: formLines(trimmed) };
  return { format: "text", text: maskPans(raw) };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Decoded pairs, so a card number sent percent-encoded is found and masked too. */
function formLines(text: string): string {
  return [...new URLSearchParams(text)]
    .map(([key, value]) => `${maskPans(oneLine(key))}=${CVV_FIELD.test(key) ? "***" : maskPans(oneLine(value))}`)
    .join("\n");
}

const oneLine = (text: string) => text.replace(/\r?\n/g, "\\n");

const SPACE = /\s/;
const TOKEN_END = /[\s,:\]}]/;

/**
 * Re-indents valid JSON token by token instead of parse-and-print, so numbers beyond 2^53 and key order stay exactly as
 * the provider sent them. Iterative, so a deeply nested hostile body cannot overflow the stack.
 */
export function indentJson(text: string): string {
  const out: string[] = [];
  let depth = 0;
  let cvvNext = false;
  const newline = () => `\n${"  ".repeat(depth)}`;
  for (let i = 0; i < text.length; ) {
    const c = text[i] as string;
    if (SPACE.test(c)) {
      i++;
    } else if (cvvNext && c !== ":") {
      out.push('"***"');
      i = valueEnd(text, i);
      cvvNext = false;
    } else if (c === '"') {
      const end = stringEnd(text, i);
      const token = text.slice(i, end);
      i = end;
      if (text[skipSpace(text, i)] === ":") {
        out.push(token);
        cvvNext = CVV_FIELD.test(JSON.parse(token) as string);
      } else {
        out.push(maskPans(token));
      }
    } else if (c === "{" || c === "[") {
      const after = skipSpace(text, i + 1);
      if (text[after] === (c === "{" ? "}" : "]")) {
        out.push(c, text[after] as string);
        i = after + 1;
      } else {
        depth++;
        out.push(c, newline());
        i++;
      }
    } else if (c === "}" || c === "]") {
      depth--;
      out.push(newline(), c);
      i++;
    } else if (c === ",") {
      out.push(",", newline());
      i++;
    } else if (c === ":") {
      out.push(": ");
      i++;
    } else {
      const end = tokenEnd(text, i);
      out.push(maskPans(text.slice(i, end)));
      i = end;
    }
  }
  return out.join("");
}

function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.test(text[i] as string)) i++;
  return i;
}

function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i + 1;
}

function tokenEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !TOKEN_END.test(text[i] as string)) i++;
  return i;
}

/** The index just past the JSON value starting at `start` (a whole object or array included). */
function valueEnd(text: string, start: number): number {
  const c = text[start];
  if (c === '"') return stringEnd(text, start);
  if (c !== "{" && c !== "[") return tokenEnd(text, start);
  let depth = 0;
  for (let i = start; i < text.length; ) {
    const d = text[i];
    if (d === '"') {
      i = stringEnd(text, i);
      continue;
    }
    if (d === "{" || d === "[") depth++;
    else if (d === "}" || d === "]") depth--;
    i++;
    if (depth === 0) return i;
  }
  return text.length;
}
