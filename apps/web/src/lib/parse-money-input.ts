// What an operator types as an amount ("12.50", "1 234,5", "1,234.50") → exact minor units, by string arithmetic only.
import { currencyExponent, formatMinor, parseMajor } from "@paylens/domain/money";

/** Why an amount was not read, for a screen that words it in the reader's language. */
export type AmountProblem = "empty" | "format" | "decimals" | "zero";

export type ParsedAmount = { ok: true; minor: bigint } | { ok: false; problem: AmountProblem };

const SPACES = /[\s\u00a0\u202f']/g;

/** Reads major units; one "." or "," is the decimal point, repeated ones (or the other sign) group thousands. */
export function parseMoneyInput(text: string, currency: string): ParsedAmount {
  const exponent = currencyExponent(currency);
  let cleaned = text.replace(SPACES, "");
  if (cleaned === "") return { ok: false, problem: "empty" };
  const lastDot = cleaned.lastIndexOf(".");
  const lastComma = cleaned.lastIndexOf(",");
  const decimal =
    lastDot >= 0 && lastComma >= 0
      ? lastDot > lastComma
        ? "."
        : ","
      : lastDot >= 0
        ? "."
        : lastComma >= 0
          ? ","
          : null;
  if (decimal) {
    const group = decimal === "." ? "," : ".";
    const occurrences = cleaned.split(decimal).length - 1;
    if (occurrences > 1 && !cleaned.includes(group)) {
      cleaned = cleaned.split(decimal).join(""); // "1.234.567": grouping only
    } else {
      const at = cleaned.lastIndexOf(decimal);
      cleaned = `${cleaned.slice(0, at).split(group).join("")}.${cleaned.slice(at + 1)}`;
    }
  }
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned);
  if (!match) return { ok: false, problem: "format" };
  const fraction = match[2] ?? "";
  if (fraction.length > exponent) {
    return { ok: false, problem: "decimals" };
  }
  const minor = parseMajor(fraction ? `${match[1] ?? "0"}.${fraction}` : (match[1] ?? "0"), currency) ?? 0n;
  if (minor <= 0n) return { ok: false, problem: "zero" };
  return { ok: true, minor };
}

/** Minor units as plain major-unit text for an input: 123450n EUR → "1234.50". */
export const minorToInput = formatMinor;
