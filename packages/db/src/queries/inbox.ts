// The webhook inbox: stored before the provider is answered, applied afterwards by a worker.
import { and, eq, sql } from "drizzle-orm";
import type { EventKind, TransactionSnapshot } from "@paylens/domain/transaction";
import type { Db } from "../client.ts";
import { webhookInbox } from "../schema/ingest.ts";
import { transactionEvents, transactions } from "../schema/transactions.ts";
import { applySnapshotIn, type ApplyResult, type Tx } from "./apply.ts";
import type { PollPolicy } from "./poll-policy.ts";

export interface InboxMessage {
  provider: string;
  accountId: string | null;
  requestId: string | null;
  remoteAddress: string | null;
  headers: Record<string, string>;
  rawBody: string;
  signatureVerdict: string;
  dedupKey: string | null;
  providerUid: string | null;
  state: "pending" | "rejected";
  error?: string | null;
  receivedAt?: Date;
}

export async function storeInboxMessage(db: Db, message: InboxMessage): Promise<bigint> {
  const rows = await db
    .insert(webhookInbox)
    .values({ ...message, error: message.error ?? null, receivedAt: message.receivedAt ?? new Date() })
    .returning({ id: webhookInbox.id });
  const id = rows[0]?.id;
  if (id === undefined) throw new Error("inbox insert returned no id");
  return id;
}

export type ClaimedMessage = typeof webhookInbox.$inferSelect;

export type InboxOutcome = "applied" | "duplicate" | "failed" | "retry";

export interface InboxParser {
  (message: ClaimedMessage): { snapshot: TransactionSnapshot; dedupKey: string };
}

/**
 * Claims up to `limit` pending messages (SKIP LOCKED: several workers or instances never take the same one)
 * and applies each in its own savepoint, so one bad message cannot hold back the others.
 */
/** Outcomes of one round; `retry` (left pending after losing a lock race) only when there were some. */
export type InboxCounts = Record<Exclude<InboxOutcome, "retry">, number> & { retry?: number };

export async function applyPendingInbox(db: Db, parse: InboxParser, limit = 100, poll?: PollPolicy, perTransaction = limit): Promise<InboxCounts> {
  const counts: Record<InboxOutcome, number> = { applied: 0, duplicate: 0, failed: 0, retry: 0 };
  // Several workers (PostgreSQL) take one message per transaction: the rows every apply touches (the analytics
  // dirty-minute mark, ledger totals) stay locked for one message, not a batch. One worker (PGlite) commits batches.
  for (let taken = 0; taken < limit; ) {
    const want = Math.min(perTransaction, limit - taken);
    const claimed = await db.transaction(async (tx) => {
      const rows = await tx
        .select()
        .from(webhookInbox)
        .where(eq(webhookInbox.state, "pending"))
        .orderBy(webhookInbox.id)
        .limit(want)
        .for("update", { skipLocked: true });
      // Lock transactions in one global order (by provider uid, then arrival), so two workers never deadlock.
      rows.sort((a, b) => (a.providerUid ?? "").localeCompare(b.providerUid ?? "") || Number(a.id - b.id));
      for (const message of rows) counts[await applyOne(tx, message, parse, poll)]++;
      return rows.length;
    });
    taken += claimed;
    if (claimed < want) break;
  }
  const { retry, ...done } = counts;
  return retry > 0 ? { ...done, retry } : done;
}

