// Operator actions (capture, void, refund, retry, re-sync): one row per idempotency key, written before the provider is called.
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { actions, moneyMovements } from "../schema/actions.ts";
import { transactions } from "../schema/transactions.ts";

export const ACTION_KINDS = ["capture", "void", "refund", "retry", "resync"] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

export const ACTION_STATES = [
  "pending_approval",
  "sending",
  "pending",
  "succeeded",
  "declined",
  "rejected",
  "unknown",
  "failed",
  "cancelled",
] as const;
export type ActionState = (typeof ACTION_STATES)[number];
/** States still holding their amount against what is left to refund or capture. */
export const LIVE_STATES: readonly ActionState[] = ["pending_approval", "sending", "pending", "unknown"];

export type ActionRow = typeof actions.$inferSelect & { kind: ActionKind; state: ActionState };

export async function actionByKey(db: Db, key: string): Promise<ActionRow | null> {
  const [row] = await db.select().from(actions).where(eq(actions.idempotencyKey, key));
  return (row as ActionRow | undefined) ?? null;
}

export async function actionById(db: Db, id: string): Promise<ActionRow | null> {
  const [row] = await db.select().from(actions).where(eq(actions.id, id));
  return (row as ActionRow | undefined) ?? null;
}

/** Moves an action from one state to the next only if it is still in `from`: two approvers, one send. */
export async function moveAction(
  db: Db,
  id: string,
  from: readonly ActionState[],
  change: Partial<typeof actions.$inferInsert> & { state: ActionState },
): Promise<ActionRow | null> {
  const final = !LIVE_STATES.includes(change.state) && change.state !== "sending";
  const [row] = await db
    .update(actions)
    .set({
      ...change,
      ...(final ? { finishedAt: sql`now()` } : {}),
      ...(change.state === "sending" ? { sentAt: sql`now()` } : {}),
    })
    .where(and(eq(actions.id, id), inArray(actions.state, [...from])))
    .returning();
  return (row as ActionRow | undefined) ?? null;
}

export async function actionsForTransaction(db: Db, transactionId: string): Promise<ActionRow[]> {
  return (await db
    .select()
    .from(actions)
    .where(eq(actions.transactionId, transactionId))
    .orderBy(desc(actions.createdAt))) as ActionRow[];
}

export async function actionsAwaitingApproval(db: Db) {
  return db
    .select({
      action: actions,
      transaction: {
        id: transactions.id,
        provider: transactions.provider,
        trackingId: transactions.trackingId,
        amountMinor: transactions.amountMinor,
        currency: transactions.currency,
      },
    })
    .from(actions)
    .innerJoin(transactions, eq(transactions.id, actions.transactionId))
    .where(eq(actions.state, "pending_approval"))
    .orderBy(asc(actions.createdAt));
}

/**
 * Actions whose effect is not known yet (timeouts, pending children) and are due a check; and actions stuck in
 * "sending" for two minutes (the process died mid-call). Claimed with SKIP LOCKED and leased for a minute, so two
 * instances never check the same action at once.
 */
export async function claimUnsettledActions(db: Db, now: Date, limit: number): Promise<ActionRow[]> {
  return db.transaction(async (tx) => {
    const rows = await tx
      .select()
      .from(actions)
      .where(
        sql`(${actions.state} in ('unknown', 'pending') and coalesce(${actions.nextCheckAt}, ${actions.sentAt}, ${actions.createdAt}) <= ${now})
         or (${actions.state} = 'sending' and ${actions.sentAt} < ${new Date(now.getTime() - 120_000)}
           and coalesce(${actions.nextCheckAt}, ${actions.sentAt}) <= ${now})`,
      )
      .orderBy(asc(actions.createdAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (rows.length)
      await tx
        .update(actions)
        .set({ nextCheckAt: new Date(now.getTime() + 60_000) })
        .where(
          inArray(
            actions.id,
            rows.map((r) => r.id),
          ),
        );
    return rows as ActionRow[];
  });
}

/** A child transaction of `parentId` of this type and amount, from after `since`, that no other action has claimed. */
export async function unclaimedChild(db: Db, parentId: string, type: string, amountMinor: bigint | null, since: Date) {
  const [row] = await db
    .select({ id: transactions.id, status: transactions.status })
    .from(transactions)
    .where(
      and(
        eq(transactions.parentId, parentId),
        eq(transactions.type, type),
        amountMinor === null ? undefined : eq(transactions.amountMinor, amountMinor),
        sql`${transactions.createdAt} >= ${new Date(since.getTime() - 60_000)}`,
        sql`not exists (select 1 from actions a where a.child_transaction_id = ${transactions.id})`,
      ),
    )
    .orderBy(asc(transactions.createdAt))
    .limit(1);
  return row ?? null;
}

export type ActionTarget = typeof transactions.$inferSelect;

export async function actionTarget(db: Db, transactionId: string): Promise<ActionTarget | null> {
  const [row] = await db.select().from(transactions).where(eq(transactions.id, transactionId));
  return row ?? null;
}

export async function transactionStatus(db: Db, id: string): Promise<string | null> {
  const [row] = await db.select({ status: transactions.status }).from(transactions).where(eq(transactions.id, id));
  return row?.status ?? null;
}

/** The provider uid of the target's parent (some providers' refunds name the payment, not its capture). */
export async function parentUidOf(db: Db, target: ActionTarget): Promise<string | null> {
  if (!target.parentId) return target.parentProviderUid;
  const [parent] = await db
    .select({ uid: transactions.providerUid })
    .from(transactions)
    .where(eq(transactions.id, target.parentId));
  return parent?.uid ?? target.parentProviderUid;
}

/** Ties the money movement of an action's child transaction to the action, for the finance ledger. */
export async function linkMovement(db: Db, childId: string, actionId: string): Promise<void> {
  await db.update(moneyMovements).set({ actionId }).where(eq(moneyMovements.transactionId, childId));
}

/** Actions per kind and state since `since`, for /metrics. */
export async function actionOutcomes(db: Db, since: Date): Promise<{ kind: string; state: string; n: number }[]> {
  const rows = await db.execute<{ kind: string; state: string; n: string }>(
    sql`select kind, state, count(*)::bigint as n from actions where created_at >= ${since} group by 1, 2`,
  );
  return rows.rows.map((row) => ({ kind: row.kind, state: row.state, n: Number(row.n) }));
}
