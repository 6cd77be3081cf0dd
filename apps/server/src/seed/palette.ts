// The demo seed's palette: accounts and methods, the sandbox's BIN catalogue, catalogue outcomes, names, prices.
import type { SeedBin, SeedPalette } from "@paylens/db/seed/palette";
import { BIN_CATALOGUE, type IssuerRegion } from "@paylens/sandbox/cards";
import { seedOutcomes, SEED_STATUSES } from "./outcomes.ts";
import { FIRST_NAMES, LAST_NAMES, PRICE_UNITS, SEED_PROFILES } from "./profiles.ts";

// Share of card traffic per issuer region for a European merchant selling worldwide (as the traffic generator).
const REGION_WEIGHTS: Record<IssuerRegion, number> = { EU: 38, UK: 17, NA: 25, LATAM: 8, APAC: 12, OTHER: 0 };
const CURRENCY_BY_COUNTRY: Record<string, string> = {
  US: "USD",
  GB: "GBP",
  JP: "JPY",
  AU: "AUD",
  BR: "USD",
  MX: "USD",
};

function seedBins(): SeedBin[] {
  const perRegion = new Map<IssuerRegion, number>();
  for (const entry of BIN_CATALOGUE) perRegion.set(entry.region, (perRegion.get(entry.region) ?? 0) + 1);
  const bins = BIN_CATALOGUE.map((entry) => ({
    bin: entry.bin,
    brand: entry.brand,
    issuer: entry.issuer,
    country: entry.country ?? "LT",
    currency: CURRENCY_BY_COUNTRY[entry.country ?? ""] ?? "EUR",
    weight: REGION_WEIGHTS[entry.region] / (perRegion.get(entry.region) ?? 1),
  }));
  // beGateway's documented test card, as in its sandbox's example responses.
  return [...bins, { bin: "420000", brand: "visa", issuer: "VISA", country: "LT", currency: "EUR", weight: 2 }];
}

export function seedPalette(): SeedPalette {
  const providers = [...new Set(SEED_PROFILES.map((profile) => profile.provider))];
  return {
    profiles: [...SEED_PROFILES],
    bins: seedBins(),
    outcomes: seedOutcomes(providers),
    statuses: SEED_STATUSES.map((s) => ({ ...s })),
    firstNames: FIRST_NAMES,
    lastNames: LAST_NAMES,
    priceUnits: { ...PRICE_UNITS },
  };
}
