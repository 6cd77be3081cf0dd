// Dispute rate rows → one chart row per month with a rate per account, and the scheme lines grouped by rate (VAMP
// and ECP share 1.5 %, so they are drawn as one line with both names).
import type { DisputeRateOutput, DisputeRateRow } from "../../../../lib/analytics-types.ts";

export const accountKey = (row: Pick<DisputeRateRow, "provider" | "accountId">) => `${row.provider}/${row.accountId}`;

export function toMonthlyRates(rows: DisputeRateRow[]): {
  keys: string[];
  rows: Array<Record<string, string | number>>;
} {
  const keys = [...new Set(rows.map(accountKey))].sort();
  const months = new Map<string, Record<string, string | number>>();
  for (const row of rows) {
    const month = months.get(row.month) ?? { month: row.month };
    if (row.rate !== null) month[accountKey(row)] = row.rate;
    months.set(row.month, month);
  }
  return { keys, rows: [...months.values()].sort((a, b) => String(a.month).localeCompare(String(b.month))) };
}

export function groupLines(lines: DisputeRateOutput["lines"]): Array<{ rate: number; label: string }> {
  const byRate = new Map<number, string[]>();
  for (const line of lines) byRate.set(line.rate, [...(byRate.get(line.rate) ?? []), line.label]);
  return [...byRate].map(([rate, labels]) => ({ rate, label: labels.join(" · ") }));
}
