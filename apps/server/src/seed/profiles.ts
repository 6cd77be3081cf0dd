// The traffic the demo seed generates: each provider's accounts and methods (its definition), and the shoppers.
import type { SeedProfile } from "@paylens/db/seed/palette";
import { providerDefinitions } from "@paylens/providers/catalog";

// Each provider's seed traffic is part of its definition; the weights share out all seeded traffic.
export const SEED_PROFILES: readonly SeedProfile[] = providerDefinitions().flatMap((provider) => {
  const seed = provider.demo?.seed;
  if (!seed) return [];
  return seed.accounts.flatMap((account) =>
    account.methods.map((method) => ({
      accountId: account.accountId,
      accountName: account.accountName,
      provider: provider.id,
      method: method.method,
      card: method.method === "credit_card",
      currency: method.currency,
      customerCountry: method.customerCountry,
      uidStyle: seed.uidStyle,
      trackingPrefix: seed.trackingPrefix,
      references: seed.references,
      threeDsShare: account.threeDsShare,
      weight: method.weight,
    })),
  );
});

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