async function applyOne(tx: Tx, message: ClaimedMessage, parse: InboxParser, poll?: PollPolicy): Promise<InboxOutcome> {
  let parsed: ReturnType<InboxParser>;
  try {
    parsed = parse(message);
  } catch (error) {
    await markFailed(tx, message.id, error);
    return "failed";
  }
  const accountId = message.accountId ?? "";
  try {
    return await tx.transaction(async (savepoint) => {
      if (await alreadyApplied(savepoint, accountId, parsed.dedupKey)) {
        await recordDuplicate(savepoint, message, parsed.snapshot);
        return "duplicate" as const;
      }
      const result = await applySnapshotIn(savepoint, {
        accountId,
        snapshot: parsed.snapshot,
        kind: "webhook",
        receivedAt: message.receivedAt,
        inboxId: message.id,
        ...(poll ? { poll } : {}),
      });
      await savepoint
        .update(webhookInbox)
        .set({ state: "applied", appliedAt: new Date(), transactionId: result.transactionId, attempts: sql`${webhookInbox.attempts} + 1`, error: null })
        .where(eq(webhookInbox.id, message.id));
      return "applied" as const;
    });
  } catch (error) {
    // A concurrent worker applied the same dedup key first: the unique index tells us it is a duplicate.
    if (isUniqueViolation(error)) {
      await recordDuplicate(tx, message, parsed.snapshot);
      return "duplicate";
    }
    // Lost a race for a lock (deadlock, serialization): the savepoint is undone; it stays pending for the next round.
    if (hasCode(error, TRANSIENT)) return "retry";
    await markFailed(tx, message.id, error);
    return "failed";
  }
}

async function alreadyApplied(tx: Tx, accountId: string, dedupKey: string): Promise<boolean> {
  const rows = await tx
    .select({ id: webhookInbox.id })
    .from(webhookInbox)
    .where(and(eq(webhookInbox.accountId, accountId), eq(webhookInbox.dedupKey, dedupKey), eq(webhookInbox.state, "applied")))
    .limit(1);
  return rows.length > 0;
}

async function recordDuplicate(tx: Tx, message: ClaimedMessage, snapshot: TransactionSnapshot): Promise<void> {
  const rows = await tx
    .select({ id: transactions.id, status: transactions.status })
    .from(transactions)
    .where(and(eq(transactions.accountId, message.accountId ?? ""), eq(transactions.providerUid, snapshot.providerUid)));
  const target = rows[0];
  await tx
    .update(webhookInbox)
    .set({ state: "duplicate", appliedAt: new Date(), transactionId: target?.id ?? null, attempts: sql`${webhookInbox.attempts} + 1` })
    .where(eq(webhookInbox.id, message.id));
  if (!target) return;
  const kind: EventKind = "webhook";
  await tx.insert(transactionEvents).values({
    transactionId: target.id,
    kind,
    transition: "duplicate",
    statusFrom: target.status,
    statusTo: snapshot.status,
    code: snapshot.outcome.code,
    inboxId: message.id,
    lagMs: snapshot.updatedAt ? Math.max(0, message.receivedAt.getTime() - snapshot.updatedAt.getTime()) : null,
    providerTime: snapshot.updatedAt,
    occurredAt: message.receivedAt,
    summary: `duplicate delivery of ${snapshot.status}: nothing changed`,
    payload: null,
  });
}

async function markFailed(tx: Tx, id: bigint, error: unknown): Promise<void> {
  await tx
    .update(webhookInbox)
    .set({ state: "failed", error: error instanceof Error ? error.message : String(error), attempts: sql`${webhookInbox.attempts} + 1` })
    .where(eq(webhookInbox.id, id));
}

const TRANSIENT = ["40P01", "40001", "55P03"];

function hasCode(error: unknown, codes: string[]): boolean {
  for (let e: unknown = error; e && typeof e === "object"; e = (e as { cause?: unknown }).cause) {
    if (codes.includes(String((e as { code?: unknown }).code))) return true;
  }
  return false;
}

const isUniqueViolation = (error: unknown): boolean => hasCode(error, ["23505"]);

export type { ApplyResult };

/** Puts a message that failed to apply back in the queue; null when it is not a failed message. */
export async function reprocessInbox(db: Db, id: bigint) {
  const [row] = await db
    .update(webhookInbox)
    .set({ state: "pending", error: null })
    .where(and(eq(webhookInbox.id, id), eq(webhookInbox.state, "failed")))
    .returning({ id: webhookInbox.id, transactionId: webhookInbox.transactionId });
  return row ?? null;
}
