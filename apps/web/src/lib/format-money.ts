// Money arrives as a bigint count of minor units: it is formatted with string arithmetic, never through a float. The
// facts (each currency's exponent) are the domain's; the display (Intl, symbols, grouping) is the browser's.
import { currencyExponent } from "@paylens/domain/money";
import { activeLocale } from "../i18n/index.ts";

/**
 * "symbol": €1,234.56, and CA$ beside $ where the locale could confuse them · "code": EUR 1,234.56 · "none": 1,234.56
 * (the caller shows the currency itself, once).
 */
export type MoneyDisplay = "symbol" | "code" | "none";

export interface FormatMoneyOptions {
  locale?: string;
  display?: MoneyDisplay;
}

interface Split {
  negative: boolean;
  whole: bigint;
  fraction: string;
}

/** Splits minor units into sign, whole major units and the exact fraction digits. */
export function splitMinor(amountMinor: bigint, exponent: number): Split {
  const negative = amountMinor < 0n;
  const digits = (negative ? -amountMinor : amountMinor).toString().padStart(exponent + 1, "0");
  const cut = digits.length - exponent;
  return { negative, whole: BigInt(digits.slice(0, cut)), fraction: digits.slice(cut) };
}

function template(
  locale: string | undefined,
  currency: string,
  exponent: number,
  display: MoneyDisplay,
  negative: boolean,
) {
  const base = { numberingSystem: "latn", minimumFractionDigits: exponent, maximumFractionDigits: exponent } as const;
  const format =
    display === "none"
      ? new Intl.NumberFormat(locale, base)
      : new Intl.NumberFormat(locale, {
          ...base,
          style: "currency",
          currency,
          // Intl's own symbol, not the narrow one: "$" stays USD and Canada's dollar is CA$, so no code is needed beside it.
          currencyDisplay: display === "code" ? "code" : "symbol",
        });
  // A one-unit template carries the locale's sign, symbol and decimal separator in their places.
  return format.formatToParts(negative ? -1 : 1);
}

/** Exact, locale-aware money: formatMoney(123456n, "EUR", { locale: "en-US" }) === "€1,234.56". */
export function formatMoney(amountMinor: bigint, currency: string, options: FormatMoneyOptions = {}): string {
  const locale = options.locale ?? activeLocale();
  const code = currency.trim().toUpperCase();
  const exponent = currencyExponent(code);
  const { negative, whole, fraction } = splitMinor(amountMinor, exponent);
  const display = options.display ?? "symbol";
  const grouped = new Intl.NumberFormat(locale, { numberingSystem: "latn", maximumFractionDigits: 0 }).format(whole);
  let parts: Intl.NumberFormatPart[];
  try {
    parts = template(locale, code, exponent, display, negative);
  } catch {
    // Not an ISO code Intl knows: show the exact number and the code as given.
    const plain = `${negative ? "-" : ""}${grouped}${fraction ? `.${fraction}` : ""}`;
    return display === "none" || code === "" ? plain : `${plain} ${code}`;
  }
  return parts
    .map((part) => {
      if (part.type === "integer") return grouped;
      if (part.type === "fraction") return fraction;
      return part.value;
    })
    .join("");
}

/** An amount as shown on screen: the number, and the ISO code beside it only where the number does not carry it. */
export interface MoneyText {
  value: string;
  code: string | null;
}

/**
 * "headline": the amount with its currency, formatted once by Intl ($25.99, never "$25.99 USD"); "column": the bare
 * number with the code beside it (25.99 USD), so the digits of a table column line up.
 */
export function moneyText(
  amountMinor: bigint,
  currency: string,
  style: "headline" | "column",
  locale?: string,
): MoneyText {
  if (style === "headline")
    return { value: formatMoney(amountMinor, currency, { locale, display: "symbol" }), code: null };
  const code = currency.trim().toUpperCase();
  return { value: formatMoney(amountMinor, code, { locale, display: "none" }), code: code || null };
}
