// A stored webhook body made fit for a person to read: card numbers and security codes masked, JSON indented,
// a form as one key=value line per field. Stored bodies are already redacted (`card-body.ts`); rows stored before that
// are masked again here.
import { bodyFormat } from "./card-body.ts";
import { isSecurityCodeField, redactText } from "./card.ts";
import { isSpace, skipSpace, stringEnd, stringValue, tokenEnd, valueEnd } from "./json-tokens.ts";

export type WebhookBodyFormat = "json" | "form" | "text";

export interface WebhookBody {
  format: WebhookBodyFormat;
  /** Masked: no full card number, no security code. */
  text: string;
}

export function presentWebhookBody(raw: string, contentType?: string | null): WebhookBody {
  const format = bodyFormat(raw, contentType);
  if (format === "json") return { format, text: indentJson(raw.trim()) };
  if (format === "form") return { format, text: formLines(raw.trim()) };
  return { format, text: redactText(raw) };
}

/** Decoded pairs, so a card number sent percent-encoded is found and masked too. */
function formLines(text: string): string {
  return [...new URLSearchParams(text)]
    .map(
      ([key, value]) => `${redactText(oneLine(key))}=${isSecurityCodeField(key) ? "***" : redactText(oneLine(value))}`,
    )
    .join("\n");
}

const oneLine = (text: string) => text.replace(/\r?\n/g, "\\n");

/**
 * Re-indents valid JSON token by token instead of parse-and-print, so numbers beyond 2^53 and key order stay exactly as
 * the provider sent them. Iterative, so a deeply nested hostile body cannot overflow the stack.
 */
export function indentJson(text: string): string {
  const out: string[] = [];
  let depth = 0;
  let cvvNext = false;
  const newline = () => `\n${"  ".repeat(depth)}`;
  for (let i = 0; i < text.length;) {
    const c = text[i] as string;
    if (isSpace(c)) {
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
        cvvNext = isSecurityCodeField(stringValue(token) ?? "");
      } else {
        out.push(redactText(token));
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
      out.push(redactText(text.slice(i, end)));
      i = end;
    }
  }
  return out.join("");
}
