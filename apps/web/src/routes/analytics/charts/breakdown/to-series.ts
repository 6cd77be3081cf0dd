// Breakdown rows: sorting that never ranks a thin segment above a reliable one, and the chart's bars with their intervals.
import type { BreakdownRow } from "../../../../lib/analytics-types.ts";

export type BreakdownSort = "attempts" | "rate" | "change" | "segment";

function rank(row: BreakdownRow, sort: BreakdownSort, dir: "asc" | "desc"): number {
  if (sort === "attempts") return row.attempts;
  // Best first: the interval's lower bound; worst first: its upper bound, so a segment with 3 attempts cannot top either list.
  if (sort === "rate") return (dir === "desc" ? row.ciLow : row.ciHigh) ?? row.rate ?? Number.NaN;
  return row.change ?? Number.NaN;
}

export function sortBreakdown(rows: readonly BreakdownRow[], sort: BreakdownSort, dir: "asc" | "desc"): BreakdownRow[] {
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    if (sort === "segment") return sign * a.segment.localeCompare(b.segment, "en", { numeric: true });
    const x = rank(a, sort, dir);
    const y = rank(b, sort, dir);
    // Segments without a figure go last whichever way.
    if (Number.isNaN(x) !== Number.isNaN(y)) return Number.isNaN(x) ? 1 : -1;
    return sign * (x - y) || b.attempts - a.attempts;
  });
}

export interface BreakdownBar {
  segment: string;
  rate: number;
  /** [below, above] the rate. */
  interval: [number, number];
  ciLow: number;
  ciHigh: number;
  attempts: number;
  query: string;
}

/** The chart shows the segments with most attempts, as rates with their confidence intervals. */
export function toBreakdownBars(rows: readonly BreakdownRow[], limit = 12): BreakdownBar[] {
  return [...rows]
    .filter((row) => row.rate !== null)
    .sort((a, b) => b.attempts - a.attempts)
    .slice(0, limit)
    .map((row) => {
      const rate = row.rate ?? 0;
      return {
        segment: row.segment,
        rate,
        interval: [rate - (row.ciLow ?? rate), (row.ciHigh ?? rate) - rate],
        ciLow: row.ciLow ?? rate,
        ciHigh: row.ciHigh ?? rate,
        attempts: row.attempts,
        query: row.query,
      };
    });
}

/** The direction of a change worth showing: a move under half a point is noise. */
export function changeTrend(change: number | null): "up" | "down" | "flat" {
  if (change === null || Math.abs(change) < 0.005) return "flat";
  return change > 0 ? "up" : "down";
}
