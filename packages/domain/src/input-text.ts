// What text an operator or a script may send us. A NUL breaks PostgreSQL's text type (a 500 on main), other control
// characters and lone UTF-16 halves are never typed by a person and corrupt CSV exports and logs; deep nesting is a
// stack-overflow attempt, no input of ours is more than a few levels deep.

/** Nesting deeper than this is refused: our deepest input (a saved view's filters) is four levels. */
export const MAX_INPUT_DEPTH = 16;

// C0 controls except tab, newline and carriage return, which pasted notes and CSV cells carry.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/;
// A high surrogate not followed by a low one, or a low one not preceded by a high one: not a character at all.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The short reason a text is refused, or null when it is fine. */
export function textProblem(text: string): string | null {
  if (CONTROL.test(text)) return "text contains a control character";
  if (LONE_SURROGATE.test(text)) return "text contains an invalid character";
  return null;
}

/** The first problem in a JSON-like value (every key and string, at any depth), or null. */
export function inputProblem(value: unknown, maxDepth = MAX_INPUT_DEPTH): string | null {
  return walk(value, maxDepth, 0);
}

function walk(value: unknown, maxDepth: number, depth: number): string | null {
  if (typeof value === "string") return textProblem(value);
  if (!value || typeof value !== "object") return null;
  if (depth >= maxDepth) return "input is nested too deeply";
  const entries: Iterable<[unknown, unknown]> = Array.isArray(value)
    ? value.entries()
    : value instanceof Map
      ? value.entries()
      : value instanceof Set
        ? [...value].entries()
        : Object.entries(value);
  for (const [key, item] of entries) {
    const problem =
      (typeof key === "string" ? textProblem(key) : walk(key, maxDepth, depth + 1)) ?? walk(item, maxDepth, depth + 1);
    if (problem) return problem;
  }
  return null;
}
