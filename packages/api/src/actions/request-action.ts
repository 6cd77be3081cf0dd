// An operator asks for a capture, void, refund, retry or re-sync. The action is recorded under its idempotency key
// first (the database refuses an amount over what is left), then sent, or held for a second approver.
import { TRPCError } from "@trpc/server";
import type { Principal } from "@paylens/db/queries/access";
import {
  actionById,
  actionTarget,
  HeadroomError,
  type ActionTarget,
  headroom,
  moveAction,
  openAction,
  type ActionKind,
  type ActionRow,
  type MoneyActionKind,
} from "@paylens/db/queries/actions";
import { recordAudit } from "@paylens/db/queries/audit";
import { formatMinor, parseMajor } from "@paylens/domain/money";
import { sendAction, type ActionDeps } from "./send-action.ts";
import { settleAction } from "./settle-action.ts";

export interface ActionRequest {
  idempotencyKey: string;
  transactionId: string;
  kind: ActionKind;
  amountMinor?: bigint | undefined;
  reason?: string | undefined;
  /** For kind "retry": the failed action to try again. */
  retryOf?: string | undefined;
}

interface Who {
  principal: Principal;
  ip: string | null;
}

const WHAT_CAN: Record<MoneyActionKind, { types: string[]; words: string }> = {
  capture: { types: ["authorization"], words: "Only a successful authorization can be captured" },
  void: { types: ["authorization"], words: "Only a successful authorization can be voided" },
  refund: {
    types: ["payment", "capture"],
    words: "Only a successful payment or capture can be refunded (refund an authorization through its capture)",
  },
};

const FINAL_FAILURES = ["declined", "rejected", "failed"];

const audited = (who: Who) => ({
  actor: who.principal.id,
  actorName: who.principal.name,
  role: who.principal.role,
  ip: who.ip,
});

/** Why a failed payment cannot be retried now, or null when it can (a new payment with the card the provider saved). */
export function paymentRetryRefusal(target: ActionTarget): string | null {
  try {
    paymentRetry(target);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

/** A failed payment is retried as a new payment with the card the provider saved; the shopper's wallet cannot be. */
function paymentRetry(target: ActionTarget): void {
  if (!["payment", "authorization"].includes(target.type) || !["failed", "error", "expired"].includes(target.status)) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `Only a failed payment or authorization can be retried; this is a ${target.status} ${target.type}`,
    });
  }
  if (target.retryable === false)
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `Not retryable: ${target.message ?? target.reason ?? "the decline is final"}`,
    });
  if (typeof target.details["cardToken"] !== "string") {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "The provider saved no card for this payment: the customer has to pay again",
    });
  }
}

async function retried(deps: ActionDeps, request: ActionRequest): Promise<ActionRow> {
  const original = request.retryOf ? await actionById(deps.db, request.retryOf) : null;
  if (!original || original.transactionId !== request.transactionId)
    throw new TRPCError({
      code: "NOT_FOUND",
      message: `No action ${request.retryOf ?? "(missing retryOf)"} on this transaction`,
    });
  if (!FINAL_FAILURES.includes(original.state))
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `Only a failed action can be retried; this one is ${original.state}`,
    });
  // "failed" means it never happened at the provider: always safe to try again. A decline may be final.
  if (original.state !== "failed" && original.outcome?.["retryable"] === false) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `Not retryable: ${String(original.outcome["message"] ?? original.error ?? "the provider's answer is final")}`,
    });
  }
  return original;
}

/** Waits for a concurrent request with the same key to get its answer, so a double click shows one result. */
async function settled(deps: ActionDeps, action: ActionRow, waitMs = 35_000): Promise<ActionRow> {
  const until = Date.now() + waitMs;
  let current = action;
  while (current.state === "sending" && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 150));
    current = (await actionById(deps.db, action.id)) ?? current;
  }
  return current;
}

