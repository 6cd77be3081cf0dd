// The words the console uses for a dispute's stage, status and reason category.
import type { DisputeStage, DisputeStatus, ReasonCategory } from "@paylens/domain/dispute";

export const STAGE_LABEL: Record<DisputeStage, string> = {
  inquiry: "Inquiry",
  chargeback: "Chargeback",
  pre_arbitration: "Pre-arbitration",
  arbitration: "Arbitration",
};

export const STATUS_LABEL: Record<DisputeStatus, string> = {
  needs_response: "Needs response",
  under_review: "Under review",
  won: "Won",
  lost: "Lost",
  accepted: "Accepted",
  cancelled: "Cancelled",
};

export const CATEGORY_LABEL: Record<ReasonCategory, string> = {
  fraud: "Fraud",
  authorisation: "Authorisation",
  processing_error: "Processing error",
  consumer_dispute: "Consumer dispute",
};

export const stageLabel = (stage: string) => STAGE_LABEL[stage as DisputeStage] ?? stage;
export const statusLabel = (status: string) => STATUS_LABEL[status as DisputeStatus] ?? status;
export const categoryLabel = (category: string | null) =>
  category ? (CATEGORY_LABEL[category as ReasonCategory] ?? category) : "Unknown reason";

/** Whole days until the deadline (negative when overdue). */
export function daysLeft(dueAt: Date, now = new Date()): number {
  return Math.ceil((dueAt.getTime() - now.getTime()) / 86_400_000);
}

export function deadlineText(dueAt: Date | null, status: string, now = new Date()): string {
  if (!dueAt) return "No deadline";
  if (status !== "needs_response" && status !== "under_review") return "Closed";
  const days = daysLeft(dueAt, now);
  if (days < 0) return `Overdue by ${-days} d`;
  if (days === 0) return "Due today";
  return `${days} d left`;
}
