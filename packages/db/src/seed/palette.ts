// What generated transactions are drawn from: plain data the caller builds from the code catalogues and the
// sandbox's card model (apps/server/src/seed/), so this package needs neither.

/** One kind of traffic: an account taking one payment method. */
export interface SeedProfile {
  accountId: string;
  accountName: string;
  provider: string;
  method: string;
  card: boolean;
  /** null: the card's own currency. */
  currency: string | null;
  /** The shopper's country; null: the card's country. */
  customerCountry: string | null;
  /** How the provider's own id looks: beGateway "46154-aba1cf5e57", Antom 2026…0001 (dated), Pockyt 2975…023. */
  uidStyle: "dash-hex" | "dated-digits" | "digits";
  trackingPrefix: string;
  /** Which reference columns the provider fills: bank (rrn, auth code, ref id), network (network id, auth code), vendor (ref id). */
  references: "bank" | "network" | "vendor";
  threeDsShare: number;
  weight: number;
}

export interface SeedBin {
  bin: string;
  brand: string;
  issuer: string;
  country: string;
  currency: string;
  weight: number;
}

export interface SeedOutcome {
  provider: string;
  status: string;
  code: string | null;
  letter: string | null;
  service: string | null;
  message: string | null;
  friendlyMessage: string | null;
  reason: string | null;
  retryable: boolean | null;
  weight: number;
}

export interface SeedPalette {
  profiles: SeedProfile[];
  bins: SeedBin[];
  /** Every (provider, status) of `statuses` needs at least one outcome. */
  outcomes: SeedOutcome[];
  statuses: { status: string; weight: number }[];
  firstNames: string[];
  lastNames: string[];
  /** Minor units of a typical price unit (EUR 100, JPY 150, KRW 1300): amounts look local. */
  priceUnits: Record<string, number>;
}

export const SLOTS = 1000;

/** Weighted choice as a lookup table: SLOTS entries of item indices, each item in proportion to its weight. */
export function expandSlots(weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + Math.max(0, w), 0);
  if (total <= 0) throw new Error("expandSlots needs a positive weight");
  const slots: number[] = [];
  let cumulative = 0;
  weights.forEach((weight, index) => {
    cumulative += Math.max(0, weight);
    const until = Math.round((cumulative / total) * SLOTS);
    while (slots.length < until) slots.push(index);
  });
  return slots;
}
