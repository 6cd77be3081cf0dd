// The scheme-line alert (issue 15): an account whose month, projected to its end, would reach both the rate and the
// count of a card scheme's monitoring line (domain/dispute-thresholds.ts) raises "dispute-rate" for that line.
import type { FiringAlert } from "@paylens/db/queries/alerts";
import type { DisputeRateRow } from "@paylens/db/queries/analytics-disputes";
import { crossesLine, SCHEME_LINES } from "@paylens/domain/dispute-thresholds";

const pct = (x: number) => `${(x * 100).toFixed(2)} %`;

/** `rows` are the running month's (their `projected` is set); closed months are left to the analytics screen. */
export function disputeRateAlerts(rows: DisputeRateRow[]): FiringAlert[] {
  const out: FiringAlert[] = [];
  for (const row of rows) {
    if (!row.projected || row.projected.payments === 0) continue;
    const rate = row.projected.disputes / row.projected.payments;
    for (const line of SCHEME_LINES) {
      if (!crossesLine(line, row.projected.disputes, rate)) continue;
      out.push({
        rule: "dispute-rate",
        kind: "dispute-rate",
        segment: `account:${row.accountId}/${line.id}`,
        figures: {
          month: row.month,
          disputes: row.disputes,
          payments: row.payments,
          projectedDisputes: row.projected.disputes,
          projectedPayments: row.projected.payments,
          projectedRate: Math.round(rate * 10_000) / 10_000,
          lineRate: line.rate,
          lineCount: line.minCount,
        },
        message:
          `${row.provider} ${row.accountId}: ${row.month} projects ${row.projected.disputes} disputes, ` +
          `${pct(rate)} of ${row.projected.payments} card payments, over the ${line.label} line ` +
          `(${pct(line.rate)}, ${line.minCount} disputes)`,
      });
    }
  }
  return out;
}
