// The disputes queue (soonest deadline first), one dispute with its payment and timeline, a payment's disputes.
import { and, asc, desc, eq, gt, inArray, isNotNull, lte, or, sql, type SQL } from "drizzle-orm";
import { FINAL_DISPUTE_STATUSES, type DisputeStatus, type ReasonCategory } from "@paylens/domain/dispute";
import type { Db } from "../client.ts";
import { disputeEvents, disputes } from "../schema/disputes.ts";
import { transactions } from "../schema/transactions.ts";
import { evidenceOf } from "./dispute-evidence.ts";
import { disputeNotesOf } from "./dispute-notes.ts";

export interface DisputeFilter {
  provider?: string[];
  status?: DisputeStatus[];
  reasonCategory?: ReasonCategory[];
  /** Open disputes whose response is due within this many days of `now` (overdue ones included). */
  dueWithinDays?: number;
  now?: Date;
}

const listColumns = {
  id: disputes.id,
  provider: disputes.provider,
  accountId: disputes.accountId,
  providerDisputeId: disputes.providerDisputeId,
  paymentProviderUid: disputes.paymentProviderUid,
  transactionId: disputes.transactionId,
  stage: disputes.stage,
  status: disputes.status,
  reasonCode: disputes.reasonCode,
  reasonMessage: disputes.reasonMessage,
  reasonCategory: disputes.reasonCategory,
  amountMinor: disputes.amountMinor,
  currency: disputes.currency,
  networkReference: disputes.networkReference,
  dueAt: disputes.dueAt,
  openedAt: disputes.openedAt,
  updatedAt: disputes.updatedAt,
  /** Set on a dispute recorded by hand (disputes-by-hand.ts): where finance learnt of it, and who recorded it. */
  source: disputes.source,
  recordedByName: disputes.recordedByName,
};

export type DisputeRow = {
  [K in keyof typeof listColumns]: (typeof listColumns)[K]["_"]["notNull"] extends true
    ? (typeof listColumns)[K]["_"]["data"]
    : (typeof listColumns)[K]["_"]["data"] | null;
};

function conditions(filter: DisputeFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (filter.provider?.length) parts.push(inArray(disputes.provider, filter.provider));
  if (filter.status?.length) parts.push(inArray(disputes.status, filter.status));
  if (filter.reasonCategory?.length) parts.push(inArray(disputes.reasonCategory, filter.reasonCategory));
  if (filter.dueWithinDays !== undefined) {
    const until = new Date((filter.now ?? new Date()).getTime() + filter.dueWithinDays * 86_400_000);
    parts.push(
      and(isNotNull(disputes.dueAt), lte(disputes.dueAt, until)),
      sql`${disputes.status} not in (${sql.join(
        FINAL_DISPUTE_STATUSES.map((s) => sql`${s}`),
        sql`, `,
      )})`,
    );
  }
  return and(...parts);
}

/** Keyset over (due_at nulls last, id): the page after `cursor` ("<iso or ->|<id>"). */
export function decodeDisputeCursor(cursor: string): { dueAt: Date | null; id: string } | null {
  const match = /^(-|\d{4}-\d\d-\d\dT[\d:.]+Z)\|([0-9a-f-]{36})$/.exec(cursor);
  if (!match) return null;
  const dueAt = match[1] === "-" ? null : new Date(match[1] as string);
  if (dueAt && Number.isNaN(dueAt.getTime())) return null;
  return { dueAt, id: match[2] as string };
}

const encodeCursor = (row: { dueAt: Date | null; id: string }) => `${row.dueAt?.toISOString() ?? "-"}|${row.id}`;

function after(cursor: { dueAt: Date | null; id: string }): SQL | undefined {
  if (cursor.dueAt === null) return and(sql`${disputes.dueAt} is null`, gt(disputes.id, cursor.id));
  return or(
    sql`${disputes.dueAt} is null`,
    gt(disputes.dueAt, cursor.dueAt),
    and(eq(disputes.dueAt, cursor.dueAt), gt(disputes.id, cursor.id)),
  );
}

/** The queue: the soonest deadline first, disputes without one last. */
export async function listDisputes(db: Db, filter: DisputeFilter, limit: number, cursor: string | null) {
  const from = cursor ? decodeDisputeCursor(cursor) : null;
  const rows = await db
    .select(listColumns)
    .from(disputes)
    .where(and(conditions(filter), from ? after(from) : undefined))
    .orderBy(sql`${disputes.dueAt} asc nulls last`, asc(disputes.id))
    .limit(limit + 1);
  const items = rows.slice(0, limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

const paymentColumns = {
  id: transactions.id,
  provider: transactions.provider,
  providerUid: transactions.providerUid,
  type: transactions.type,
  status: transactions.status,
  amountMinor: transactions.amountMinor,
  currency: transactions.currency,
  trackingId: transactions.trackingId,
  cardBrand: transactions.cardBrand,
  cardLast4: transactions.cardLast4,
  createdAt: transactions.createdAt,
};

export async function disputeById(db: Db, id: string) {
  const [dispute] = await db
    .select({ ...listColumns, raw: disputes.raw })
    .from(disputes)
    .where(eq(disputes.id, id));
  if (!dispute) return null;
  const [events, notes, evidence, payment] = await Promise.all([
    db
      .select()
      .from(disputeEvents)
      .where(eq(disputeEvents.disputeId, id))
      .orderBy(asc(disputeEvents.receivedAt), asc(disputeEvents.id)),
    disputeNotesOf(db, id),
    evidenceOf(db, id),
    dispute.transactionId
      ? db.select(paymentColumns).from(transactions).where(eq(transactions.id, dispute.transactionId))
      : Promise.resolve([]),
  ]);
  return { dispute, events, notes, evidence, payment: payment[0] ?? null };
}

/** A payment's disputes, the latest first. */
export function disputesOfTransaction(db: Db, transactionId: string): Promise<DisputeRow[]> {
  return db
    .select(listColumns)
    .from(disputes)
    .where(eq(disputes.transactionId, transactionId))
    .orderBy(desc(disputes.openedAt));
}
