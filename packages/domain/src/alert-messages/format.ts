// How an alert message's figures are written in a locale: shared by the server (Slack, e-mail) and the console, which
// imports this file alone (the catalogues load with the language).
import { isLanguage } from "../languages.ts";
import { DIMENSION_WORDS } from "./dimension-words.ts";

export type AlertMessageParams = Readonly<Record<string, string | number>>;

/**
 * Figures as the locale writes them: …Rate as a percent, other numbers grouped with at most one decimal; a segment's
 * dimension ("method") in the locale's words ("payment method").
 */
export function formatAlertParams(params: AlertMessageParams, locale: string): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== "number") out[name] = value;
    else if (name.endsWith("Rate"))
      out[name] = new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 }).format(value);
    else out[name] = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value);
  }
  const language = locale.slice(0, 2);
  if (typeof params.dimension === "string" && isLanguage(language))
    out.dimension = DIMENSION_WORDS[language][params.dimension] ?? params.dimension;
  // i18next picks the plural form from the number itself; the text shows it grouped.
  if (typeof params.count === "number") out.count = params.count;
  return out;
}
