// A dispute's money in the double-entry ledger, on the disputed payment and the day of its sale:
//   hold (opened):      Dr disputes_held       / Cr provider_receivable  (the provider keeps it back)
//   reversal (won):     Dr provider_receivable / Cr disputes_held
//   loss (lost, accepted): Dr dispute_losses   / Cr disputes_held
// Posted when the dispute's status changes (domain/dispute.ts decides what moves), or, for a dispute that arrived
// before its payment, when the payment is created and the dispute is linked to it.
import { sql } from "drizzle-orm";
import { disputeMovements, type DisputeMovement, type DisputeStatus } from "@paylens/domain/dispute";
import type { Tx } from "./apply.ts";

const LEGS: Record<DisputeMovement, [debit: string, credit: string]> = {
  dispute_hold: ["disputes_held", "provider_receivable"],
  dispute_reversal: ["provider_receivable", "disputes_held"],
  dispute_loss: ["dispute_losses", "disputes_held"],
};

interface Posting {
  disputeId: string;
  transactionId: string;
  accountId: string;
  provider: string;
  amountMinor: bigint;
  currency: string;
  occurredAt: Date;
}

/** One balanced group per movement, group and entries in one statement (the balance trigger checks per statement). */
async function post(tx: Tx, posting: Posting, movement: DisputeMovement): Promise<void> {
  const [debit, credit] = LEGS[movement];
  await tx.execute(sql`
    with g as (
      insert into ledger_groups (kind, dispute_id, transaction_id, account_id, provider, currency, amount_minor, occurred_at, origin_at, source)
      select ${movement}::text, ${posting.disputeId}::uuid, t.id, ${posting.accountId}::text, ${posting.provider}::text, ${posting.currency}::char(3),
             ${posting.amountMinor.toString()}::bigint, ${posting.occurredAt.toISOString()}::timestamptz,
             coalesce(t.paid_at, t.created_at), 'dispute'
        from transactions t where t.id = ${posting.transactionId}::uuid
      returning id, transaction_id, account_id, provider, currency, amount_minor, occurred_at, origin_at
    )
    insert into ledger_entries (group_id, ledger_account, amount_minor, currency, account_id, provider, transaction_id, kind, occurred_at, origin_at)
    select g.id, p.account, p.sign * g.amount_minor, g.currency, g.account_id, g.provider, g.transaction_id, ${movement}::text, g.occurred_at, g.origin_at
      from g cross join (values (${debit}::text, 1), (${credit}::text, -1)) as p(account, sign)`);
}

/** Posts what this message moved; nothing while the disputed payment is unknown (its creation posts it then). */
export async function postDisputeMovements(
  tx: Tx,
  disputeId: string,
  input: {
    accountId: string;
    receivedAt: Date;
    dispute: { provider: string; amountMinor: bigint; currency: string; updatedAt: Date | null };
  },
  transactionId: string | null,
  movements: DisputeMovement[],
): Promise<void> {
  if (!transactionId) return;
  const d = input.dispute;
  for (const movement of movements)
    await post(
      tx,
      {
        disputeId,
        transactionId,
        accountId: input.accountId,
        provider: d.provider,
        amountMinor: d.amountMinor,
        currency: d.currency,
        occurredAt: d.updatedAt ?? input.receivedAt,
      },
      movement,
    );
}

/**
 * Links disputes that arrived before their payment to the payments just created, and posts what each has moved so far.
 * One indexed statement; disputes waiting for a payment are rare, so the postings are too.
 */
export async function linkWaitingDisputes(tx: Tx, created: { id: string; accountId: string; uid: string }[]) {
  const result = await tx.execute<{
    id: string;
    transaction_id: string;
    account_id: string;
    provider: string;
    status: DisputeStatus;
    amount_minor: string;
    currency: string;
    provider_updated_at: string | null;
    updated_at: string;
  }>(sql`
    update disputes d set transaction_id = n.id
      from jsonb_to_recordset(${JSON.stringify(created)}::jsonb) as n(id uuid, "accountId" text, uid text)
     where d.account_id = n."accountId" and d.payment_provider_uid = n.uid and d.transaction_id is null
    returning d.id, d.transaction_id, d.account_id, d.provider, d.status, d.amount_minor::text, d.currency,
              d.provider_updated_at, d.updated_at`);
  for (const row of result.rows) {
    const at = new Date(row.provider_updated_at ?? row.updated_at);
    for (const movement of disputeMovements(null, row.status))
      await post(
        tx,
        {
          disputeId: row.id,
          transactionId: row.transaction_id,
          accountId: row.account_id,
          provider: row.provider,
          amountMinor: BigInt(row.amount_minor),
          currency: row.currency,
          occurredAt: at,
        },
        movement,
      );
  }
}
