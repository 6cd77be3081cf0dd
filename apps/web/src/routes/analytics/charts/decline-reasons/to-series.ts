// Decline output → a stacked series (one key per top reason, the rest as "other") and the reasons as ranked bars.
import type { DeclinesOutput } from "../../../../lib/analytics-types.ts";

export const OTHER = "other";

/** The reasons worth a colour of their own, most frequent first. */
export function topReasons(output: DeclinesOutput, limit = 6): string[] {
  return [...output.reasons]
    .sort((a, b) => b.count - a.count)
    .slice(0, limit)
    .map((entry) => entry.reason);
}

export function toDeclineStack(
  output: DeclinesOutput,
  keys: readonly string[],
): { rows: Record<string, number>[]; hasOther: boolean } {
  const byTime = new Map<number, Record<string, number>>();
  let hasOther = false;
  for (const entry of output.series) {
    const t = entry.t.getTime();
    const row = byTime.get(t) ?? { t };
    const key = keys.includes(entry.reason) ? entry.reason : OTHER;
    if (key === OTHER) hasOther = true;
    row[key] = (row[key] ?? 0) + entry.count;
    byTime.set(t, row);
  }
  const rows = [...byTime.values()].sort((a, b) => (a.t ?? 0) - (b.t ?? 0));
  // Every key on every row, so stacked areas do not break where a reason was absent.
  for (const row of rows) for (const key of [...keys, ...(hasOther ? [OTHER] : [])]) row[key] ??= 0;
  return { rows, hasOther };
}

export function toReasonBars(output: DeclinesOutput, limit = 10): { reason: string; count: number; share: number }[] {
  return [...output.reasons].sort((a, b) => b.count - a.count).slice(0, limit);
}
