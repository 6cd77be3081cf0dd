// Operator actions in words: kinds, states and the provider's decoded answer, keyed by the API's own unions.
import { t } from "../i18n/index.ts";
import type { OutcomeMessageParts } from "@paylens/domain/transaction";
import type { ActionKind, ActionRow, ActionState } from "./api-types.ts";

const KINDS: Record<ActionKind, true> = { capture: true, void: true, refund: true, retry: true, resync: true };

/** An action's kind in the console's language ("refund" → "Refund"); one this console does not know as sent. */
export function kindLabel(kind: string): string {
  return kind in KINDS ? t(`transaction.action.kind.${kind as ActionKind}`) : kind;
}

export type Tone = "ok" | "bad" | "warn" | "info" | "neutral";

const STATE_TONES: Record<ActionState, Tone> = {
  pending_approval: "warn",
  sending: "info",
  pending: "info",
  succeeded: "ok",
  declined: "bad",
  rejected: "bad",
  unknown: "warn",
  failed: "bad",
  cancelled: "neutral",
};

/** An action's state in words and its tone; one this console does not know as sent. */
export function stateWords(state: string): { label: string; tone: Tone } {
  return state in STATE_TONES
    ? { label: t(`transaction.action.state.${state as ActionState}`), tone: STATE_TONES[state as ActionState] }
    : { label: state, tone: "neutral" };
}

export interface DecodedAnswer {
  code: string | null;
  letter: string | null;
  service: string | null;
  message: string | null;
  messageParts: OutcomeMessageParts | null;
  friendlyMessage: string | null;
  reason: string | null;
  retryable: boolean | null;
}

const text = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

// Written by the server's decoders (@paylens/codes/code-message); an answer stored before parts existed has none.
function messageParts(value: unknown): OutcomeMessageParts | null {
  if (typeof value !== "object" || value === null) return null;
  const { text: head, notes } = value as Partial<OutcomeMessageParts>;
  return typeof head === "string" && Array.isArray(notes) ? { text: head, notes } : null;
}

/** The provider's decoded answer stored with the action (JSON), read field by field. */
export function decodedAnswer(outcome: ActionRow["outcome"]): DecodedAnswer | null {
  if (!outcome) return null;
  const retryable = outcome["retryable"];
  return {
    code: text(outcome["code"]),
    letter: text(outcome["letter"]),
    service: text(outcome["service"]),
    message: text(outcome["message"]),
    messageParts: messageParts(outcome["messageParts"]),
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
