// An operator asks for a capture, void, refund, retry or re-sync. The action is recorded under its idempotency key
// first, if the action rule (domain/action-rules.ts) allows it on the locked transaction's figures, then sent, or held
// for a second approver.
import { TRPCError } from "@trpc/server";
import type { Principal } from "@paylens/db/queries/access";
import {
  actionById,
  actionTarget,
  type ActionTarget,
  moveAction,
  type ActionKind,
  type ActionRow,
} from "@paylens/db/queries/actions";
import { ActionRefused, openAction } from "@paylens/db/queries/open-action";
import { recordAudit } from "@paylens/db/queries/audit";
import {
  actionRetryRefusal,
  moneyActionRefusal,
  needsSecondApprover,
  paymentRetryRefusal,
  type ActionFigures,
  type ActionRefusal,
  type RetryFacts,
} from "@paylens/domain/action-rules";
import { approvalOverrideFor } from "@paylens/db/queries/approval-limits";
import { refundApprovalLimit } from "@paylens/domain/refund-approval";
import { refusalError } from "./action-refusal.ts";
import { sendAction, type ActionDeps } from "./send-action.ts";
import { settleAction } from "./settle-action.ts";
import { refusal } from "../refusal.ts";

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

const audited = (who: Who) => ({
  actor: who.principal.id,
  actorName: who.principal.name,
  role: who.principal.role,
  ip: who.ip,
});

/** What the provider left on a failed payment for a retry: its verdict on the decline and the card it saved. */
export function retryFactsOf(target: ActionTarget): RetryFacts {
  return {
    retryable: target.retryable,
    cardSaved: typeof target.details["cardToken"] === "string",
    why: target.message ?? target.reason,
  };
}

async function retried(deps: ActionDeps, request: ActionRequest): Promise<ActionRow> {
  const original = request.retryOf ? await actionById(deps.db, request.retryOf) : null;
  if (!original || original.transactionId !== request.transactionId)
    throw new TRPCError({
      code: "NOT_FOUND",
      message: `No action ${request.retryOf ?? "(missing retryOf)"} on this transaction`,
    });
  const outcome = original.outcome;
  const refusal = actionRetryRefusal({
    state: original.state,
    retryable: outcome?.["retryable"] === false ? false : null,
    why: String(outcome?.["message"] ?? original.error ?? "the provider's answer is final"),
  });
  if (refusal) throw refusalError(refusal);
  return original;
}

/** The rule this request must pass on the locked figures. */
function ruleFor(
  kind: ActionKind,
  amountMinor: bigint | null,
  reason: string | null,
  target: ActionTarget,
): (figures: ActionFigures) => ActionRefusal | null {
  if (kind === "capture" || kind === "void" || kind === "refund")
    return (figures) => moneyActionRefusal({ action: kind, amountMinor, reason }, figures);
  if (kind === "retry") return (figures) => paymentRetryRefusal(figures, retryFactsOf(target));
  return () => null; // a re-sync only asks the provider
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

export async function requestAction(deps: ActionDeps, who: Who, request: ActionRequest): Promise<ActionRow> {
  const target = await actionTarget(deps.db, request.transactionId);
  if (!target) throw new TRPCError({ code: "NOT_FOUND", message: `No transaction ${request.transactionId}` });
  const original = request.kind === "retry" && request.retryOf ? await retried(deps, request) : null;
  const kind = original?.kind ?? request.kind;
  const amountMinor = original?.amountMinor ?? request.amountMinor ?? null;
  const reason = original?.reason ?? request.reason ?? null;
  // The limit of the payment's own currency (domain/refund-approval.ts), the operator's override first.
  const limit = refundApprovalLimit(target.currency, await approvalOverrideFor(deps.db, target.currency));
  const needsApproval = needsSecondApprover(kind, amountMinor, limit.aboveMinor);
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
      ruleFor(kind, amountMinor, reason, target),
    );
  } catch (error) {
    if (error instanceof ActionRefused) throw refusalError(error.refusal);
    throw error;
  }
  const { action, created } = opened;
  if (!created) {
    // The same key again: the same action, never a second provider call. A key reused for something else is an error.
    if (action.transactionId !== target.id || action.kind !== kind || action.amountMinor !== amount) {
      throw refusal("CONFLICT", "idempotency_conflict", "This idempotency key was used for a different action");
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
    throw refusal("FORBIDDEN", "own_request", "A second person must approve: you requested this refund");
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
  if (!cancelled) throw refusal("CONFLICT", "not_waiting", "This action is no longer waiting for approval");
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
