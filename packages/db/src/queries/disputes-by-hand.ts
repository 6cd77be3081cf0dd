// Disputes recorded by hand (a provider without a dispute feed, docs/providers/pockyt.md §12): the payment they are
// recorded against, and the mark that says where finance learnt of one and who recorded it. The dispute itself, its
// timeline and its ledger postings go through applyDisputesIn like a provider's message.
import { and, eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { disputes } from "../schema/disputes.ts";
import { transactions } from "../schema/transactions.ts";
import type { Tx } from "./apply.ts";

/** The disputed payment as a hand-recorded dispute needs it. */
export async function paymentForDispute(db: Db, id: string) {
  const [row] = await db
    .select({
      id: transactions.id,
      provider: transactions.provider,
      accountId: transactions.accountId,
      providerUid: transactions.providerUid,
      type: transactions.type,
      status: transactions.status,
      amountMinor: transactions.amountMinor,
      currency: transactions.currency,
      createdAt: transactions.createdAt,
    })
    .from(transactions)
    .where(eq(transactions.id, id));
  return row ?? null;
}

/** The dispute an account already holds under this id (a repeated record under the same key finds it). */
export async function disputeIdOf(db: Db, accountId: string, providerDisputeId: string): Promise<string | null> {
  const [row] = await db
    .select({ id: disputes.id })
    .from(disputes)
    .where(and(eq(disputes.accountId, accountId), eq(disputes.providerDisputeId, providerDisputeId)));
  return row?.id ?? null;
}

export async function markRecordedByHand(
  tx: Tx,
  id: string,
  mark: { source: string; recordedBy: string; recordedByName: string },
): Promise<void> {
  await tx.update(disputes).set(mark).where(eq(disputes.id, id));
}
