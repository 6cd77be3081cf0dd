// The kind of segment an approval-drop alert names ("Approval for payment method wechatpay fell…"), as each language
// says it after its "for": Russian and Polish in the genitive. The alerts store the database's dimension names.
import type { Language } from "../languages.ts";

export const DIMENSION_WORDS: Record<Language, Readonly<Record<string, string>>> = {
  en: { provider: "provider", issuer: "issuer", bin: "BIN", method: "payment method" },
  ru: { provider: "провайдера", issuer: "эмитента", bin: "BIN", method: "способа оплаты" },
  pl: { provider: "operatora", issuer: "wydawcy", bin: "BIN", method: "metody płatności" },
};
