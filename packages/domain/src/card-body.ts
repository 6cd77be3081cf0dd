// One redaction for a whole inbound body (a webhook, a provider's answer, a report file), applied after its signature
// was checked on the original bytes and before anything is written or logged. The result still parses the way the
// original did, so a stored message can be applied again from it: JSON keeps its layout, key order and big numbers
// (only the card data in it changes), a form stays a form.
import { isIdentifierToken, isPan, isSecurityCodeField, maskDigits, redactText, REDACTED } from "./card.ts";
import {
  CLOSE_BRACE,
  CLOSE_BRACKET,
  COLON,
  COMMA,
  isSpaceCode,
  OPEN_BRACE,
  OPEN_BRACKET,
  QUOTE,
  skipSpace,
  stringEnd,
  stringValue,
  tokenEnd,
  valueEnd,
} from "./json-tokens.ts";

export interface RedactOptions {
  contentType?: string | null;
  /** Fields holding the provider's own identifiers, kept when they are plain digits (see `redactCardData`). */
  keep?: ReadonlySet<string>;
}

const FORM = /^[^\s=&]+=[^\s&]*(&[^\s=&]+=[^\s&]*)*$/;

export type BodyFormat = "json" | "form" | "text";

export function bodyFormat(raw: string, contentType?: string | null): BodyFormat {
  const trimmed = raw.trim();
  if ((trimmed.startsWith("{") || trimmed.startsWith("[")) && isJson(trimmed)) return "json";
  if (trimmed !== "" && (/x-www-form-urlencoded/i.test(contentType ?? "") || FORM.test(trimmed))) return "form";
  return "text";
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The body with every card number masked and every security code dropped, in the format it came in. */
export function redactBody(raw: string, options: RedactOptions = {}): string {
  const keep = options.keep ?? new Set<string>();
  switch (bodyFormat(raw, options.contentType)) {
    case "json":
      return redactJson(raw, keep);
    case "form":
      return redactForm(raw.trim(), keep);
    case "text":
      return redactText(raw);
  }
}

/** Decoded pairs, so a card number sent percent-encoded is found too; a security code keeps its name, not its value. */
function redactForm(text: string, keep: ReadonlySet<string>): string {
  const out = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(text)) {
    if (isSecurityCodeField(key)) out.append(key, REDACTED);
    else out.append(redactText(key), keep.has(key) && isIdentifierToken(value) ? value : redactText(value));
  }
  return out.toString();
}

/**
 * Rewrites valid JSON in place: strings redacted, a card number sent as a number becomes its masked string. Only what
 * changes is rebuilt: the text between changes is copied in slices, and a body without card data is returned as is.
 */
function redactJson(text: string, keep: ReadonlySet<string>): string {
  let out = "";
  let copied = 0;
  const replace = (start: number, end: number, by: string) => {
    out += text.slice(copied, start) + by;
    copied = end;
  };
  // The field whose value comes next, while that value is a string or a number.
  let field: string | null = null;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c === COLON || isSpaceCode(c)) {
      i++;
      continue;
    }
    if (c === COMMA || c === OPEN_BRACE || c === OPEN_BRACKET || c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      field = null;
      i++;
      continue;
    }
    if (c !== QUOTE) {
      // A number, true, false or null.
      const end = tokenEnd(text, i);
      const token = text.slice(i, end);
      if (isPan(token)) replace(i, end, `"${maskDigits(token)}"`);
      field = null;
      i = end;
      continue;
    }
    const end = stringEnd(text, i);
    const token = text.slice(i, end);
    const colon = skipSpace(text, end);
    if (text.charCodeAt(colon) === COLON) {
      const name = stringValue(token);
      const key = redactText(token);
      if (key !== token) replace(i, end, key);
      if (name !== null && isSecurityCodeField(name)) {
        // The whole value goes, whatever it is (a number, a string, an object).
        const start = skipSpace(text, colon + 1);
        i = valueEnd(text, start);
        replace(start, i, `"${REDACTED}"`);
      } else {
        field = name;
        i = end;
      }
      continue;
    }
    const kept = field !== null && keep.has(field) && isIdentifierToken(stringValue(token) ?? "");
    const value = kept ? token : redactText(token);
    if (value !== token) replace(i, end, value);
    field = null;
    i = end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
