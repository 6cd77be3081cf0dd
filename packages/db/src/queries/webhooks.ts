// The webhook inbox as ops and support read it: every notification a provider sent and what Paylens did with it.
// Lists never carry raw bodies (up to 1 MiB each); one message's detail carries its body, masked.
import { and, desc, eq, gte, lt, or, sql, type SQL } from "drizzle-orm";
import { maskPans } from "@paylens/domain/card";
import { presentWebhookBody } from "@paylens/domain/webhook-body";
import type { Db } from "../client.ts";
import { webhookInbox } from "../schema/ingest.ts";
import { transactions } from "../schema/transactions.ts";

export const INBOX_STATES = ["pending", "applied", "duplicate", "flagged", "too_old", "rejected", "failed"] as const;
export type InboxState = (typeof INBOX_STATES)[number];

export const WEBHOOK_PAGE_MAX = 100;
/** Tab counts stop here ("10,000+"): an exact count of a large table would read all of it on every refresh. */
export const WEBHOOK_COUNT_CAP = 10_000;
const ERROR_SUMMARY_CHARS = 200;
// Masked before it is cut: a card number across the cut would otherwise escape the mask half-shown.
const ERROR_READ_CHARS = 2000;

export interface WebhookFilter {
  provider?: string | undefined;
  accountId?: string | undefined;
  state?: InboxState | undefined;
  /** Received at or after. */
  from?: Date | undefined;
  /** Received before. */
  to?: Date | undefined;
  /** A provider uid, dedup key or request id, matched exactly. */
  q?: string | undefined;
}

function conditions(filter: WebhookFilter): SQL[] {
  const where: SQL[] = [];
  if (filter.provider) where.push(eq(webhookInbox.provider, filter.provider));
  if (filter.accountId) where.push(eq(webhookInbox.accountId, filter.accountId));
  if (filter.state) where.push(eq(webhookInbox.state, filter.state));
  if (filter.from) where.push(gte(webhookInbox.receivedAt, filter.from));
  if (filter.to) where.push(lt(webhookInbox.receivedAt, filter.to));
  if (filter.q)
    where.push(
      or(
        eq(webhookInbox.providerUid, filter.q),
        eq(webhookInbox.dedupKey, filter.q),
        eq(webhookInbox.requestId, filter.q),
      ) as SQL,
    );
  return where;
}

const listColumns = {
  id: webhookInbox.id,
  provider: webhookInbox.provider,
  accountId: webhookInbox.accountId,
  receivedAt: webhookInbox.receivedAt,
  requestId: webhookInbox.requestId,
  signatureVerdict: webhookInbox.signatureVerdict,
  providerUid: webhookInbox.providerUid,
  state: webhookInbox.state,
  error: sql<string | null>`left(${webhookInbox.error}, ${ERROR_READ_CHARS})`,
  attempts: webhookInbox.attempts,
  appliedAt: webhookInbox.appliedAt,
  transactionId: webhookInbox.transactionId,
};

/** Newest first, keyset-paged by id; `beforeId` is the last id of the previous page. */
export async function listWebhooks(db: Db, filter: WebhookFilter, limit: number, beforeId: bigint | null) {
  const size = Math.max(1, Math.min(limit, WEBHOOK_PAGE_MAX));
  const where = conditions(filter);
  if (beforeId !== null) where.push(lt(webhookInbox.id, beforeId));
  const rows = await db
    .select(listColumns)
    .from(webhookInbox)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(webhookInbox.id))
    .limit(size + 1);
  const items = rows
    .slice(0, size)
    .map((row) => ({ ...row, error: row.error === null ? null : maskPans(row.error).slice(0, ERROR_SUMMARY_CHARS) }));
  return { items, nextCursor: rows.length > size ? String(items.at(-1)?.id ?? "") : null };
}

export interface StateCount {
  state: InboxState;
  count: number;
  /** True when there are more than `count` (the cap): the tab shows "10,000+". */
  capped: boolean;
}

/**
 * How many messages each state tab holds under the other filters. Without a text query each state is counted newest
 * first and stops at the cap, so the cost stays bounded however large the inbox grows; an exact identifier matches a
 * handful of messages, so one grouped count of its matches serves every tab.
 */
export async function countWebhooksByState(
  db: Db,
  filter: Omit<WebhookFilter, "state">,
  cap = WEBHOOK_COUNT_CAP,
): Promise<StateCount[]> {
  const rows = filter.q ? await groupedCounts(db, filter) : await cappedCounts(db, filter, cap);
  const counts = new Map(rows.map((row) => [row.state, Number(row.n)]));
  return INBOX_STATES.map((state) => {
    const n = counts.get(state) ?? 0;
    return { state, count: Math.min(n, cap), capped: n > cap };
  });
}

async function groupedCounts(db: Db, filter: WebhookFilter) {
  return db
    .select({ state: webhookInbox.state, n: sql<number>`count(*)::int` })
    .from(webhookInbox)
    .where(and(...conditions(filter)))
    .groupBy(webhookInbox.state);
}

async function cappedCounts(db: Db, filter: WebhookFilter, cap: number) {
  const counted = INBOX_STATES.map((state) => {
    const capped = db
      .select({ one: sql`1` })
      .from(webhookInbox)
      .where(and(...conditions({ ...filter, state })))
      .orderBy(desc(webhookInbox.id))
      .limit(cap + 1);
    return sql`select ${state}::text as state, (select count(*) from (${capped}) c)::int as n`;
  });
  return (await db.execute<{ state: string; n: number }>(sql.join(counted, sql` union all `))).rows;
}

/** One message with everything stored about it, the body masked and laid out; null when there is no such id. */
export async function webhookDetail(db: Db, id: bigint) {
  const [row] = await db
    .select({ message: webhookInbox, transactionProviderUid: transactions.providerUid })
    .from(webhookInbox)
    .leftJoin(transactions, eq(transactions.id, webhookInbox.transactionId))
    .where(eq(webhookInbox.id, id));
  if (!row) return null;
  const { rawBody, headers, error, ...message } = row.message;
  const masked = Object.fromEntries(Object.entries(headers).map(([name, value]) => [name, maskPans(value)]));
  return {
    ...message,
    error: error === null ? null : maskPans(error),
    headers: masked,
    body: presentWebhookBody(rawBody, headers["content-type"]),
    bodyBytes: Buffer.byteLength(rawBody),
    transactionProviderUid: row.transactionProviderUid,
  };
}
