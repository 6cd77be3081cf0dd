// The words the console uses for a dispute's stage, status and reason category.
import { t } from "../../i18n/index.ts";
import {
  DISPUTE_STAGES,
  DISPUTE_STATUSES,
  REASON_CATEGORIES,
  type DisputeStage,
  type DisputeStatus,
  type ReasonCategory,
} from "@paylens/domain/dispute";

// Getters: each word is read in the console's language of the moment (the catalogue's disputeWords).
function labels<K extends string>(keys: readonly K[], group: "stage" | "status" | "category"): Record<K, string> {
  const out = {} as Record<K, string>;
  for (const key of keys)
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () => t(`disputeWords.${group}.${key}` as "disputeWords.closed"),
    });
  return out;
}

export const STAGE_LABEL: Record<DisputeStage, string> = labels(DISPUTE_STAGES, "stage");
export const STATUS_LABEL: Record<DisputeStatus, string> = labels(DISPUTE_STATUSES, "status");
export const CATEGORY_LABEL: Record<ReasonCategory, string> = labels(REASON_CATEGORIES, "category");

export const stageLabel = (stage: string) => STAGE_LABEL[stage as DisputeStage] ?? stage;
export const statusLabel = (status: string) => STATUS_LABEL[status as DisputeStatus] ?? status;
export const categoryLabel = (category: string | null) =>
  category ? (CATEGORY_LABEL[category as ReasonCategory] ?? category) : t("disputeWords.unknownReason");

/** Whole days until the deadline (negative when overdue). */
export function daysLeft(dueAt: Date, now = new Date()): number {
  return Math.ceil((dueAt.getTime() - now.getTime()) / 86_400_000);
}

export function deadlineText(dueAt: Date | null, status: string, now = new Date()): string {
  if (!dueAt) return t("disputeWords.noDeadline");
  if (status !== "needs_response" && status !== "under_review") return t("disputeWords.closed");
  const days = daysLeft(dueAt, now);
  if (days < 0) return t("disputeWords.overdue", { days: -days });
  if (days === 0) return t("disputeWords.dueToday");
  return t("disputeWords.left", { days });
}
