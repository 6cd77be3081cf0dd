// The traffic the demo seed generates: each provider's accounts and methods, with the id shapes they really use.
import type { SeedProfile } from "@paylens/db/seed/palette";

const beGateway = (accountId: string, accountName: string, threeDsShare: number, weight: number): SeedProfile => ({
  accountId,
  accountName,
  provider: "begateway",
  method: "credit_card",
  card: true,
  currency: null,
  customerCountry: null,
  uidStyle: "dash-hex",
  trackingPrefix: "ord-",
  references: "bank",
  threeDsShare,
  weight,
});

const antom = (
  method: string,
  currency: string | null,
  customerCountry: string | null,
  weight: number,
): SeedProfile => ({
  accountId: "seed-antom",
  accountName: "Antom global (seed)",
  provider: "antom",
  method,
  card: method === "credit_card",
  currency,
  customerCountry,
  uidStyle: "dated-digits",
  trackingPrefix: "pr-",
  references: "network",
  threeDsShare: 0.5,
  weight,
});

const pockyt = (method: string, currency: string, customerCountry: string, weight: number): SeedProfile => ({
  accountId: "seed-pockyt",
  accountName: "Pockyt wallets (seed)",
  provider: "pockyt",
  method,
  card: false,
  currency,
  customerCountry,
  uidStyle: "digits",
  trackingPrefix: "pk-",
  references: "vendor",
  threeDsShare: 0,
  weight,
});

// Roughly: beGateway carries most card traffic, Antom cards plus Asian wallets, Pockyt Chinese and US wallets.
export const SEED_PROFILES: readonly SeedProfile[] = [
  beGateway("seed-begateway-eu", "beGateway EU shop (seed)", 0.6, 40),
  beGateway("seed-begateway-3ds", "beGateway 3-D Secure shop (seed)", 0.95, 15),
  antom("credit_card", null, null, 15),
  antom("alipay_cn", "CNY", "CN", 3),
  antom("alipay_hk", "HKD", "HK", 2),
  antom("gcash", "PHP", "PH", 2),
  antom("kakaopay", "KRW", "KR", 2),
  pockyt("alipay", "CNY", "CN", 6),
  pockyt("wechatpay", "CNY", "CN", 5),
  pockyt("paypal", "USD", "US", 4),
  pockyt("venmo", "USD", "US", 1),
  pockyt("unionpay", "CNY", "CN", 1),
];

/** Minor units of a typical price unit, so a 45-unit basket reads 45.99 EUR, 6750 JPY or 315.00 CNY. */
export const PRICE_UNITS: Readonly<Record<string, number>> = {
  EUR: 100,
  USD: 100,
  GBP: 100,
  AUD: 150,
  JPY: 150,
  CNY: 700,
  HKD: 800,
  PHP: 5600,
  KRW: 1300,
};

export const FIRST_NAMES = [
  "anna",
  "jonas",
  "maria",
  "liam",
  "sofia",
  "noah",
  "emma",
  "lucas",
  "mia",
  "hiro",
  "chloe",
  "mateo",
  "wei",
  "li",
  "olga",
  "ines",
];
export const LAST_NAMES = [
  "kowalski",
  "petrauskas",
  "smith",
  "muller",
  "dubois",
  "tanaka",
  "silva",
  "garcia",
  "brown",
  "jansen",
  "wang",
  "kim",
  "rossi",
  "novak",
];
