// The figures the action rule (domain/action-rules.ts) decides on: a transaction and what its children at the provider
// and its live actions already hold. Read with the transaction row locked, they cannot change before the insert.
import { sql } from "drizzle-orm";
import type { ActionFigures } from "@paylens/domain/action-rules";
import type { TransactionStatus, TransactionType } from "@paylens/domain/transaction";
import type { Db } from "../client.ts";
import { LIVE_STATES } from "./actions.ts";

type Reader = Pick<Db, "execute">;

interface FiguresRow extends Record<string, unknown> {
  type: TransactionType;
  status: TransactionStatus;
  amount: string;
  currency: string;
  captured: string;
  refunded: string;
  voided: boolean;
  retried: boolean;
  disputed: boolean;
  charged_back: string;
}

/**
 * Locks the transaction row until the end of the database transaction `tx` runs in: two actions on one transaction
 * take turns. Read the figures in a statement after this one: a statement that waited for the lock still sees the
 * other tables as they were when it started, so it would miss the action that held the lock.
 */
export async function lockForAction(tx: Reader, transactionId: string): Promise<boolean> {
  const locked = await tx.execute(sql`select 1 from transactions where id = ${transactionId} for update`);
  return locked.rows.length > 0;
}

/** The transaction's figures for the action rule; null when there is no such transaction. */
export async function actionFigures(db: Reader, transactionId: string): Promise<ActionFigures | null> {
  // Actions that hold their amount: under way or done (migration 0003 counts the same states).
  const holding = sql.join(
    [...LIVE_STATES, "succeeded"].map((state) => sql`${state}`),
    sql`, `,
  );
  // Children the provider has that no action accounts for (an action's child is counted through the action).
  const children = (type: string) => sql`coalesce((select sum(c.amount_minor) from transactions c
      where c.parent_id = t.id and c.type = ${type} and c.status in ('successful', 'pending', 'incomplete')
        and not exists (select 1 from actions a where a.child_transaction_id = c.id)), 0)`;
  const asked = (kind: string) => sql`coalesce((select sum(a.amount_minor) from actions a
      where a.transaction_id = t.id and a.kind = ${kind} and a.state in (${holding})), 0)`;
  const result = await db.execute<FiguresRow>(sql`
    select t.type, t.status, t.amount_minor::text as amount, t.currency,
      (${children("capture")} + ${asked("capture")})::text as captured,
      (${children("refund")} + ${asked("refund")})::text as refunded,
      (exists (select 1 from transactions c
                where c.parent_id = t.id and c.type = 'void' and c.status in ('successful', 'pending'))
        or exists (select 1 from actions a where a.transaction_id = t.id and a.kind = 'void' and a.state in (${holding})))
        as voided,
      exists (select 1 from actions a where a.transaction_id = t.id and a.kind = 'retry' and a.state in (${holding}))
        as retried,
      exists (select 1 from disputes d where d.transaction_id in (t.id, t.parent_id)
                and d.status in ('needs_response', 'under_review')) as disputed,
      coalesce((select sum(d.amount_minor) from disputes d where d.transaction_id = t.id
                and d.status in ('lost', 'accepted') and d.currency = t.currency), 0)::text as charged_back
    from transactions t where t.id = ${transactionId}`);
  const row = result.rows[0];
  if (!row) return null;
  return {
    type: row.type,
    status: row.status,
    amountMinor: BigInt(row.amount),
    currency: row.currency,
    capturedMinor: BigInt(row.captured),
    refundedMinor: BigInt(row.refunded),
    voided: row.voided,
    retried: row.retried,
    disputed: row.disputed,
    chargedBackMinor: BigInt(row.charged_back),
  };
}
