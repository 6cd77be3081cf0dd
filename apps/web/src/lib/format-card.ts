// How a payment method reads in one cell: "VISA 420000…0000", or the wallet's name.
import { humanize } from "./vocabulary.ts";

// Wallets' and schemes' own names, the same in every language; a card is worded by the catalogue (vocab.credit_card).
const METHOD_NAMES: Record<string, string> = {
  alipay: "Alipay",
  unionpay: "UnionPay",
  venmo: "Venmo",
  alipay_cn: "Alipay CN",
  alipay_hk: "AlipayHK",
  wechatpay: "WeChat Pay",
  paypal: "PayPal",
  gcash: "GCash",
};

/** "alipay_cn" → "Alipay CN"; unknown methods are humanized. */
export function methodName(method: string): string {
  return METHOD_NAMES[method.toLowerCase()] ?? humanize(method);
}

export interface CardFields {
  methodType?: string | null;
  cardBrand?: string | null;
  cardBin?: string | null;
  cardLast4?: string | null;
}

// Long scheme names shortened the way card people write them, so the number stays readable in a cell.
const BRAND_SHORT: Readonly<Record<string, string>> = { MASTERCARD: "MC", MASTER: "MC", "AMERICAN EXPRESS": "AMEX" };

/** "VISA 420000…0000"; the method ("alipay") when there is no card; null when nothing is known. */
export function formatCard(row: CardFields): string | null {
  const upper = row.cardBrand?.trim().toUpperCase() ?? "";
  const brand = BRAND_SHORT[upper] ?? upper;
  const bin = row.cardBin?.trim() ?? "";
  const last4 = row.cardLast4?.trim() ?? "";
  const number = bin || last4 ? `${bin || "••••"}…${last4 || "••••"}` : "";
  const text = [brand, number].filter(Boolean).join(" ");
  if (text) return text;
  return row.methodType ? methodName(row.methodType) : null;
}
