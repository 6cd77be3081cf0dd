// Sends a recorded action to its provider and records what came back. Called once per action: by the request that
// created it, or by the approval that released it. A timeout leaves it "unknown" for settle-action.ts, never resent.
import type { Db } from "@paylens/db/client";
import {
  actionTarget,
  linkMovement,
  moveAction,
  parentUidOf,
  type ActionRow,
  type ActionState,
  type ActionTarget,
} from "@paylens/db/queries/actions";
import { applySnapshot } from "@paylens/db/queries/apply";
import { recordAudit } from "@paylens/db/queries/audit";
import type { TransactionStatus, TransactionType } from "@paylens/domain/transaction";
import type { CallContext, CallResult, Connector } from "@paylens/providers/connector";
import type { ActionLog, ProviderAccess } from "../context.ts";

export interface ActionDeps {
  db: Db;
  providers: ProviderAccess | null;
  log?: ActionLog | null;
}

type Target = ActionTarget;

export async function targetOf(db: Db, action: Pick<ActionRow, "transactionId">): Promise<Target> {
  const row = await actionTarget(db, action.transactionId);
  if (!row) throw new Error(`transaction ${action.transactionId} vanished`);
  return row;
}

export function stateFor(status: TransactionStatus): ActionState {
  if (status === "successful") return "succeeded";
  if (status === "pending" || status === "incomplete") return "pending";
  return "declined";
}

/** The failed payment again, as a new payment under the same order reference, charged to the card the provider saved. */
function retryPayment(
  connector: Connector,
  ctx: CallContext<unknown>,
  action: ActionRow,
  target: Target,
): Promise<CallResult> | string {
  const token = target.details["cardToken"];
  if (typeof token !== "string") return "the provider saved no card for this payment";
  const input = {
    amountMinor: target.amountMinor,
    currency: target.currency,
    description: target.description ?? `retry of ${target.providerUid}`,
    trackingId: target.trackingId ?? action.idempotencyKey,
    cardToken: token,
    customer: {
      email: target.customerEmail ?? "",
      ip: target.customerIp ?? "0.0.0.0",
      country: target.customerCountry,
    },
    notificationUrl: null, // the status poller follows the new payment
    returnUrl: "https://paylens.invalid/return",
    test: target.test,
  };
  return target.type === "authorization" ? connector.authorize(ctx, input) : connector.pay(ctx, input);
}

async function call(deps: ActionDeps, action: ActionRow, target: Target): Promise<CallResult | string> {
  const connector = deps.providers?.connector(target.provider) ?? null;
  const ctx = deps.providers?.callContext(target.accountId) ?? null;
  if (!connector || !ctx) return `account ${target.accountId} is not configured on this server`;
  const ref = {
    providerUid: target.providerUid,
    type: target.type as TransactionType,
    parentProviderUid: await parentUidOf(deps.db, target),
  };
  const child = {
    parentUid: target.providerUid,
    rootUid: ref.parentProviderUid,
    amountMinor: action.amountMinor ?? target.amountMinor,
    currency: target.currency,
    idempotencyKey: action.idempotencyKey,
    ...(action.reason ? { reason: action.reason } : {}),
  };
  switch (action.kind) {
    case "capture":
      return connector.capture(ctx, child);
    case "void":
      return connector.void(ctx, child);
    case "refund":
      return connector.refund(ctx, child);
    case "resync":
      return connector.query(ctx, ref);
    case "retry":
      return retryPayment(connector, ctx, action, target);
  }
}

/** Records a provider answer on the action: the child transaction it created, or the decoded refusal. */
export async function recordAnswer(
  deps: ActionDeps,
  action: ActionRow,
  target: Target,
  result: CallResult,
): Promise<ActionRow> {
  const from: ActionState[] = ["sending", "unknown", "pending"];
  if (result.state === "unknown") {
    return (
      (await moveAction(deps.db, action.id, from, {
        state: "unknown",
        nextCheckAt: new Date(Date.now() + 20_000),
        outcome: { ...result.outcome },
        error: result.outcome.message ?? "no answer from the provider",
      })) ?? action
    );
  }
  if (result.state === "rejected" || !result.snapshot) {
    return (
      (await moveAction(deps.db, action.id, from, {
        state: "rejected",
        outcome: { ...result.outcome },
        error: result.outcome.message,
      })) ?? action
    );
  }
  const applied = await applySnapshot(deps.db, {
    accountId: target.accountId,
    snapshot: result.snapshot,
    kind: "action",
    receivedAt: new Date(),
    summary: `${action.kind} by ${action.approvedByName ?? action.requestedByName}: ${result.snapshot.status}${result.outcome.code ? ` (${result.outcome.code})` : ""}`,
  });
  if (applied.transition === "flagged") {
    return (
      (await moveAction(deps.db, action.id, from, {
        state: "rejected",
        outcome: { ...result.outcome },
        error: applied.reason,
      })) ?? action
    );
  }
  const childId = action.kind === "resync" ? null : applied.transactionId;
  if (childId) await linkMovement(deps.db, childId, action.id);
  const state = action.kind === "resync" ? "succeeded" : stateFor(applied.statusTo);
  return (
    (await moveAction(deps.db, action.id, from, {
      state,
      childTransactionId: childId,
      outcome: { ...result.outcome },
      error: state === "declined" ? result.outcome.message : null,
    })) ?? action
  );
}

export async function sendAction(deps: ActionDeps, action: ActionRow): Promise<ActionRow> {
  const target = await targetOf(deps.db, action);
  const result = await call(deps, action, target);
  const answered =
    typeof result === "string"
      ? ((await moveAction(deps.db, action.id, ["sending"], { state: "failed", error: result })) ?? action)
      : await recordAnswer(deps, action, target, result);
  // One line per provider answer, findable by idempotency key, transaction and action.
  const fields = {
    idempotencyKey: action.idempotencyKey,
    transactionId: action.transactionId,
    actionId: action.id,
    kind: action.kind,
    state: answered.state,
    code: answered.outcome?.["code"] ?? null,
  };
  if (answered.state === "succeeded" || answered.state === "pending") deps.log?.info(fields, "action answered");
  else deps.log?.warn({ ...fields, error: answered.error }, "action not done");
  await recordAudit(deps.db, {
    actor: action.approvedBy ?? action.requestedBy,
    actorName: action.approvedByName ?? action.requestedByName,
    role: null,
    ip: null,
    action: `${action.kind}.result`,
    transactionId: action.transactionId,
    subject: action.idempotencyKey,
    after: {
      actionId: action.id,
      state: answered.state,
      amountMinor: action.amountMinor,
      currency: action.currency,
      code: answered.outcome?.["code"] ?? null,
      error: answered.error,
    },
  });
  return answered;
}
