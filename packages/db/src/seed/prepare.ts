// Turns a palette into what the row generator reads: weighted choices as slot tables, and the palette's text already
// in COPY's text format (escaped once here, not once per row).
import { expandSlots, SLOTS, type SeedPalette, type SeedProfile } from "./palette.ts";

const ESCAPES: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/** A value as a field of COPY's text format: backslash, tab and line breaks escaped, null as \N. */
export function copyField(value: string | boolean | null): string {
  if (value === null) return "\\N";
  if (typeof value === "boolean") return value ? "t" : "f";
  return value.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c] ?? c);
}

/** A profile as the generator reads it: its text fields (account, provider, method, currency, …) as COPY fields. */
export type PreparedProfile = Omit<SeedProfile, "accountName" | "weight"> & {
  /** Minor units per price unit of the fixed currency; null: the card's. */
  priceUnit: number | null;
  /** The first of this provider's outcome tables (one per status). */
  outcomeGroup: number;
};

export interface PreparedBin {
  /** COPY fields. */
  bin: string;
  brand: string;
  issuer: string;
  country: string;
  currency: string;
  mastercard: boolean;
  priceUnit: number;
}

export interface PreparedOutcome {
  /** code, letter, service, message, friendly message, reason, retryable: seven COPY fields joined by tabs. */
  fields: string;
  reason: string | null;
}

export interface PreparedPalette {
  profiles: PreparedProfile[];
  /** SLOTS entries each: a weighted draw is one lookup. */
  profileSlots: PreparedProfile[];
  binSlots: PreparedBin[];
  statuses: string[];
  statusSlots: number[];
  successIndex: number;
  /** -1 when the palette has no expired status. */
  expiredIndex: number;
  outcomes: PreparedOutcome[];
  /** SLOTS entries per (provider, status) group: group = provider index × statuses + status index. */
  outcomeSlots: PreparedOutcome[];
  /** Every first × last name: shopper n is shoppers[n % length] (`name` for e-mails, `holder` as on a card). */
  shoppers: { name: string; holder: string }[];
}

/** Picks a slot from a table; a table is never indexed past its end, so a miss is a bug. */
export function pick<T>(table: readonly T[], index: number): T {
  const value = table[index];
  if (value === undefined) throw new Error(`seed table has no entry ${index}`);
  return value;
}

export function preparePalette(palette: SeedPalette): PreparedPalette {
  const providers = [...new Set(palette.profiles.map((p) => p.provider))];
  const statuses = palette.statuses.map((s) => s.status);
  const successIndex = statuses.indexOf("successful");
  if (successIndex === -1) throw new Error("the palette needs a successful status");

  const outcomes: PreparedOutcome[] = palette.outcomes.map((o) => ({
    fields: [o.code, o.letter, o.service, o.message, o.friendlyMessage, o.reason, o.retryable]
      .map(copyField)
      .join("\t"),
    reason: o.reason,
  }));
  const outcomeSlots: PreparedOutcome[] = [];
  for (const provider of providers) {
    for (const status of statuses) {
      const group: PreparedOutcome[] = [];
      const weights: number[] = [];
      palette.outcomes.forEach((outcome, index) => {
        if (outcome.provider === provider && outcome.status === status) {
          group.push(pick(outcomes, index));
          weights.push(outcome.weight);
        }
      });
      if (group.length === 0) throw new Error(`no seed outcome for ${provider} ${status}`);
      outcomeSlots.push(...expandSlots(weights).map((slot) => pick(group, slot)));
    }
  }
  const unit = (currency: string) => palette.priceUnits[currency] ?? 100;
  const profiles: PreparedProfile[] = palette.profiles.map((p) => ({
    accountId: copyField(p.accountId),
    provider: copyField(p.provider),
    method: copyField(p.method),
    card: p.card,
    currency: p.currency === null ? null : copyField(p.currency),
    customerCountry: p.customerCountry === null ? null : copyField(p.customerCountry),
    uidStyle: p.uidStyle,
    trackingPrefix: copyField(p.trackingPrefix),
    references: p.references,
    threeDsShare: p.threeDsShare,
    priceUnit: p.currency === null ? null : unit(p.currency),
    outcomeGroup: providers.indexOf(p.provider) * statuses.length,
  }));
  const bins: PreparedBin[] = palette.bins.map((b) => ({
    bin: copyField(b.bin),
    brand: copyField(b.brand),
    issuer: copyField(b.issuer),
    country: copyField(b.country),
    currency: copyField(b.currency),
    mastercard: b.brand === "mastercard",
    priceUnit: unit(b.currency),
  }));
  const shoppers = palette.lastNames.flatMap((last) =>
    palette.firstNames.map((first) => ({
      name: copyField(`${first}.${last}`),
      holder: copyField(`${first} ${last}`.toUpperCase()),
    })),
  );
  return {
    profiles,
    profileSlots: expandSlots(palette.profiles.map((p) => p.weight)).map((i) => pick(profiles, i)),
    binSlots: expandSlots(palette.bins.map((b) => b.weight)).map((i) => pick(bins, i)),
    statuses: statuses.map(copyField),
    statusSlots: expandSlots(palette.statuses.map((s) => s.weight)),
    successIndex,
    expiredIndex: statuses.indexOf("expired"),
    outcomes,
    outcomeSlots,
    shoppers,
  };
}

export { SLOTS };
