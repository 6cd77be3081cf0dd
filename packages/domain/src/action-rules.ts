// What a capture, void, refund or retry may do to a transaction now, and how much money is left for it: the one
// rule. The API checks it against the transaction row locked in the same database transaction as the action's insert;
// the database's trigger (actions_headroom) and its one-live-retry index only stand behind it as the last guard.
import { formatMinor } from "./money.ts";
import type { TransactionStatus, TransactionType } from "./transaction.ts";

export type MoneyActionKind = "capture" | "void" | "refund";

/** A transaction and what was done or is under way against it: the provider's children and the live actions. */
export interface ActionFigures {
  type: TransactionType;
  status: TransactionStatus;
  amountMinor: bigint;
  currency: string;
  /** Captures the provider has (successful, pending, incomplete) plus capture actions holding their amount. */
  capturedMinor: bigint;
  /** Refunds the provider has plus refund actions holding their amount. */
  refundedMinor: bigint;
  /** A successful or pending void at the provider, or a void action under way or done. */
  voided: boolean;
  /** A retry of this failed payment under way or done. */
  retried: boolean;
  /** An open dispute (needs response, under review) on this payment, or on the payment this capture belongs to. */
  disputed: boolean;
  /**
   * Disputes on this payment that were lost or accepted: that money already went back to the cardholder through the
   * chargeback, so refunding it too would lose it twice.
   */
  chargedBackMinor: bigint;
}

type WrongTarget = "not_capturable" | "not_voidable" | "not_refundable";

export type ActionRefusal =
  | { kind: WrongTarget; type: TransactionType; status: TransactionStatus }
  | { kind: "amount_required"; action: "capture" | "refund" }
  | { kind: "reason_required" }
  | { kind: "exceeds_capturable" | "exceeds_refundable"; requestedMinor: bigint; leftMinor: bigint; currency: string }
  | { kind: "voided"; action: "capture" | "void" }
  | { kind: "captured" }
  /** The database's guard refused, yet the figures read afterwards allow it: something changed in between. */
  | { kind: "figures_changed"; action: MoneyActionKind }
  | { kind: "not_retryable"; type: TransactionType; status: TransactionStatus }
  | { kind: "decline_final"; why: string | null }
  | { kind: "no_saved_card" }
  | { kind: "retried" }
  | { kind: "action_not_failed"; state: string }
  /** A refund while the cardholder's bank is taking the money back anyway would pay it twice. */
  | { kind: "disputed" }
  /** More than is left once refunds and lost disputes are counted, where a lost dispute is why. */
  | { kind: "charged_back"; requestedMinor: bigint; leftMinor: bigint; chargedBackMinor: bigint; currency: string };

export interface MoneyActionRequest {
  action: MoneyActionKind;
  amountMinor: bigint | null;
  reason: string | null;
}

const TARGETS: Record<MoneyActionKind, { types: readonly TransactionType[]; refusal: WrongTarget }> = {
  capture: { types: ["authorization"], refusal: "not_capturable" },
  void: { types: ["authorization"], refusal: "not_voidable" },
  refund: { types: ["payment", "capture"], refusal: "not_refundable" },
};

function targetRefusal(action: MoneyActionKind, f: Pick<ActionFigures, "type" | "status">): ActionRefusal | null {
  const target = TARGETS[action];
  if (target.types.includes(f.type) && f.status === "successful") return null;
  return { kind: target.refusal, type: f.type, status: f.status };
}

/**
 * Whether this kind of action can apply to a transaction of this type and status at all (what a list row knows;
 * the amounts left are checked when it is sent). A re-sync applies to every transaction.
 */
export function actionAppliesTo(
  action: MoneyActionKind | "resync",
  transaction: { type: string; status: string },
): boolean {
  if (action === "resync") return true;
  return targetRefusal(action, transaction as Pick<ActionFigures, "type" | "status">) === null;
}

/** What is left to capture or refund, or the amount a void would release; zero when the action is not possible. */
export function leftFor(action: MoneyActionKind, f: ActionFigures): bigint {
  if (targetRefusal(action, f)) return 0n;
  const left = (used: bigint) => (f.amountMinor > used ? f.amountMinor - used : 0n);
  if (action === "refund") return left(f.refundedMinor + f.chargedBackMinor);
  if (f.voided) return 0n;
  if (action === "capture") return left(f.capturedMinor);
  return f.capturedMinor > 0n ? 0n : f.amountMinor;
}

/** An amount over what is left to capture or refund, with the exact money left; null when it fits. */
export function exceedsLeft(
  action: "capture" | "refund",
  requestedMinor: bigint,
  leftMinor: bigint,
  currency: string,
): ActionRefusal | null {
  if (requestedMinor <= leftMinor) return null;
  const kind = action === "capture" ? "exceeds_capturable" : "exceeds_refundable";
  return { kind, requestedMinor, leftMinor, currency };
}

function limitRefusal(action: MoneyActionKind, requestedMinor: bigint, f: ActionFigures): ActionRefusal | null {
  if (action === "void") {
    if (f.voided) return { kind: "voided", action };
    return f.capturedMinor > 0n ? { kind: "captured" } : null;
  }
  if (action === "capture" && f.voided) return { kind: "voided", action };
  return exceedsLeft(action, requestedMinor, leftFor(action, f), f.currency);
}

