// Operator actions in words: kinds, states and the provider's decoded answer, keyed by the API's own unions.
import type { ActionKind, ActionRow, ActionState } from "./api-types.ts";

export const KIND_LABELS: Record<ActionKind, string> = {
  capture: "Capture",
  void: "Void",
  refund: "Refund",
  retry: "Retry",
  resync: "Re-sync",
};

export function kindLabel(kind: string): string {
  return kind in KIND_LABELS ? KIND_LABELS[kind as ActionKind] : kind;
}

export type Tone = "ok" | "bad" | "warn" | "info" | "neutral";

export const STATE_WORDS: Record<ActionState, { label: string; tone: Tone }> = {
  pending_approval: { label: "Waiting for approval", tone: "warn" },
  sending: { label: "Sending", tone: "info" },
  pending: { label: "Pending at provider", tone: "info" },
  succeeded: { label: "Succeeded", tone: "ok" },
  declined: { label: "Declined", tone: "bad" },
  rejected: { label: "Rejected", tone: "bad" },
  unknown: { label: "Unknown: answer lost", tone: "warn" },
  failed: { label: "Failed", tone: "bad" },
  cancelled: { label: "Cancelled", tone: "neutral" },
};

export function stateWords(state: string): { label: string; tone: Tone } {
  return state in STATE_WORDS ? STATE_WORDS[state as ActionState] : { label: state, tone: "neutral" };
}

export interface DecodedAnswer {
  code: string | null;
  letter: string | null;
  service: string | null;
  message: string | null;
  friendlyMessage: string | null;
  reason: string | null;
  retryable: boolean | null;
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

/** The provider's decoded answer stored with the action (JSON), read field by field. */
export function decodedAnswer(outcome: ActionRow["outcome"]): DecodedAnswer | null {
  if (!outcome) return null;
  const retryable = outcome["retryable"];
  return {
    code: text(outcome["code"]),
    letter: text(outcome["letter"]),
    service: text(outcome["service"]),
    message: text(outcome["message"]),
    friendlyMessage: text(outcome["friendlyMessage"]),
    reason: text(outcome["reason"]),
    retryable: typeof retryable === "boolean" ? retryable : null,
  };
}

const FINAL_FAILURES: readonly string[] = ["declined", "rejected", "failed"];

/** A failed action may be sent again unless the provider said its answer is final. */
export function canRetry(action: Pick<ActionRow, "state" | "outcome">): boolean {
  return FINAL_FAILURES.includes(action.state) && decodedAnswer(action.outcome)?.retryable !== false;
}

/** Still waiting for the provider or an approver: the page keeps refreshing while any action is. */
export function isOpen(state: string): boolean {
  return state === "pending_approval" || state === "sending" || state === "pending" || state === "unknown";
}
