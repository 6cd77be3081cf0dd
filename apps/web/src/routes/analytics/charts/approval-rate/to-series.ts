// Approval output → chart rows: one row per bucket with the rate as a number and the volume split by outcome.
import type { ApprovalOutput, ApprovalPoint } from "../../../../lib/analytics-types.ts";

export interface ApprovalRow {
  t: number;
  /** The bucket's own rate, whatever its size (the tooltip). */
  rate: number | null;
  /** The line: the rate of a bucket with enough decided attempts; null for a thin or empty one. */
  lineRate: number | null;
  /** A thin bucket's rate, drawn as a hollow mark off the line. */
  thinRate: number | null;
  /** The bucket's 95 % interval [low, high] (the tooltip); null without decided attempts. */
  ci: [number, number] | null;
  /** The interval of a line bucket, drawn as a band around the line. */
  band: [number, number] | null;
  /** A thin bucket's interval as whiskers: how far below and above its rate it reaches. */
  thinError: [number, number] | null;
  approved: number;
  declined: number;
  errors: number;
  pending: number;
  attempts: number;
}

export interface ApprovalTotals {
  approved: number;
  declined: number;
  errors: number;
  pending: number;
  attempts: number;
  rate: number | null;
}

function intervals(point: ApprovalPoint): Pick<ApprovalRow, "ci" | "band" | "thinError"> {
  if (point.ciLow === null || point.ciHigh === null || point.rate === null)
    return { ci: null, band: null, thinError: null };
  const ci: [number, number] = [point.ciLow, point.ciHigh];
  return point.thin
    ? { ci, band: null, thinError: [point.rate - point.ciLow, point.ciHigh - point.rate] }
    : { ci, band: ci, thinError: null };
}

export function toApprovalRows(points: readonly ApprovalPoint[]): ApprovalRow[] {
  return points
    .map((point) => ({
      t: point.t.getTime(),
      rate: point.rate,
      lineRate: point.thin ? null : point.rate,
      thinRate: point.thin ? point.rate : null,
      ...intervals(point),
      approved: point.approved,
      declined: point.declined,
      errors: point.errors,
      pending: point.pending,
      attempts: point.approved + point.declined + point.errors + point.pending,
    }))
    .sort((a, b) => a.t - b.t);
}

/** The period's figures; the rate is approved ÷ (approved + declined), like the server's definition. */
export function approvalTotals(points: readonly ApprovalPoint[]): ApprovalTotals {
  const sum = (key: "approved" | "declined" | "errors" | "pending") =>
    points.reduce((total, point) => total + point[key], 0);
  const approved = sum("approved");
  const declined = sum("declined");
  const errors = sum("errors");
  const pending = sum("pending");
  return {
    approved,
    declined,
    errors,
    pending,
    attempts: approved + declined + errors + pending,
    rate: approved + declined ? approved / (approved + declined) : null,
  };
}

export function toProviderPanels(
  output: ApprovalOutput,
): { provider: string; rows: ApprovalRow[]; totals: ApprovalTotals }[] {
  return output.byProvider
    .map((entry) => ({
      provider: entry.provider,
      rows: toApprovalRows(entry.series),
      totals: approvalTotals(entry.series),
    }))
    .filter((panel) => panel.totals.attempts > 0)
    .sort((a, b) => a.provider.localeCompare(b.provider));
}