/** Why this capture, void or refund may not go ahead; null when it may. */
export function moneyActionRefusal(request: MoneyActionRequest, f: ActionFigures): ActionRefusal | null {
  const { action, amountMinor } = request;
  const wrongTarget = targetRefusal(action, f);
  if (wrongTarget) return wrongTarget;
  if (action !== "void" && (amountMinor === null || amountMinor <= 0n)) return { kind: "amount_required", action };
  if (action === "refund" && !request.reason) return { kind: "reason_required" };
  if (action === "refund" && f.disputed) return { kind: "disputed" };
  const limit = limitRefusal(action, amountMinor ?? 0n, f);
  if (limit?.kind === "exceeds_refundable" && f.chargedBackMinor > 0n)
    return { ...limit, kind: "charged_back", chargedBackMinor: f.chargedBackMinor };
  return limit;
}

/** What the database's guard refusing this amount means, told from the figures read after it. */
export function guardRefusal(action: MoneyActionKind, requestedMinor: bigint | null, f: ActionFigures): ActionRefusal {
  const refusal =
    targetRefusal(action, f) ??
    (action !== "void" && (requestedMinor === null || requestedMinor <= 0n)
      ? { kind: "amount_required" as const, action }
      : limitRefusal(action, requestedMinor ?? 0n, f));
  return refusal ?? { kind: "figures_changed", action };
}

/** Refunds above the approval limit wait for a second person before they are sent. */
export function needsSecondApprover(action: string, amountMinor: bigint | null, approvalAboveMinor: bigint | null) {
  return action === "refund" && approvalAboveMinor !== null && amountMinor !== null && amountMinor > approvalAboveMinor;
}

/** What the provider left behind about a failed payment, for retrying it with the card it saved. */
export interface RetryFacts {
  /** The decline's verdict: false when retrying cannot help. */
  retryable: boolean | null;
  cardSaved: boolean;
  /** The decline in words, to say why a retry cannot help. */
  why: string | null;
}

/** A failed payment is retried as a new payment with the card the provider saved, once; a wallet payment cannot be. */
export function paymentRetryRefusal(f: ActionFigures, facts: RetryFacts): ActionRefusal | null {
  if (!["payment", "authorization"].includes(f.type) || !["failed", "error", "expired"].includes(f.status))
    return { kind: "not_retryable", type: f.type, status: f.status };
  if (facts.retryable === false) return { kind: "decline_final", why: facts.why };
  if (!facts.cardSaved) return { kind: "no_saved_card" };
  return f.retried ? { kind: "retried" } : null;
}

/** A failed action is tried again with a new key; "failed" never reached the provider, a decline may be final. */
export function actionRetryRefusal(original: {
  state: string;
  retryable: boolean | null;
  why: string | null;
}): ActionRefusal | null {
  if (!["declined", "rejected", "failed"].includes(original.state))
    return { kind: "action_not_failed", state: original.state };
  if (original.state !== "failed" && original.retryable === false) return { kind: "decline_final", why: original.why };
  return null;
}

const money = (minor: bigint, currency: string) => `${formatMinor(minor, currency)} ${currency}`;

/** The refusal in words for the operator: the only place these messages are written. */
export function refusalText(r: ActionRefusal): string {
  switch (r.kind) {
    case "not_capturable":
      return `Only a successful authorization can be captured; this is a ${r.status} ${r.type}`;
    case "not_voidable":
      return `Only a successful authorization can be voided; this is a ${r.status} ${r.type}`;
    case "not_refundable":
      return `Only a successful payment or capture can be refunded (refund an authorization through its capture); this is a ${r.status} ${r.type}`;
    case "amount_required":
      return `A ${r.action} needs a positive amount`;
    case "reason_required":
      return "A refund needs a reason";
    case "exceeds_capturable":
    case "exceeds_refundable": {
      const action = r.kind === "exceeds_capturable" ? "capture" : "refund";
      return `Cannot ${action} ${money(r.requestedMinor, r.currency)}: only ${money(r.leftMinor, r.currency)} is left to ${action}`;
    }
    case "voided":
      return `Cannot ${r.action}: the authorization is voided or a void is under way`;
    case "captured":
      return "Cannot void: the authorization is captured or a capture is under way";
    case "figures_changed":
      return `Cannot ${r.action} now: what is left changed meanwhile; look again and retry`;
    case "not_retryable":
      return `Only a failed payment or authorization can be retried; this is a ${r.status} ${r.type}`;
    case "decline_final":
      return `Not retryable: ${r.why ?? "the decline is final"}`;
    case "no_saved_card":
      return "The provider saved no card for this payment: the customer has to pay again";
    case "retried":
      return "Cannot retry: this payment is being retried or was retried already";
    case "action_not_failed":
      return `Only a failed action can be retried; this one is ${r.state}`;
    case "disputed":
      return "Disputed: refunds are blocked while a dispute is open (a refund would pay the cardholder twice)";
    case "charged_back":
      return `Cannot refund ${money(r.requestedMinor, r.currency)}: ${money(r.chargedBackMinor, r.currency)} already went back to the cardholder through a lost dispute; only ${money(r.leftMinor, r.currency)} is left to refund`;
  }
}
