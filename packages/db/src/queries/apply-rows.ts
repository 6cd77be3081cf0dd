// The rows applying a provider's message writes: the transaction's columns from a snapshot, its timeline event and
// the money movement. Pure functions: apply.ts decides what to write and when.
import { getTableColumns } from "drizzle-orm";
import { toSnakeCase } from "drizzle-orm/casing";
import { changesState, type Transition } from "@paylens/domain/state-machine";
import { isFinal, type EventKind, type TransactionSnapshot, type TransactionStatus } from "@paylens/domain/transaction";
import type { moneyMovements } from "../schema/actions.ts";
import { transactions, type transactionEvents } from "../schema/transactions.ts";
import { jsonValue } from "./json-insert.ts";
import type { PollPolicy } from "./poll-policy.ts";

export interface ApplyInput {
  accountId: string;
  snapshot: TransactionSnapshot;
  kind: EventKind;
  receivedAt: Date;
  inboxId?: bigint | null;
  summary?: string;
  poll?: PollPolicy;
  /** Inbox messages only: when this key was applied before, the message is a duplicate delivery and changes nothing. */
  dedupKey?: string;
}

export function snapshotColumns(s: TransactionSnapshot) {
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
    // Written with the message, so a later message never keeps an earlier one's parts.
    messageParts:
      s.outcome.message === null ? null : (s.outcome.messageParts ?? { text: s.outcome.message, notes: [] }),
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

type SnapshotColumns = ReturnType<typeof snapshotColumns>;

/** The values a message actually carries: a null means "not in this message", not "cleared". */
export function knownValues<T extends Record<string, unknown>>(values: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(values).filter(([, value]) => value !== null && value !== undefined),
  ) as Partial<T>;
}

const columns = getTableColumns(transactions);
// The schema names most columns by their key; the client's snake_case casing turns them into SQL names.
const sqlName = (key: string) => toSnakeCase(columns[key as keyof typeof columns].name);
/** SQL names of the columns a snapshot sets (details is merged, never replaced). */
export const SNAPSHOT_COLUMNS = Object.keys(
  snapshotColumns({ outcome: {}, verifications: {}, details: {} } as unknown as TransactionSnapshot),
)
  .filter((key) => key !== "details")
  .map(sqlName);

const NEVER_FILLED = new Set(["status", "providerUpdatedAt", "details", "raw", "providerUid", "provider"]);

/** A patch keyed by SQL column name, JSON-safe (bigint as text, dates as ISO), for jsonb_populate_record. */
function patchOf(values: Partial<SnapshotColumns>, skip: Set<string>): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(values)) {
    if (!skip.has(key)) patch[sqlName(key)] = jsonValue(value);
  }
  return patch;
}

/**
 * How a message changes a transaction it does not create:
 * - set: a new state — every column it carries replaces the stored one, details are merged;
 * - fill: the same state again (a resend, or the query after a sparse notification) — fills gaps, changes nothing held;
 * - touch: older or conflicting — only the time of the last event moves.
 */
export function updateOf(id: string, transition: Transition, from: TransactionStatus, input: ApplyInput) {
  const s = input.snapshot;
  const mode = changesState(transition) ? "set" : transition === "stale" && from === s.status ? "fill" : "touch";
  const columns = snapshotColumns(s);
  const values = knownValues(columns);
  return {
    id,
    mode,
    patch:
      mode === "set" ? patchOf(values, new Set(["details"])) : mode === "fill" ? patchOf(values, NEVER_FILLED) : {},
    details: mode === "set" ? knownValues(columns.details) : {},
    at: input.receivedAt.toISOString(),
    final: mode === "set" && isFinal(s.status),
  };
}

export type EventRow = typeof transactionEvents.$inferInsert;

function lagMs(input: ApplyInput): number | null {
  if (input.kind !== "webhook" || !input.snapshot.updatedAt) return null;
  return Math.max(0, input.receivedAt.getTime() - input.snapshot.updatedAt.getTime());
}

function describe(
  transition: Transition,
  from: TransactionStatus | null,
  to: TransactionStatus,
  s: TransactionSnapshot,
): string {
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
    case "flagged":
      return `signed but not applied: ${to}`;
    case "conflict":
      return `provider now says ${to}, kept ${from}: needs a look`;
  }
}

export function eventOf(
  input: ApplyInput,
  transactionId: string,
  transition: Transition | "duplicate",
  from: TransactionStatus | null,
): EventRow {
  const s = input.snapshot;
  const duplicate = transition === "duplicate";
  return {
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
    summary: duplicate
      ? `duplicate delivery of ${s.status}: nothing changed`
      : (input.summary ?? describe(transition, from, s.status, s)),
    payload: duplicate ? null : (s.raw as object),
  };
}

export type MovementRow = typeof moneyMovements.$inferInsert;

const MOVES_MONEY = new Set(["payment", "capture", "refund", "void"]);

/** Money that moved: written once per transaction, whichever message (webhook, poll, action reply) said so first. */
export function movementOf(transactionId: string, input: ApplyInput): MovementRow | null {
  const s = input.snapshot;
  if (s.status !== "successful" || !MOVES_MONEY.has(s.type)) return null;
  return {
    transactionId,
    accountId: input.accountId,
    provider: s.provider,
    kind: s.type,
    amountMinor: s.amountMinor,
    currency: s.currency,
    occurredAt: s.paidAt ?? s.updatedAt ?? input.receivedAt,
  };
}
