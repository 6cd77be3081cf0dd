// What parsed search values mean, exactly: date ranges, amount thresholds in minor units, and which identifier
// columns a bare word may name. Pure; the SQL in db/queries/search-*.ts turns these into conditions.
import { parseDay, type SearchOperator } from "./search-keys.ts";

const DAY_MS = 86_400_000;

export interface TimeBound {
  at: Date;
  inclusive: boolean;
}

/** created: a day is the whole UTC day (`created:2026-11-01`, `created<=2026-11-01` includes it); a time is an instant. */
export function createdRange(
  value: string,
  operator: SearchOperator,
): { from: TimeBound | null; to: TimeBound | null } {
  const day = parseDay(value);
  if (day) {
    const next = new Date(day.getTime() + DAY_MS);
    switch (operator) {
      case ":":
        return { from: { at: day, inclusive: true }, to: { at: next, inclusive: false } };
      case ">":
        return { from: { at: next, inclusive: true }, to: null };
      case ">=":
        return { from: { at: day, inclusive: true }, to: null };
      case "<":
        return { from: null, to: { at: day, inclusive: false } };
      case "<=":
        return { from: null, to: { at: next, inclusive: false } };
    }
  }
  const at = new Date(value);
  switch (operator) {
    case ":":
      return { from: { at, inclusive: true }, to: { at, inclusive: true } };
    case ">":
    case ">=":
      return { from: { at, inclusive: operator === ">=" }, to: null };
    case "<":
    case "<=":
      return { from: null, to: { at, inclusive: operator === "<=" } };
  }
}

export type AmountComparison = { op: "=" | ">" | ">=" | "<" | "<="; minor: bigint };

/**
 * `amount>100.00` in minor units of a currency with this exponent, exactly (no floats). A major value finer than
 * the currency allows (100.005 EUR) still compares correctly; `amount:` with it matches nothing (null).
 */
export function amountThreshold(value: string, operator: SearchOperator, exponent: number): AmountComparison | null {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value);
  if (!match) return null;
  const fraction = match[2] ?? "";
  const scaled = BigInt((match[1] ?? "0") + fraction) * 10n ** BigInt(exponent); // value × 10^(exponent + decimals)
  const divisor = 10n ** BigInt(fraction.length);
  const floor = scaled / divisor;
  const exact = scaled % divisor === 0n;
  switch (operator) {
    case ":":
      return exact ? { op: "=", minor: floor } : null;
    case ">":
      return { op: ">", minor: floor };
    case ">=":
      return exact ? { op: ">=", minor: floor } : { op: ">", minor: floor };
    case "<":
      return exact ? { op: "<", minor: floor } : { op: "<=", minor: floor };
    case "<=":
      return { op: "<=", minor: floor };
  }
}

/** Identifier columns a bare word is looked up in, best first: the first that matches names how it was found. */
export const IDENTIFIER_KINDS = ["id", "uid", "tracking", "rrn", "auth", "ref", "network", "email"] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** How a search found its rows when the query held a bare identifier. */
export type MatchedBy = IdentifierKind | "last4+amount" | "bin";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The identifier columns worth probing for this word: an e-mail only where there is an @, our own id only for a UUID. */
export function identifierKindsFor(value: string): IdentifierKind[] {
  if (value.includes("@")) return ["email"];
  return IDENTIFIER_KINDS.filter((kind) => kind !== "email" && (kind !== "id" || UUID.test(value)));
}

/**
 * The ways a bare word is tried, in order, until one finds rows: exact identifier columns first; then, for 4 digits
 * beside an amount term, the card's last 4; for 6–8 digits, the card's BIN.
 */
export type IdentifierMode = "identifiers" | "last4+amount" | "bin";

export function identifierModes(value: string, hasAmountTerm: boolean): IdentifierMode[] {
  const modes: IdentifierMode[] = ["identifiers"];
  if (hasAmountTerm && /^\d{4}$/.test(value)) modes.push("last4+amount");
  if (/^\d{6,8}$/.test(value)) modes.push("bin");
  return modes;
}
