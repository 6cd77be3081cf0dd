// Which refunds wait for a second person: a limit per currency (ARCHITECTURE.md, "Actions"). One number in every currency would
// let JPY 501 (about USD 3) wait and a KWD refund worth USD 1,600 pass, so each currency has its own limit.
import { currencyExponent, parseMajor } from "./money.ts";

// Defaults in major units: about USD 500 at late-2026 rates, rounded to a figure an operator recognises in that
// currency (JPY 50,000 ≈ USD 330, CNY 3,500 ≈ USD 490, BYN 1,500 ≈ USD 460, PLN 2,000 ≈ USD 500, RUB 50,000 ≈ USD 550).
// Rounding down where the round figure is far off keeps the rule on the cautious side. The operator overrides any of
// them in Settings; the minor units come from the currency's exponent (money.ts), so "50000" JPY is 50,000 yen.
const DEFAULTS_MAJOR: Record<string, string> = {
  USD: "500.00",
  EUR: "500.00",
  GBP: "500.00",
  CHF: "500.00",
  CAD: "700.00",
  AUD: "750.00",
  HKD: "4000.00",
  SGD: "650.00",
  JPY: "50000",
  KRW: "700000",
  CNY: "3500.00",
  PHP: "30000.00",
  BYN: "1500.00",
  PLN: "2000.00",
  CZK: "12000.00",
  SEK: "5000.00",
  RUB: "50000.00",
  UAH: "20000.00",
  KZT: "250000.00",
  KWD: "150.000",
};

/** The default limits in minor units of each currency, converted once through the currency's exponent. */
export const REFUND_APPROVAL_DEFAULTS: ReadonlyMap<string, bigint> = new Map(
  Object.entries(DEFAULTS_MAJOR).map(([currency, major]) => {
    const minor = parseMajor(major, currency);
    if (minor === null)
      throw new Error(`${currency} ${major} does not fit ${currency}'s ${currencyExponent(currency)} decimals`);
    return [currency, minor];
  }),
);

/**
 * Where a currency's limit comes from. "unlisted": neither a default nor an override exists, and every refund in it
 * waits for a second person — the simple safe rule (a base-currency limit would need exchange rates someone keeps
 * current; a stale rate would let big refunds through silently). Setting a limit in Settings lifts it.
 */
export type ApprovalLimitSource = "override" | "default" | "unlisted";

export interface RefundApprovalLimit {
  currency: string;
  /** Refunds above this many minor units wait; 0 means every refund does. */
  aboveMinor: bigint;
  source: ApprovalLimitSource;
}

/** The operator's limits by currency, from the database. */
export type ApprovalOverrides = ReadonlyMap<string, bigint>;

export function refundApprovalLimit(currency: string, overrides: ApprovalOverrides = new Map()): RefundApprovalLimit {
  const code = currency.toUpperCase();
  const override = overrides.get(code);
  if (override !== undefined) return { currency: code, aboveMinor: override, source: "override" };
  const fallback = REFUND_APPROVAL_DEFAULTS.get(code);
  if (fallback !== undefined) return { currency: code, aboveMinor: fallback, source: "default" };
  return { currency: code, aboveMinor: 0n, source: "unlisted" };
}

/** Whether a refund of this amount waits for a second person in its currency. */
export function refundNeedsApproval(amountMinor: bigint, currency: string, overrides?: ApprovalOverrides): boolean {
  return amountMinor > refundApprovalLimit(currency, overrides).aboveMinor;
}

export interface ApprovalLimitRow extends RefundApprovalLimit {
  defaultMinor: bigint | null;
}

/** Every currency with a default or an override, as Settings lists them: alphabetical. */
export function approvalLimitTable(overrides: ApprovalOverrides = new Map()): ApprovalLimitRow[] {
  const currencies = new Set([...REFUND_APPROVAL_DEFAULTS.keys(), ...overrides.keys()]);
  return [...currencies].sort().map((currency) => ({
    ...refundApprovalLimit(currency, overrides),
    defaultMinor: REFUND_APPROVAL_DEFAULTS.get(currency) ?? null,
  }));
}