export async function requestAction(
  deps: ActionDeps,
  who: Who,
  request: ActionRequest,
  approvalAbove: string,
): Promise<ActionRow> {
  const target = await actionTarget(deps.db, request.transactionId);
  if (!target) throw new TRPCError({ code: "NOT_FOUND", message: `No transaction ${request.transactionId}` });
  const original = request.kind === "retry" && request.retryOf ? await retried(deps, request) : null;
  if (request.kind === "retry" && !original) paymentRetry(target);
  const kind = original?.kind ?? request.kind;
  const amountMinor = original?.amountMinor ?? request.amountMinor ?? null;
  const reason = original?.reason ?? request.reason ?? null;

  if (kind === "capture" || kind === "void" || kind === "refund") {
    const rule = WHAT_CAN[kind];
    if (!rule.types.includes(target.type) || target.status !== "successful") {
      throw new TRPCError({ code: "BAD_REQUEST", message: `${rule.words}; this is a ${target.status} ${target.type}` });
    }
    if (kind !== "void" && (amountMinor === null || amountMinor <= 0n))
      throw new TRPCError({ code: "BAD_REQUEST", message: `A ${kind} needs a positive amount` });
    if (kind === "refund" && !reason) throw new TRPCError({ code: "BAD_REQUEST", message: "A refund needs a reason" });
  }
  const threshold = parseMajor(approvalAbove, target.currency);
  const needsApproval = kind === "refund" && threshold !== null && amountMinor !== null && amountMinor > threshold;
  const amount =
    kind === "void" || (kind === "retry" && !original) ? target.amountMinor : kind === "resync" ? null : amountMinor;

  let opened: { action: ActionRow; created: boolean };
  try {
    opened = await openAction(
      deps.db,
      {
        idempotencyKey: request.idempotencyKey,
        transactionId: target.id,
        kind,
        state: needsApproval ? "pending_approval" : "sending",
        amountMinor: amount,
        currency: amount === null ? null : target.currency,
        reason,
        requestedBy: who.principal.id,
        requestedByName: who.principal.name,
        retryOf: original?.id ?? null,
      },
      {
        ...audited(who),
        action: `${kind}.request`,
        transactionId: target.id,
        subject: request.idempotencyKey,
        after: { amountMinor: amount, currency: target.currency, reason, retryOf: original?.id ?? null, needsApproval },
      },
    );
  } catch (error) {
    if (error instanceof HeadroomError) {
      if (kind !== "refund" && kind !== "capture")
        throw new TRPCError({ code: "CONFLICT", message: `Cannot ${kind}: ${error.message}` });
      const left = await headroom(deps.db, target.id, kind);
      const money = (minor: bigint) => `${formatMinor(minor, target.currency)} ${target.currency}`;
      throw new TRPCError({
        code: "CONFLICT",
        message: `Cannot ${kind} ${money(amount ?? 0n)}: only ${money(left)} is left to ${kind}`,
      });
    }
    throw error;
  }
  const { action, created } = opened;
  if (!created) {
    // The same key again: the same action, never a second provider call. A key reused for something else is an error.
    if (action.transactionId !== target.id || action.kind !== kind || action.amountMinor !== amount) {
      throw new TRPCError({ code: "CONFLICT", message: "This idempotency key was used for a different action" });
    }
    return settled(deps, action);
  }
  return action.state === "sending" ? sendAction(deps, action) : action;
}

/** A second ops user releases a held refund; the requester cannot approve their own. */
export async function approveAction(deps: ActionDeps, who: Who, actionId: string): Promise<ActionRow> {
  const action = await actionById(deps.db, actionId);
  if (!action) throw new TRPCError({ code: "NOT_FOUND", message: `No action ${actionId}` });
  if (action.state !== "pending_approval") return action.state === "sending" ? settled(deps, action) : action;
  if (action.requestedBy === who.principal.id)
    throw new TRPCError({ code: "FORBIDDEN", message: "A second person must approve: you requested this refund" });
  const released = await moveAction(deps.db, action.id, ["pending_approval"], {
    state: "sending",
    approvedBy: who.principal.id,
    approvedByName: who.principal.name,
  });
  if (!released) return settled(deps, (await actionById(deps.db, actionId)) ?? action); // another approver was first
  await recordAudit(deps.db, {
    ...audited(who),
    action: `${action.kind}.approve`,
    transactionId: action.transactionId,
    subject: action.idempotencyKey,
    before: { state: "pending_approval" },
    after: { state: "sending", actionId: action.id },
  });
  return sendAction(deps, released);
}

export async function declineApproval(deps: ActionDeps, who: Who, actionId: string, note: string): Promise<ActionRow> {
  const cancelled = await moveAction(deps.db, actionId, ["pending_approval"], {
    state: "cancelled",
    error: `not approved by ${who.principal.name}: ${note}`,
    approvedBy: who.principal.id,
    approvedByName: who.principal.name,
  });
  if (!cancelled) throw new TRPCError({ code: "CONFLICT", message: "This action is no longer waiting for approval" });
  await recordAudit(deps.db, {
    ...audited(who),
    action: `${cancelled.kind}.reject`,
    transactionId: cancelled.transactionId,
    subject: cancelled.idempotencyKey,
    before: { state: "pending_approval" },
    after: { state: "cancelled", note },
  });
  return cancelled;
}

/** Resolve an action whose effect is unknown now, by asking the provider (never by sending it again). */
export async function checkAction(deps: ActionDeps, who: Who, actionId: string): Promise<ActionRow> {
  const action = await actionById(deps.db, actionId);
  if (!action) throw new TRPCError({ code: "NOT_FOUND", message: `No action ${actionId}` });
  if (!["unknown", "pending"].includes(action.state)) return action;
  await recordAudit(deps.db, {
    ...audited(who),
    action: `${action.kind}.check`,
    transactionId: action.transactionId,
    subject: action.idempotencyKey,
  });
  return settleAction(deps, action, { giveUp: false });
}
