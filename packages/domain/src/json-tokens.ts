// Walking raw JSON text token by token: numbers beyond 2^53 and key order stay exactly as sent, and the walk is
// iterative, so a deeply nested hostile body cannot overflow the stack.

const SPACE = /\s/;
const TOKEN_END = /[\s,:\]}]/;

export function isSpace(c: string): boolean {
  return SPACE.test(c);
}

export function skipSpace(text: string, i: number): number {
  while (i < text.length && SPACE.test(text[i] as string)) i++;
  return i;
}

/** The index just past the string token starting at `start` (a `"`). */
export function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i + 1;
}

/** The index just past a number, true, false or null token. */
export function tokenEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length && !TOKEN_END.test(text[i] as string)) i++;
  return i;
}

/** The index just past the JSON value starting at `start` (a whole object or array included). */
export function valueEnd(text: string, start: number): number {
  const c = text[start];
  if (c === '"') return stringEnd(text, start);
  if (c !== "{" && c !== "[") return tokenEnd(text, start);
  let depth = 0;
  for (let i = start; i < text.length;) {
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

/** The nesting depth of a JSON text, counted without parsing it (strings skipped). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '"') {
      i = stringEnd(text, i);
      continue;
    }
    if (c === "{" || c === "[") deepest = Math.max(deepest, ++depth);
    else if (c === "}" || c === "]") depth--;
    i++;
  }
  return deepest;
}

/** The text of a JSON string token, or null when the token is not valid JSON. */
export function stringValue(token: string): string | null {
  try {
    const value: unknown = JSON.parse(token);
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}
