// Wallet checkouts (Pockyt): the vendor follows the buyer (docs/traffic.md §9 method mix), the currency what the vendor
// accepts.
import type { PayInput } from "@paylens/providers/connector";
import { chance, lognormalMedian, randomInt, type Rng, weightedChoice } from "../random.ts";

type Vendor = "alipay" | "wechatpay" | "unionpay" | "paypal" | "venmo" | "creditcard";

// Buyers by market, and each market's wallets (CN wallets 80 %, US PayPal/Venmo/cards) — rounded from docs/traffic.md.
const MARKETS: ReadonlyArray<
  readonly [{ country: string; vendors: ReadonlyArray<readonly [Vendor, number]> }, number]
> = [
  [
    {
      country: "CN",
      vendors: [
        ["alipay", 50],
        ["wechatpay", 40],
        ["unionpay", 10],
      ],
    },
    45,
  ],
  [
    {
      country: "US",
      vendors: [
        ["paypal", 50],
        ["venmo", 15],
        ["creditcard", 30],
        ["alipay", 5],
      ],
    },
    40,
  ],
  [
    {
      country: "GB",
      vendors: [
        ["alipay", 70],
        ["paypal", 30],
      ],
    },
    15,
  ],
];

// docs/providers/pockyt.md §5: creditcard/paypal/venmo take USD; unionpay/wechatpay USD or CNY; alipay USD, CNY or GBP.
function currencyFor(vendor: Vendor, country: string, rng: Rng): string {
  if (vendor === "alipay" && country === "GB") return "GBP";
  if ((vendor === "alipay" || vendor === "wechatpay" || vendor === "unionpay") && country === "CN")
    return chance(rng, 0.7) ? "CNY" : "USD";
  return "USD";
}

export interface WalletOrder {
  input: PayInput;
  inStore: boolean;
}

export function buildWalletOrder(
  rng: Rng,
  sequence: number,
  notificationUrl: string | null,
  returnUrl: string,
): WalletOrder {
  const market = weightedChoice(rng, MARKETS);
  const vendor = weightedChoice(rng, market.vendors);
  const currency = currencyFor(vendor, market.country, rng);
  const major = Math.max(1, Math.round(lognormalMedian(rng, currency === "CNY" ? 260 : 38, 0.8)));
  // Scanning the shopper's wallet at a till only works for the Chinese wallets.
  const inStore = (vendor === "alipay" || vendor === "wechatpay") && chance(rng, 0.25);
  const input: PayInput = {
    amountMinor: BigInt(
      major * 100 +
        weightedChoice(rng, [
          [0, 5],
          [99, 3],
          [randomInt(rng, 100), 2],
        ] as const),
    ),
    currency,
    description: `Order #${200_000 + sequence}`,
    trackingId: `pk-${Date.now().toString(36)}-${sequence}`,
    wallet: { vendor, terminal: inStore ? "INSTORE" : chance(rng, 0.6) ? "WAP" : "ONLINE" },
    customer: {
      email: `buyer${randomInt(rng, 99_999)}@example.com`,
      ip: `203.0.113.${1 + randomInt(rng, 254)}`,
      country: market.country,
    },
    notificationUrl,
    returnUrl,
    test: true,
  };
  return { input, inStore };
}
