// Applies what providers said about disputes, inside the inbox batch's transaction: each message decided by
// domain/dispute.ts against the row locked for it, every message an event on the dispute's timeline. Disputes are
// rare beside transactions, so a message costs a few statements of its own.
import { and, eq, sql } from "drizzle-orm";
import {
  decideDisputeTransition,
  disputeMovements,
  type DisputeSnapshot,
  type DisputeStatus,
  type DisputeTransition,
  type KnownDispute,
  type DisputeStage,
} from "@paylens/domain/dispute";
import { disputeEvents, disputes } from "../schema/disputes.ts";
import { webhookInbox } from "../schema/ingest.ts";
import { transactions } from "../schema/transactions.ts";
import type { Tx } from "./apply.ts";
import { postDisputeMovements } from "./disputes-ledger.ts";

export interface DisputeInput {
  accountId: string;
  dispute: DisputeSnapshot;
  dedupKey: string;
  receivedAt: Date;
  inboxId?: bigint | null;
}

export interface DisputeResult {
  disputeId: string | null;
  /** The disputed payment, when it is known. */
  transactionId: string | null;
  transition: DisputeTransition | "duplicate";
}

interface Held extends KnownDispute {
  id: string;
  transactionId: string | null;
}

async function lockDispute(tx: Tx, accountId: string, providerDisputeId: string): Promise<Held | null> {
  const [row] = await tx
    .select({
      id: disputes.id,
      stage: disputes.stage,
      status: disputes.status,
      updatedAt: disputes.providerUpdatedAt,
      transactionId: disputes.transactionId,
    })
    .from(disputes)
    .where(and(eq(disputes.accountId, accountId), eq(disputes.providerDisputeId, providerDisputeId)))
    .for("update");
  if (!row) return null;
  return { ...row, stage: row.stage as DisputeStage, status: row.status as DisputeStatus };
}

async function paymentId(tx: Tx, accountId: string, uid: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: transactions.id })
    .from(transactions)
    .where(and(eq(transactions.accountId, accountId), eq(transactions.providerUid, uid)));
  return row?.id ?? null;
}

async function alreadyApplied(tx: Tx, accountId: string, dedupKey: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: webhookInbox.id })
    .from(webhookInbox)
    .where(
      and(
        eq(webhookInbox.state, "applied"),
        eq(webhookInbox.accountId, accountId),
        eq(webhookInbox.dedupKey, dedupKey),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** Inserts the dispute; null when another worker inserted it first (the caller locks that row instead). */
async function insertDispute(tx: Tx, input: DisputeInput, transactionId: string | null): Promise<string | null> {
  const d = input.dispute;
  const [row] = await tx
    .insert(disputes)
    .values({
      provider: d.provider,
      accountId: input.accountId,
      providerDisputeId: d.providerDisputeId,
      paymentProviderUid: d.paymentProviderUid,
      transactionId,
      ...stateColumns(d),
      ...detailColumns(d),
      openedAt: d.openedAt ?? d.updatedAt ?? input.receivedAt,
      updatedAt: input.receivedAt,
    })
    .onConflictDoNothing()
    .returning({ id: disputes.id });
  return row?.id ?? null;
}

const stateColumns = (d: DisputeSnapshot) => ({
  stage: d.stage,
  status: d.status,
  providerUpdatedAt: d.updatedAt,
  amountMinor: d.amountMinor,
  currency: d.currency,
  raw: d.raw as object,
});

const detailColumns = (d: DisputeSnapshot) => ({
  reasonCode: d.reasonCode,
  reasonMessage: d.reasonMessage,
  reasonCategory: d.reasonCategory,
  networkReference: d.networkReference,
  dueAt: d.dueAt,
});

/** A new state replaces what the message carries; an older one only fills what is still unknown. */
async function updateDispute(tx: Tx, id: string, input: DisputeInput, changes: boolean, link: string | null) {
  const d = input.dispute;
  const details = detailColumns(d);
  const fill = Object.fromEntries(
    Object.entries(details).map(([key, value]) => {
      const column = disputes[key as keyof typeof details];
      return [key, changes ? sql`coalesce(${value}, ${column})` : sql`coalesce(${column}, ${value})`];
    }),
  );
  await tx
    .update(disputes)
    .set({
      ...(changes ? stateColumns(d) : {}),
      ...fill,
      ...(link ? { transactionId: sql`coalesce(${disputes.transactionId}, ${link}::uuid)` } : {}),
      updatedAt: input.receivedAt,
    })
    .where(eq(disputes.id, id));
}

/** Applies the messages in order; each answers with its dispute and what happened to it. */
export async function applyDisputesIn(tx: Tx, inputs: DisputeInput[]): Promise<DisputeResult[]> {
  const results: DisputeResult[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    const d = input.dispute;
    const dedup = `${input.accountId}\u0000${input.dedupKey}`;
    let held = await lockDispute(tx, input.accountId, d.providerDisputeId);
    const link = held?.transactionId ?? (await paymentId(tx, input.accountId, d.paymentProviderUid));
    if (seen.has(dedup) || (await alreadyApplied(tx, input.accountId, input.dedupKey))) {
      results.push({ disputeId: held?.id ?? null, transactionId: link, transition: "duplicate" });
      if (held) await tx.insert(disputeEvents).values(eventOf(held.id, input, "duplicate", held.status, held));
      continue;
    }
    seen.add(dedup);
    if (!held) {
      const id = await insertDispute(tx, input, link);
      if (id) {
        await tx.insert(disputeEvents).values(eventOf(id, input, "create", null, d));
        await postDisputeMovements(tx, id, input, link, disputeMovements(null, d.status));
        results.push({ disputeId: id, transactionId: link, transition: "create" });
        continue;
      }
      held = await lockDispute(tx, input.accountId, d.providerDisputeId);
      if (!held) throw new Error(`dispute ${d.providerDisputeId} neither inserted nor found`);
    }
    const transition = decideDisputeTransition(held, d);
    const changes = transition === "advance" || transition === "refresh";
    await updateDispute(tx, held.id, input, changes, link);
    const to = changes ? d : held;
    await tx.insert(disputeEvents).values(eventOf(held.id, input, transition, held.status, to));
    if (changes) await postDisputeMovements(tx, held.id, input, link, disputeMovements(held.status, d.status));
    results.push({ disputeId: held.id, transactionId: link, transition });
  }
  return results;
}

function eventOf(
  disputeId: string,
  input: DisputeInput,
  transition: DisputeResult["transition"],
  from: DisputeStatus | null,
  to: { status: DisputeStatus; stage: DisputeStage },
) {
  return {
    disputeId,
    inboxId: input.inboxId ?? null,
    event: input.dispute.event,
    transition,
    statusFrom: from,
    statusTo: to.status,
    stage: to.stage,
    providerAt: input.dispute.updatedAt,
    receivedAt: input.receivedAt,
  };
}
