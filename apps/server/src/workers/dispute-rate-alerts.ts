// The scheme-line alert (issue 15): an account whose month, projected to its end, would reach both the rate and the
// count of a card scheme's monitoring line (domain/dispute-thresholds.ts) raises "dispute-rate" for that line. Each
// line divides by its own denominator: VAMP the month's card payments, ECP the previous month's (docs/disputes.md §2).
import type { FiringAlert } from "@paylens/db/queries/alerts";
import type { DisputeRateRow } from "@paylens/db/queries/analytics-disputes";
import { crossesLine, lineDenominator, lineRate, SCHEME_LINES } from "@paylens/domain/dispute-thresholds";
import { said } from "./alert-text.ts";

/** `rows` are the running month's (their `projected` is set); closed months are left to the analytics screen. */
export function disputeRateAlerts(rows: DisputeRateRow[]): FiringAlert[] {
  const out: FiringAlert[] = [];
  for (const row of rows) {
    if (!row.projected) continue;
    const counts = { disputes: row.disputes, payments: row.payments, previousPayments: row.previousPayments };
    const projected = row.projected;
    for (const line of SCHEME_LINES) {
      const rate = lineRate(line, projected);
      if (rate === null || !crossesLine(line, projected.disputes, rate)) continue;
      out.push({
        rule: "dispute-rate",
        kind: "dispute-rate",
        segment: `account:${row.accountId}/${line.id}`,
        figures: {
          month: row.month,
          denominator: line.denominator,
          disputes: row.disputes,
          payments: lineDenominator(line, counts),
          projectedDisputes: projected.disputes,
          projectedPayments: lineDenominator(line, projected),
          projectedRate: Math.round(rate * 10_000) / 10_000,
          lineRate: line.rate,
          lineCount: line.minCount,
        },
        ...said(line.denominator === "previous_month" ? "dispute-rate-previous" : "dispute-rate-same", {
          provider: row.provider,
          accountId: row.accountId,
          month: row.month,
          count: projected.disputes,
          projectedRate: Math.round(rate * 10_000) / 10_000,
          payments: lineDenominator(line, projected),
          line: line.label,
          lineRate: line.rate,
          lineCount: line.minCount,
        }),
      });
    }
  }
  return out;
}
