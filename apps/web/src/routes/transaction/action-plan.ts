// What an action dialog offers and shows before anything is sent: the amount it starts from, the most it may be, what is left after.
import { exceedsLeft, needsSecondApprover } from "@paylens/domain/action-rules";
import type { ActionRow, ActionsOverview } from "../../lib/api-types.ts";
import { parseMoneyInput, type AmountProblem } from "../../lib/parse-money-input.ts";

export type DialogKind = "capture" | "void" | "refund" | "resync" | "retry";

export interface ActionPlan {
  kind: DialogKind;
  /** The amount field: editable for partial captures and refunds, fixed for a void or a retried action, none for a re-sync. */
  amount: "editable" | "fixed" | "none";
  startMinor: bigint | null;
  maxMinor: bigint | null;
  reasonRequired: boolean;
}

export function planAction(
  kind: DialogKind,
  overview: ActionsOverview,
  retryOf: ActionRow | null,
  paymentAmountMinor: bigint,
): ActionPlan {
  switch (kind) {
    case "refund":
      return {
        kind,
        amount: "editable",
        startMinor: overview.refundableMinor,
        maxMinor: overview.refundableMinor,
        reasonRequired: true,
      };
    case "capture":
      return {
        kind,
        amount: "editable",
        startMinor: overview.capturableMinor,
        maxMinor: overview.capturableMinor,
        reasonRequired: false,
      };
    case "void":
      return { kind, amount: "fixed", startMinor: overview.amountMinor, maxMinor: null, reasonRequired: false };
    case "retry":
      // A retried action repeats its own amount; a retried payment charges the whole payment again.
      return {
        kind,
        amount: "fixed",
        startMinor: retryOf ? retryOf.amountMinor : paymentAmountMinor,
        maxMinor: null,
        reasonRequired: false,
      };
    case "resync":
      return { kind, amount: "none", startMinor: null, maxMinor: null, reasonRequired: false };
  }
}

/** What is left to refund or capture once this amount goes through; null where nothing is counted down. */
export function leftAfter(plan: ActionPlan, amountMinor: bigint | null): bigint | null {
  if (plan.amount !== "editable" || plan.maxMinor === null || amountMinor === null) return null;
  return plan.maxMinor - amountMinor;
}

/** Refunds above the limit wait for a second person before they are sent. */
export function needsApproval(
  kind: DialogKind,
  overview: ActionsOverview,
  amountMinor: bigint | null,
  retryOf: ActionRow | null,
): boolean {
  const action = kind === "retry" ? (retryOf?.kind ?? kind) : kind;
  return needsSecondApprover(action, amountMinor, overview.approvalAboveMinor);
}

/** Why the typed amount cannot be sent: unreadable, zero, or more than is left (with what is left). */
export type AmountIssue = { kind: AmountProblem } | { kind: "over"; leftMinor: bigint };

export type AmountCheck = { ok: true; minor: bigint | null } | { ok: false; issue: AmountIssue };

/** The typed amount, exact, within what is left: the dialog refuses what the server's rule would. */
export function checkAmount(plan: ActionPlan, text: string, currency: string): AmountCheck {
  if (plan.amount !== "editable") return { ok: true, minor: plan.startMinor };
  const parsed = parseMoneyInput(text, currency);
  if (!parsed.ok) return { ok: false, issue: { kind: parsed.problem } };
  const limited = plan.kind === "refund" || plan.kind === "capture" ? plan.kind : null;
  // The domain's own rule, on the limit the server sent.
  const over = limited && plan.maxMinor !== null ? exceedsLeft(limited, parsed.minor, plan.maxMinor, currency) : null;
  return over?.kind === "exceeds_refundable" || over?.kind === "exceeds_capturable"
    ? { ok: false, issue: { kind: "over", leftMinor: over.leftMinor } }
    : parsed;
}
