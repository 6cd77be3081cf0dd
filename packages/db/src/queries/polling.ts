// Status polling of transactions that are not final: due rows are claimed with SKIP LOCKED and pushed
// forward before the provider is called, so two instances never query the same transaction at once.
import { and, asc, eq, inArray, isNotNull, lte, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { transactionEvents, transactions } from "../schema/transactions.ts";
import { nextPollAt, type PollPolicy } from "./poll-policy.ts";

export interface DuePoll {
  id: string;
  accountId: string;
  provider: string;
  providerUid: string;
  parentProviderUid: string | null;
  type: string;
  status: string;
  pollAttempts: number;
}

const LEASE_MS = 60_000;

export async function claimDuePolls(db: Db, now: Date, limit: number): Promise<DuePoll[]> {
  return db.transaction(async (tx) => {
    const due = await tx
      .select({
        id: transactions.id,
        accountId: transactions.accountId,
        provider: transactions.provider,
        providerUid: transactions.providerUid,
        parentProviderUid: transactions.parentProviderUid,
        type: transactions.type,
        status: transactions.status,
        pollAttempts: transactions.pollAttempts,
      })
      .from(transactions)
      // next_poll_at is set only where a query is wanted: not final yet, or final but learned from a sparse message.
      .where(and(isNotNull(transactions.nextPollAt), lte(transactions.nextPollAt, now)))
      .orderBy(asc(transactions.nextPollAt))
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length > 0) {
      // A lease: if this instance dies mid-poll, the row comes due again after it.
      await tx
        .update(transactions)
        .set({ nextPollAt: new Date(now.getTime() + LEASE_MS) })
        .where(
          inArray(
            transactions.id,
            due.map((row) => row.id),
          ),
        );
    }
    return due;
  });
}

/** After a poll: count it and schedule the next one (or none, when the policy gives up or the row is final). */
export async function schedulePoll(
  db: Db,
  id: string,
  attempts: number,
  now: Date,
  policy?: PollPolicy,
): Promise<void> {
  const next = nextPollAt(now, attempts, policy);
  await db
    .update(transactions)
    .set({
      pollAttempts: attempts,
      nextPollAt: sql`case when ${transactions.status} in ('pending', 'incomplete') then ${next?.toISOString() ?? null}::timestamptz else null end`,
    })
    .where(eq(transactions.id, id));
}

/** A poll that learned nothing new (or failed) is still on the timeline. */
export async function recordPollEvent(
  db: Db,
  transactionId: string,
  status: string,
  summary: string,
  now: Date,
): Promise<void> {
  await db.insert(transactionEvents).values({
    transactionId,
    kind: "poll",
    transition: "none",
    statusFrom: status,
    statusTo: status,
    occurredAt: now,
    summary,
  });
}
