// Applies what a provider said about a transaction (webhook, poll, back-fill, action reply) through the
// domain state machine: one database transaction, the row locked, every message an event on the timeline.
import { and, eq, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { changesState, decideTransition, type Transition } from "@paylens/domain/state-machine";
import { isFinal, type EventKind, type TransactionSnapshot, type TransactionStatus } from "@paylens/domain/transaction";
import type { Db } from "../client.ts";
import { moneyMovements } from "../schema/actions.ts";
import { transactionEvents, transactions } from "../schema/transactions.ts";
import { nextPollAt, type PollPolicy } from "./poll-policy.ts";

export interface ApplyInput {
  accountId: string;
  snapshot: TransactionSnapshot;
  kind: EventKind;
  receivedAt: Date;
  inboxId?: bigint | null;
  summary?: string;
  poll?: PollPolicy;
}

export interface ApplyResult {
  transactionId: string;
  transition: Transition;
  statusFrom: TransactionStatus | null;
  statusTo: TransactionStatus;
}

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

function snapshotColumns(s: TransactionSnapshot) {
  return {
    provider: s.provider,
    providerUid: s.providerUid,
    parentProviderUid: s.parentProviderUid,
    type: s.type,
    status: s.status,
    amountMinor: s.amountMinor,
    currency: s.currency,
    trackingId: s.trackingId,
    description: s.description,
    methodType: s.method?.type ?? null,
    cardBrand: s.method?.brand ?? null,
    cardBin: s.method?.bin ?? null,
    cardLast4: s.method?.last4 ?? null,
    cardHolder: s.method?.holder ?? null,
    issuerName: s.method?.issuerName ?? null,
    issuerCountry: s.method?.issuerCountry ?? null,
    customerEmail: s.customerEmail,
    customerIp: s.customerIp,
    customerCountry: s.customerCountry,
    rrn: s.rrn,
    authCode: s.authCode,
    refId: s.refId,
    networkTransactionId: s.networkTransactionId,
    code: s.outcome.code,
    outcomeLetter: s.outcome.letter,
    outcomeService: s.outcome.service,
    message: s.outcome.message,
    friendlyMessage: s.outcome.friendlyMessage,
    reason: s.outcome.reason,
    retryable: s.outcome.retryable,
    threeDsStatus: s.verifications.threeDs?.status ?? null,
    threeDsEci: s.verifications.threeDs?.eci ?? null,
    threeDsVersion: s.verifications.threeDs?.version ?? null,
    threeDsResult: s.verifications.threeDs?.result ?? null,
    avsResult: s.verifications.avs,
    cvcResult: s.verifications.cvc,
    test: s.test,
    providerUpdatedAt: s.updatedAt,
    paidAt: s.paidAt,
    settledAt: s.settledAt,
    closedAt: s.closedAt,
    expiredAt: s.expiredAt,
    // Expiry is not a secret but has no column of its own: the transaction page reads it from details.
    details: { ...s.details, expMonth: s.method?.expMonth ?? null, expYear: s.method?.expYear ?? null },
    raw: s.raw as object,
  };
}

/** The columns a message actually carries: a null means "not in this message", not "cleared". */
function knownColumns<T extends Record<string, unknown>>(columns: T): Partial<T> {
  return Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== null && value !== undefined)) as Partial<T>;
}

const NEVER_FILLED = new Set(["status", "providerUpdatedAt", "details", "raw", "providerUid", "provider"]);

/** coalesce(stored, incoming) for every column the message carries. */
function fillGaps(columns: ReturnType<typeof snapshotColumns>): Record<string, SQL> {
  const set: Record<string, SQL> = {};
  for (const [key, value] of Object.entries(knownColumns(columns))) {
    const column = (transactions as unknown as Record<string, AnyPgColumn>)[key];
    if (!column || NEVER_FILLED.has(key)) continue;
    set[key] = sql`coalesce(${column}, ${sql.param(value, column)})`;
  }
  return set;
}

async function lockTransaction(tx: Tx, accountId: string, providerUid: string) {
  const rows = await tx
    .select({ id: transactions.id, status: transactions.status, providerUpdatedAt: transactions.providerUpdatedAt, pollAttempts: transactions.pollAttempts })
    .from(transactions)
    .where(and(eq(transactions.accountId, accountId), eq(transactions.providerUid, providerUid)))
    .for("update");
  return rows[0] ?? null;
}

async function parentId(tx: Tx, accountId: string, parentUid: string | null): Promise<string | null> {
  if (!parentUid) return null;
  const rows = await tx
    .select({ id: transactions.id })
    .from(transactions)
    .where(and(eq(transactions.accountId, accountId), eq(transactions.providerUid, parentUid)));
  return rows[0]?.id ?? null;
}

function lagMs(input: ApplyInput): number | null {
  if (input.kind !== "webhook" || !input.snapshot.updatedAt) return null;
  return Math.max(0, input.receivedAt.getTime() - input.snapshot.updatedAt.getTime());
}

