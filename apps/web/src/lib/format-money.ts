// Money arrives as a bigint count of minor units: it is formatted with string arithmetic, never through a float. The
// facts (each currency's exponent) are the domain's; the display (Intl, symbols, grouping) is the browser's.
import { currencyExponent } from "@paylens/domain/money";
import { activeLocale } from "../i18n/index.ts";

/** "symbol": €1,234.56 · "code": EUR 1,234.56 · "none": 1,234.56 (the caller shows the currency itself). */
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
          currencyDisplay: display === "code" ? "code" : "narrowSymbol",
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
