// The action rule's refusal as a tRPC error: the words come from the domain, the code from the kind of refusal.
import { refusalText, type ActionRefusal } from "@paylens/domain/action-rules";
import { refusal } from "../refusal.ts";

// A request the transaction never allows is a bad request; one that what is left or under way refuses is a conflict.
const CODE: Record<ActionRefusal["kind"], "BAD_REQUEST" | "CONFLICT"> = {
  not_capturable: "BAD_REQUEST",
  not_voidable: "BAD_REQUEST",
  not_refundable: "BAD_REQUEST",
  amount_required: "BAD_REQUEST",
  reason_required: "BAD_REQUEST",
  not_retryable: "BAD_REQUEST",
  decline_final: "BAD_REQUEST",
  no_saved_card: "BAD_REQUEST",
  action_not_failed: "BAD_REQUEST",
  exceeds_capturable: "CONFLICT",
  exceeds_refundable: "CONFLICT",
  voided: "CONFLICT",
  captured: "CONFLICT",
  figures_changed: "CONFLICT",
  retried: "CONFLICT",
  disputed: "CONFLICT",
  charged_back: "CONFLICT",
};

export function refusalError(refused: ActionRefusal) {
  const { kind, ...params } = refused;
  return refusal(CODE[kind], kind, refusalText(refused), params);
}
