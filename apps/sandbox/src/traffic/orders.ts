// What a merchant's checkout would send: a shopper, a card from a realistic BIN mix, an amount and a currency.
import type { PayInput } from "@paylens/providers/connector";
import { BIN_CATALOGUE, cardNumber, type BinRange, type IssuerRegion } from "../cards.ts";
import { chance, lognormalMedian, randomDigits, randomInt, type Rng, weightedChoice } from "../random.ts";

// Share of traffic per issuer region for a European merchant selling worldwide (an ASSUMPTION in docs/traffic.md's
// spirit).
const REGION_WEIGHTS: ReadonlyArray<readonly [IssuerRegion, number]> = [
  ["EU", 38],
  ["UK", 17],
  ["NA", 25],
  ["LATAM", 8],
  ["APAC", 12],
];

const CURRENCY_BY_COUNTRY: Record<string, string> = {
  US: "USD",
  GB: "GBP",
  JP: "JPY",
  AU: "AUD",
  BR: "USD",
  MX: "USD",
};

// docs/traffic.md §9: 3-D Secure is attempted on most EEA/UK/JP cardholder-initiated payments, rarely in the US.
const THREE_DS_SHARE: Record<IssuerRegion, number> = {
  EU: 0.85,
  UK: 0.85,
  APAC: 0.6,
  NA: 0.05,
  LATAM: 0.25,
  OTHER: 0.25,
};

const FIRST_NAMES = [
  "Anna",
  "Jonas",
  "Maria",
  "Liam",
  "Sofia",
  "Noah",
  "Emma",
  "Lucas",
  "Mia",
  "Hiro",
  "Chloe",
  "Mateo",
];
const LAST_NAMES = [
  "Kowalski",
  "Petrauskas",
  "Smith",
  "Müller",
  "Dubois",
  "Tanaka",
  "Silva",
  "Garcia",
  "Brown",
  "Jansen",
];

export interface Order {
  input: PayInput;
  issuer: BinRange;
  wantsThreeDs: boolean;
  manualCapture: boolean;
}

/** Müller -> Muller: shoppers' e-mail addresses are plain ASCII. */
const ascii = (name: string) => name.normalize("NFD").replace(/[\u0300-\u036f]/g, "");

function pickIssuer(rng: Rng): BinRange {
  const region = weightedChoice(rng, REGION_WEIGHTS);
  const candidates = BIN_CATALOGUE.filter((entry) => entry.region === region);
  return candidates[randomInt(rng, candidates.length)] ?? (BIN_CATALOGUE[0] as BinRange);
}

/** Amount in minor units: lognormal around 45 major units, rounded the way shops price (x.99, x.00, x.50). */
function amountMinor(rng: Rng, currency: string): bigint {
  const major = Math.max(1, Math.round(lognormalMedian(rng, 45, 0.9)));
  if (currency === "JPY") return BigInt(major * 150);
  const cents = weightedChoice(rng, [
    [0, 5],
    [99, 4],
    [50, 2],
    [randomInt(rng, 100), 3],
  ] as const);
  return BigInt(major * 100 + cents);
}

export function buildOrder(rng: Rng, sequence: number, notificationUrl: string | null, returnUrl: string): Order {
  const issuer = pickIssuer(rng);
  const currency = CURRENCY_BY_COUNTRY[issuer.country ?? ""] ?? "EUR";
  const first = FIRST_NAMES[randomInt(rng, FIRST_NAMES.length)] ?? "Anna";
  const last = LAST_NAMES[randomInt(rng, LAST_NAMES.length)] ?? "Smith";
  const now = new Date();
  const input: PayInput = {
    amountMinor: amountMinor(rng, currency),
    currency,
    description: `Order #${100_000 + sequence}`,
    trackingId: `ord-${now.getTime().toString(36)}-${sequence}`,
    card: {
      number: cardNumber(issuer, rng),
      cvc: randomDigits(rng, issuer.brand === "amex" ? 4 : 3),
      holder: `${first} ${last}`.toUpperCase(),
      expMonth: 1 + randomInt(rng, 12),
      // About 2 % of shoppers type a card that has expired.
      expYear: chance(rng, 0.02) ? now.getUTCFullYear() - 1 : now.getUTCFullYear() + 1 + randomInt(rng, 4),
    },
    customer: {
      email: `${ascii(first)}.${ascii(last)}${randomInt(rng, 90) + 10}@example.com`.toLowerCase(),
      ip: `198.51.100.${1 + randomInt(rng, 254)}`,
      country: issuer.country,
      firstName: first,
      lastName: last,
    },
    billingAddress: {
      address: `${1 + randomInt(rng, 200)} Market Street`,
      zip: `${10000 + randomInt(rng, 89999)}`,
      city: "Springfield",
      country: issuer.country ?? "LT",
    },
    notificationUrl,
    returnUrl,
    test: true,
  };
  return { input, issuer, wantsThreeDs: chance(rng, THREE_DS_SHARE[issuer.region]), manualCapture: chance(rng, 0.3) };
}