function describe(transition: Transition, from: TransactionStatus | null, to: TransactionStatus, s: TransactionSnapshot): string {
  const code = s.outcome.code ? ` (${s.outcome.code})` : "";
  switch (transition) {
    case "create":
      return `${s.type} ${to}${code}`;
    case "advance":
      return `${from} → ${to}${code}`;
    case "refresh":
      return `details updated, still ${to}`;
    case "stale":
      return `older state ${to} ignored: already ${from}`;
    case "conflict":
      return `provider now says ${to}, kept ${from}: needs a look`;
  }
}

export function applySnapshot(db: Db, input: ApplyInput): Promise<ApplyResult> {
  return db.transaction((tx) => applySnapshotIn(tx, input));
}

/** The same, inside a transaction the caller holds (the inbox worker marks its row in the same one). */
export async function applySnapshotIn(tx: Tx, input: ApplyInput): Promise<ApplyResult> {
  const s = input.snapshot;
  {
    let current = await lockTransaction(tx, input.accountId, s.providerUid);
    if (!current) {
      // Insert first; a concurrent worker that won the race leaves us to lock its row instead.
      const inserted = await tx
        .insert(transactions)
        .values({
          ...snapshotColumns(s),
          accountId: input.accountId,
          parentId: await parentId(tx, input.accountId, s.parentProviderUid),
          createdAt: s.createdAt ?? input.receivedAt,
          lastEventAt: input.receivedAt,
          // A final state from a sparse notification (a Pockyt IPN has no payment method) is queried once for the rest.
          nextPollAt: isFinal(s.status) && s.method ? null : nextPollAt(input.receivedAt, 0, input.poll),
        })
        .onConflictDoNothing()
        .returning({ id: transactions.id });
      const id = inserted[0]?.id;
      if (id) {
        await tx.update(transactions).set({ parentId: id }).where(
          and(eq(transactions.accountId, input.accountId), eq(transactions.parentProviderUid, s.providerUid), sql`${transactions.parentId} is null`),
        );
        await insertEvent(tx, input, id, "create", null);
        await recordMovement(tx, id, input);
        return { transactionId: id, transition: "create", statusFrom: null, statusTo: s.status };
      }
      current = await lockTransaction(tx, input.accountId, s.providerUid);
      if (!current) throw new Error(`transaction ${s.providerUid} vanished while applying`);
    }
    const from = current.status as TransactionStatus;
    const transition = decideTransition({ status: from, providerUpdatedAt: current.providerUpdatedAt }, { status: s.status, providerUpdatedAt: s.updatedAt });
    if (changesState(transition)) {
      const final = isFinal(s.status);
      await tx
        .update(transactions)
        .set({
          ...knownColumns(snapshotColumns(s)),
          // Providers send partial notifications (a Pockyt IPN has a handful of fields): merge, never wipe.
          details: sql`${transactions.details} || ${JSON.stringify(knownColumns(snapshotColumns(s).details))}::jsonb`,
          lastEventAt: input.receivedAt,
          ...(final ? { nextPollAt: null } : {}),
        })
        .where(eq(transactions.id, current.id));
    } else if (transition === "stale" && from === s.status) {
      // Same state again (a resend, or the status query after a sparse notification): fill what we lack, change nothing we hold.
      await tx.update(transactions).set({ ...fillGaps(snapshotColumns(s)), lastEventAt: input.receivedAt }).where(eq(transactions.id, current.id));
    } else {
      await tx.update(transactions).set({ lastEventAt: input.receivedAt }).where(eq(transactions.id, current.id));
    }
    await insertEvent(tx, input, current.id, transition, from);
    if (changesState(transition)) await recordMovement(tx, current.id, input);
    return { transactionId: current.id, transition, statusFrom: from, statusTo: changesState(transition) ? s.status : from };
  }
}

const MOVES_MONEY = new Set(["payment", "capture", "refund", "void"]);

/** Money that moved is written once per transaction, whichever message (webhook, poll, action reply) said so first. */
async function recordMovement(tx: Tx, transactionId: string, input: ApplyInput): Promise<void> {
  const s = input.snapshot;
  if (s.status !== "successful" || !MOVES_MONEY.has(s.type)) return;
  await tx
    .insert(moneyMovements)
    .values({ transactionId, accountId: input.accountId, provider: s.provider, kind: s.type, amountMinor: s.amountMinor, currency: s.currency, occurredAt: s.paidAt ?? s.updatedAt ?? input.receivedAt })
    .onConflictDoNothing();
}

async function insertEvent(tx: Tx, input: ApplyInput, transactionId: string, transition: Transition, from: TransactionStatus | null) {
  const s = input.snapshot;
  await tx.insert(transactionEvents).values({
    transactionId,
    kind: input.kind,
    transition,
    statusFrom: from,
    statusTo: s.status,
    code: s.outcome.code,
    inboxId: input.inboxId ?? null,
    lagMs: lagMs(input),
    providerTime: s.updatedAt,
    occurredAt: input.receivedAt,
    summary: input.summary ?? describe(transition, from, s.status, s),
    payload: s.raw as object,
  });
}
