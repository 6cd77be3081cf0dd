// Writes an alert's message (a key and its figures) in a language, the way i18next does in the console: {{name}}
// placeholders, and for a {{count}} the plural form its language needs (key_one, key_few, …, key_other).
import type { Language } from "../languages.ts";
import { en, type AlertMessageKey } from "./en.ts";
import { formatAlertParams, type AlertMessageParams } from "./format.ts";
import { pl } from "./pl.ts";
import { ru } from "./ru.ts";

export type AlertMessageTexts = Readonly<Record<string, string>>;
export type { AlertMessageParams };

/** What a rule stores beside its figures: enough to write its message in any language. */
export interface AlertMessage {
  key: AlertMessageKey;
  params: AlertMessageParams;
}

export const ALERT_MESSAGES: Record<Language, AlertMessageTexts> = { en, ru, pl };

function template(texts: AlertMessageTexts, key: string, count: unknown, language: Language): string | undefined {
  if (typeof count !== "number") return texts[key];
  const form = new Intl.PluralRules(language).select(count);
  return texts[`${key}_${form}`] ?? texts[`${key}_other`];
}

/** The message in `language`; null for a key that language's catalogue does not have. */
export function renderAlertMessage(message: AlertMessage, language: Language): string | null {
  const text = template(ALERT_MESSAGES[language], message.key, message.params.count, language);
  if (text === undefined) return null;
  const values = formatAlertParams(message.params, language);
  const count =
    typeof message.params.count === "number" ? formatAlertParams({ n: message.params.count }, language).n : "";
  return text.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) =>
    name === "count" ? String(count) : String(values[name] ?? ""),
  );
}
