// The card schemes' dispute monitoring lines Paylens draws and alerts on, as docs/disputes.md §1 and §2 give them
// (Visa VAMP from 1 April 2026, Mastercard Excessive Chargeback Programme at the ECM level). A line is crossed only
// when the month's rate AND its count both reach it. Paylens divides by the same month's captured card payments for
// both (Mastercard divides by the previous month's sales), and does not split disputes by card brand.

export interface SchemeLine {
  id: "visa-vamp" | "mastercard-ecp";
  label: string;
  /** Disputes / captured card payments in the calendar month, as a ratio (0.015 = 1.5 %). */
  rate: number;
  /** The fewest disputes in the month that count (VAMP: more than 1,500; ECP: at least 100). */
  minCount: number;
}

export const SCHEME_LINES: readonly SchemeLine[] = [
  { id: "visa-vamp", label: "Visa VAMP", rate: 0.015, minCount: 1_501 },
  { id: "mastercard-ecp", label: "Mastercard ECP", rate: 0.015, minCount: 100 },
];

export const crossesLine = (line: SchemeLine, disputes: number, rate: number | null): boolean =>
  rate !== null && disputes >= line.minCount && rate >= line.rate;
