// Turns a palette into the arrays the set-based INSERT reads (one array per column, weighted choices as slot tables).
import { expandSlots, SLOTS, type SeedPalette } from "./palette.ts";

export interface PreparedPalette {
  profiles: {
    accountId: string[];
    provider: string[];
    method: string[];
    card: boolean[];
    currency: (string | null)[];
    customerCountry: (string | null)[];
    uidStyle: string[];
    trackingPrefix: string[];
    references: string[];
    threeDsShare: number[];
    groupBase: number[];
    slots: number[];
  };
  bins: { bin: string[]; brand: string[]; issuer: string[]; country: string[]; currency: string[]; slots: number[] };
  statuses: { status: string[]; slots: number[]; successIndex: number };
  outcomes: {
    code: (string | null)[];
    letter: (string | null)[];
    service: (string | null)[];
    message: (string | null)[];
    friendlyMessage: (string | null)[];
    reason: (string | null)[];
    retryable: (boolean | null)[];
    /** SLOTS entries per (provider, status) group: group = provider index × statuses + status index. */
    slots: number[];
  };
  firstNames: string[];
  lastNames: string[];
  /** Minor units per price unit of each profile's fixed currency (null: the card's) and of each BIN's currency. */
  priceUnits: { profile: (number | null)[]; bin: number[] };
}

export function preparePalette(palette: SeedPalette): PreparedPalette {
  const providers = [...new Set(palette.profiles.map((p) => p.provider))];
  const statuses = palette.statuses.map((s) => s.status);
  const successIndex = statuses.indexOf("successful") + 1;
  if (successIndex === 0) throw new Error("the palette needs a successful status");

  const outcomeSlots: number[] = [];
  for (const provider of providers) {
    for (const status of statuses) {
      const indices: number[] = [];
      const weights: number[] = [];
      palette.outcomes.forEach((outcome, index) => {
        if (outcome.provider === provider && outcome.status === status) {
          indices.push(index + 1);
          weights.push(outcome.weight);
        }
      });
      if (indices.length === 0) throw new Error(`no seed outcome for ${provider} ${status}`);
      outcomeSlots.push(...expandSlots(weights).map((slot) => indices[slot - 1] ?? 1));
    }
  }
  const o = palette.outcomes;
  const p = palette.profiles;
  const b = palette.bins;
  return {
    profiles: {
      accountId: p.map((x) => x.accountId),
      provider: p.map((x) => x.provider),
      method: p.map((x) => x.method),
      card: p.map((x) => x.card),
      currency: p.map((x) => x.currency),
      customerCountry: p.map((x) => x.customerCountry),
      uidStyle: p.map((x) => x.uidStyle),
      trackingPrefix: p.map((x) => x.trackingPrefix),
      references: p.map((x) => x.references),
      threeDsShare: p.map((x) => x.threeDsShare),
      groupBase: p.map((x) => providers.indexOf(x.provider) * statuses.length),
      slots: expandSlots(p.map((x) => x.weight)),
    },
    bins: {
      bin: b.map((x) => x.bin),
      brand: b.map((x) => x.brand),
      issuer: b.map((x) => x.issuer),
      country: b.map((x) => x.country),
      currency: b.map((x) => x.currency),
      slots: expandSlots(b.map((x) => x.weight)),
    },
    statuses: { status: statuses, slots: expandSlots(palette.statuses.map((s) => s.weight)), successIndex },
    outcomes: {
      code: o.map((x) => x.code),
      letter: o.map((x) => x.letter),
      service: o.map((x) => x.service),
      message: o.map((x) => x.message),
      friendlyMessage: o.map((x) => x.friendlyMessage),
      reason: o.map((x) => x.reason),
      retryable: o.map((x) => x.retryable),
      slots: outcomeSlots,
    },
    firstNames: palette.firstNames,
    lastNames: palette.lastNames,
    priceUnits: {
      profile: p.map((x) => (x.currency ? (palette.priceUnits[x.currency] ?? 100) : null)),
      bin: b.map((x) => palette.priceUnits[x.currency] ?? 100),
    },
  };
}

export { SLOTS };
