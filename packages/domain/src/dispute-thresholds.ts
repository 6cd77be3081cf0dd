// The card schemes' dispute monitoring lines Paylens draws and alerts on, as docs/disputes.md §1 and §2 give them
// (Visa VAMP from 1 April 2026, Mastercard Excessive Chargeback Programme at the ECM level). A line is crossed only
// when the month's rate AND its count both reach it. Each scheme divides by its own denominator: VAMP by the same
// month's settled card payments, ECP by the previous month's sales (§2). Paylens does not split disputes by brand.

/** Which month's captured card payments a line divides the month's disputes by. */
export type LineDenominator = "same_month" | "previous_month";

export interface SchemeLine {
  id: "visa-vamp" | "mastercard-ecp";
  label: string;
  /** Disputes / the denominator's captured card payments, as a ratio (0.015 = 1.5 %). */
  rate: number;
  /** The fewest disputes in the month that count (VAMP: more than 1,500; ECP: at least 100). */
  minCount: number;
  denominator: LineDenominator;
}

export const SCHEME_LINES: readonly SchemeLine[] = [
  { id: "visa-vamp", label: "Visa VAMP", rate: 0.015, minCount: 1_501, denominator: "same_month" },
  { id: "mastercard-ecp", label: "Mastercard ECP", rate: 0.015, minCount: 100, denominator: "previous_month" },
];

/** A month's disputes with the captured card payments of that month and of the month before. */
export interface MonthCounts {
  disputes: number;
  payments: number;
  previousPayments: number;
}

export const lineDenominator = (line: SchemeLine, counts: MonthCounts): number =>
  line.denominator === "previous_month" ? counts.previousPayments : counts.payments;

/** The month's ratio as the line's scheme computes it; null without payments to divide by. */
export function lineRate(line: SchemeLine, counts: MonthCounts): number | null {
  const payments = lineDenominator(line, counts);
  return payments > 0 ? counts.disputes / payments : null;
}

/**
 * The running month scaled to its end by the share of it elapsed (0 < share ≤ 1). The previous month is closed, so
 * its payments stay as they are: an ECP projection grows only with the disputes.
 */
export const projectMonth = (counts: MonthCounts, share: number): MonthCounts => ({
  disputes: Math.round(counts.disputes / share),
  payments: Math.round(counts.payments / share),
  previousPayments: counts.previousPayments,
});

export const crossesLine = (line: SchemeLine, disputes: number, rate: number | null): boolean =>
  rate !== null && disputes >= line.minCount && rate >= line.rate;
