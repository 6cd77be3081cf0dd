// Learns the effect of an action whose answer was lost (timeout, crash) or is still pending, by querying the provider
// and looking for the child transaction it created. Never resends: only a person retries, with a new key.
import { moveAction, transactionStatus, unclaimedChild, type ActionRow } from "@paylens/db/queries/actions";
import { applySnapshot } from "@paylens/db/queries/apply";
import type { TransactionStatus, TransactionType } from "@paylens/domain/transaction";
import { stateFor, targetOf, type ActionDeps } from "./send-action.ts";

/** After this long without a trace at the provider, an unknown action is declared not done (safe to retry). */
export const GIVE_UP_AFTER_MS = 10 * 60_000;

export async function settleAction(
  deps: ActionDeps,
  action: ActionRow,
  options: { giveUp: boolean; now?: Date },
): Promise<ActionRow> {
  const now = options.now ?? new Date();
  const from = ["unknown", "pending", "sending"] as const;
  // A pending child (3-D Secure, a slow bank): its own polling moves it; the action follows.
  if (action.childTransactionId) {
    const status = (await transactionStatus(deps.db, action.childTransactionId)) as TransactionStatus | null;
    if (!status) return action;
    const state = stateFor(status);
    return state === action.state ? action : ((await moveAction(deps.db, action.id, from, { state })) ?? action);
  }
  const target = await targetOf(deps.db, action);
  const connector = deps.providers?.connector(target.provider) ?? null;
  const ctx = deps.providers?.callContext(target.accountId) ?? null;
  if (connector && ctx) {
    const answer = await connector.query(ctx, {
      providerUid: target.providerUid,
      type: target.type as TransactionType,
      parentProviderUid: target.parentProviderUid,
    });
    if (answer.state === "ok" && answer.snapshot) {
      await applySnapshot(deps.db, {
        accountId: target.accountId,
        snapshot: answer.snapshot,
        kind: "poll",
        receivedAt: now,
        summary: `queried to learn the outcome of ${action.kind} ${action.idempotencyKey}`,
      });
    }
  }
  if (action.kind === "resync")
    return (
      (await moveAction(deps.db, action.id, from, {
        state: "failed",
        error: "re-sync got no answer; nothing to undo",
      })) ?? action
    );
  const childType = action.kind === "void" ? "void" : action.kind;
  const child = await unclaimedChild(
    deps.db,
    target.id,
    childType,
    action.kind === "void" ? null : action.amountMinor,
    action.createdAt,
  );
  if (child)
    return (
      (await moveAction(deps.db, action.id, from, {
        state: stateFor(child.status as TransactionStatus),
        childTransactionId: child.id,
        error: null,
      })) ?? action
    );
  const sentAt = action.sentAt ?? action.createdAt; // the lease moves next_check_at, never sent_at
  if (options.giveUp && now.getTime() - sentAt.getTime() > GIVE_UP_AFTER_MS) {
    return (
      (await moveAction(deps.db, action.id, from, {
        state: "failed",
        error: `the provider has no ${childType} for this request after ${GIVE_UP_AFTER_MS / 60_000} minutes of queries: it was not done; retry if still needed`,
      })) ?? action
    );
  }
  return action;
}
