// Read side of the transactions table: filtered keyset pages, newest first, and one transaction in full.
import { and, asc, eq, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import { transactionEvents, transactions } from "../schema/transactions.ts";
import { disputesOfTransaction } from "./disputes.ts";

export interface TransactionFilter {
  provider?: string[];
  accountId?: string[];
  status?: string[];
  from?: Date;
  to?: Date;
}

export interface PageRequest {
  filter: TransactionFilter;
  limit: number;
  cursor?: string | null;
}

// Only what the table shows: never the raw payload (it stays on the transaction page, masked).
export const listColumns = {
  id: transactions.id,
  accountId: transactions.accountId,
  provider: transactions.provider,
  providerUid: transactions.providerUid,
  type: transactions.type,
  status: transactions.status,
  amountMinor: transactions.amountMinor,
  currency: transactions.currency,
  trackingId: transactions.trackingId,
  code: transactions.code,
  outcomeLetter: transactions.outcomeLetter,
  message: transactions.message,
  messageParts: transactions.messageParts,
  friendlyMessage: transactions.friendlyMessage,
  reason: transactions.reason,
  methodType: transactions.methodType,
  cardBrand: transactions.cardBrand,
  cardBin: transactions.cardBin,
  cardLast4: transactions.cardLast4,
  issuerName: transactions.issuerName,
  issuerCountry: transactions.issuerCountry,
  createdAt: transactions.createdAt,
  test: transactions.test,
  /** Has a dispute (open or decided): the tables' "disputed" mark. One index probe per row shown. */
  // Qualified by hand: drizzle leaves a one-table select's columns bare, and a bare "id" would be the dispute's.
  disputed: sql<boolean>`exists (select 1 from disputes d where d.transaction_id = "transactions"."id")`.as("disputed"),
};

export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString("base64url");
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } | null {
  const [time, id] = Buffer.from(cursor, "base64url").toString().split("|");
  const createdAt = new Date(time ?? "");
  if (!id || Number.isNaN(createdAt.getTime()) || !/^[0-9a-f-]{36}$/.test(id)) return null;
  return { createdAt, id };
}

function where(filter: TransactionFilter, cursor: { createdAt: Date; id: string } | null): SQL | undefined {
  const terms: (SQL | undefined)[] = [
    filter.provider?.length ? inArray(transactions.provider, filter.provider) : undefined,
    filter.accountId?.length ? inArray(transactions.accountId, filter.accountId) : undefined,
    filter.status?.length ? inArray(transactions.status, filter.status) : undefined,
    filter.from ? gte(transactions.createdAt, filter.from) : undefined,
    filter.to ? lt(transactions.createdAt, filter.to) : undefined,
    cursor
      ? or(
          lt(transactions.createdAt, cursor.createdAt),
          and(eq(transactions.createdAt, cursor.createdAt), lt(transactions.id, cursor.id)),
        )
      : undefined,
  ];
  return and(...terms);
}

export async function listTransactions(db: Db, page: PageRequest) {
  const cursor = page.cursor ? decodeCursor(page.cursor) : null;
  const rows = await db
    .select(listColumns)
    .from(transactions)
    .where(where(page.filter, cursor))
    // NULLS LAST as in the (created_at desc, id desc) indexes: with the default NULLS FIRST the planner sorts every row.
    .orderBy(sql`${transactions.createdAt} desc nulls last`, sql`${transactions.id} desc nulls last`)
    .limit(page.limit + 1);
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > page.limit && last ? encodeCursor(last) : null };
}

export async function transactionById(db: Db, id: string) {
  const rows = await db.select().from(transactions).where(eq(transactions.id, id));
  const transaction = rows[0];
  if (!transaction) return null;
  const [events, children, parent, disputes] = await Promise.all([
    db
      .select()
      .from(transactionEvents)
      .where(eq(transactionEvents.transactionId, id))
      .orderBy(asc(transactionEvents.occurredAt), asc(transactionEvents.id)),
    db.select(listColumns).from(transactions).where(eq(transactions.parentId, id)).orderBy(asc(transactions.createdAt)),
    transaction.parentId
      ? db.select(listColumns).from(transactions).where(eq(transactions.id, transaction.parentId))
      : Promise.resolve([]),
    disputesOfTransaction(db, id),
  ]);
  return { transaction, events, children, parent: parent[0] ?? null, disputes };
}

export async function countTransactions(db: Db): Promise<number> {
  const result = await db.execute<{ n: number }>(sql`select count(*)::int as n from transactions`);
  return result.rows[0]?.n ?? 0;
}
