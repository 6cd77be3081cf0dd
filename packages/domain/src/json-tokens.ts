// Walking raw JSON text token by token: numbers beyond 2^53 and key order stay exactly as sent, and the walk is
// iterative, so a deeply nested hostile body cannot overflow the stack. Apart from jsonDepth (which counts any text)
// the walks take valid JSON, parsed once before, so between tokens there is only JSON's whitespace. Characters are
// compared as codes: a regular expression per character was a large part of the webhook path's redaction cost.

export const QUOTE = 34;
export const COMMA = 44;
export const COLON = 58;
export const OPEN_BRACKET = 91;
export const BACKSLASH = 92;
export const CLOSE_BRACKET = 93;
export const OPEN_BRACE = 123;
export const CLOSE_BRACE = 125;

/** Space, tab, line feed or carriage return: JSON's whitespace. */
export const isSpaceCode = (c: number): boolean => c === 32 || c === 10 || c === 13 || c === 9;

export function isSpace(c: string): boolean {
  return isSpaceCode(c.charCodeAt(0));
}

export function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
  return i;
}

/** The index just past the string token starting at `start` (a `"`). */
export function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (let c = text.charCodeAt(i); i < text.length && c !== QUOTE; c = text.charCodeAt(i)) i += c === BACKSLASH ? 2 : 1;
  return i + 1;
}

/** The index just past a number, true, false or null token. */
export function tokenEnd(text: string, start: number): number {
  let i = start;
  for (let c = text.charCodeAt(i); i < text.length; c = text.charCodeAt(++i))
    if (isSpaceCode(c) || c === COMMA || c === COLON || c === CLOSE_BRACKET || c === CLOSE_BRACE) break;
  return i;
}

/** The index just past the JSON value starting at `start` (a whole object or array included). */
export function valueEnd(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c === QUOTE) return stringEnd(text, start);
  if (c !== OPEN_BRACE && c !== OPEN_BRACKET) return tokenEnd(text, start);
  let depth = 0;
  for (let i = start; i < text.length;) {
    const d = text.charCodeAt(i);
    if (d === QUOTE) {
      i = stringEnd(text, i);
      continue;
    }
    if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
    else if (d === CLOSE_BRACE || d === CLOSE_BRACKET) depth--;
    i++;
    if (depth === 0) return i;
  }
  return text.length;
}

/** The nesting depth of a JSON text, counted without parsing it (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length;) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      i = stringEnd(text, i);
      continue;
    }
    if (c === OPEN_BRACE || c === OPEN_BRACKET) deepest = Math.max(deepest, ++depth);
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth--;
    i++;
  }
  return deepest;
}

/** The text of a string token of valid JSON, or null when the token is not a string. */
export function stringValue(token: string): string | null {
  // Without an escape, the text is what lies between the quotes.
  const quoted = token.length >= 2 && token.charCodeAt(0) === QUOTE && token.charCodeAt(token.length - 1) === QUOTE;
  if (quoted && !token.includes("\\")) return token.slice(1, -1);
  try {
    const value: unknown = JSON.parse(token);
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}
