// Records an action under its idempotency key, after the action rule said yes on figures read with the transaction
// row locked, so two actions at once take turns and the second one sees the first.
import type { ActionFigures, ActionRefusal } from "@paylens/domain/action-rules";
import { guardRefusal, refusalText } from "@paylens/domain/action-rules";
import type { Db } from "../client.ts";
import { actions } from "../schema/actions.ts";
import { actionFigures, lockForAction } from "./action-figures.ts";
import { actionByKey, type ActionKind, type ActionRow } from "./actions.ts";
import { recordAudit, type AuditEntry } from "./audit.ts";

/** The action rule refused, or the database's guard did: `refusal` says why, with the money left. */
export class ActionRefused extends Error {
  override name = "ActionRefused";
  constructor(readonly refusal: ActionRefusal) {
    super(refusalText(refusal));
  }
}

export interface NewAction {
  idempotencyKey: string;
  transactionId: string;
  kind: ActionKind;
  state: "pending_approval" | "sending";
  amountMinor: bigint | null;
  currency: string | null;
  reason: string | null;
  requestedBy: string;
  requestedByName: string;
  retryOf?: string | null;
}

/** The last guards behind the rule, by SQLSTATE and constraint name (pg and PGlite both give them). */
const GUARDS = {
  actions_headroom: "23514", // check_violation raised by the trigger in migration 0003
  actions_one_payment_retry: "23505", // unique_violation: one live retry per failed payment
} as const;
export type ActionGuard = keyof typeof GUARDS;

/** Which guard an error is the violation of, looking through drizzle's wrapper; null for any other error. */
export function violatedGuard(error: unknown): ActionGuard | null {
  let e: unknown = error;
  for (let hops = 0; e && typeof e === "object" && hops < 8; hops++, e = (e as { cause?: unknown }).cause) {
    const { code, constraint } = e as { code?: unknown; constraint?: unknown };
    if (typeof constraint === "string" && constraint in GUARDS && GUARDS[constraint as ActionGuard] === code)
      return constraint as ActionGuard;
  }
  return null;
}

/**
 * Records the action and its audit entry in one database transaction, if `rule` finds nothing wrong with the locked
 * figures. A second request with the same key gets the first one's row back ({ created: false }) whatever is left
 * now. A refusal, by the rule or by the database's guard, throws ActionRefused and records nothing.
 */
export async function openAction(
  db: Db,
  input: NewAction,
  audit: AuditEntry,
  rule: (figures: ActionFigures) => ActionRefusal | null,
): Promise<{ action: ActionRow; created: boolean }> {
  try {
    return await db.transaction(async (tx) => {
      if (!(await lockForAction(tx, input.transactionId))) throw new Error(`no transaction ${input.transactionId}`);
      const existing = await actionByKey(tx, input.idempotencyKey);
      if (existing) return { action: existing, created: false };
      const figures = await actionFigures(tx, input.transactionId);
      const refusal = figures && rule(figures);
      if (refusal) throw new ActionRefused(refusal);
      const [row] = await tx
        .insert(actions)
        .values({ ...input, retryOf: input.retryOf ?? null })
        .onConflictDoNothing({ target: actions.idempotencyKey })
        .returning();
      // The key was taken meanwhile by an action on another transaction: that action is the answer.
      if (!row) return { action: await keyed(tx, input.idempotencyKey), created: false };
      await recordAudit(tx, { ...audit, after: { ...(audit.after as object), actionId: row.id, state: row.state } });
      return { action: row as ActionRow, created: true };
    });
  } catch (error) {
    throw (await guardRefused(db, input, error)) ?? error;
  }
}

async function keyed(db: Db, key: string): Promise<ActionRow> {
  const action = await actionByKey(db, key);
  if (!action) throw new Error(`action ${key} vanished`);
  return action;
}

/** The guard's violation as the rule's refusal, told from the figures as they are now. */
async function guardRefused(db: Db, input: NewAction, error: unknown): Promise<ActionRefused | null> {
  const guard = violatedGuard(error);
  if (guard === "actions_one_payment_retry") return new ActionRefused({ kind: "retried" });
  if (guard !== "actions_headroom" || input.kind === "retry" || input.kind === "resync") return null;
  const figures = await actionFigures(db, input.transactionId);
  return figures ? new ActionRefused(guardRefusal(input.kind, input.amountMinor, figures)) : null;
}
