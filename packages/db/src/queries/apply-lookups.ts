// The reads of a batch being applied (apply.ts): the transactions it touches, locked in one global order, the dedup keys
// already applied, and the parents of children; each one statement for the whole batch.
import { and, eq, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { TransactionStatus } from "@paylens/domain/transaction";
import { webhookInbox } from "../schema/ingest.ts";
import { transactions } from "../schema/transactions.ts";
import type { ApplyInput } from "./apply-rows.ts";
import type { Tx } from "./apply.ts";

export interface Known {
  id: string;
  status: TransactionStatus;
  providerUpdatedAt: Date | null;
  amountMinor: bigint;
  currency: string;
}

export const keyOf = (accountId: string, value: string) => `${accountId}\u0000${value}`;

/**
 * `where` for (account, value) pairs: grouped by account, so each is one index range. The values are one array
 * parameter (`= any`), not one parameter each: building and binding a batch's hundreds of them cost more CPU than the
 * lookup itself.
 */
function pairs(accountColumn: AnyPgColumn, valueColumn: AnyPgColumn, list: [string, string][]) {
  const byAccount = new Map<string, string[]>();
  for (const [account, value] of list) {
    const values = byAccount.get(account);
    if (values) values.push(value);
    else byAccount.set(account, [value]);
  }
  return or(
    ...[...byAccount].map(([account, values]) =>
      and(eq(accountColumn, account), sql`${valueColumn} = any(${sql.param(values)}::text[])`),
    ),
  );
}

export async function lockTransactions(tx: Tx, list: [string, string][]): Promise<Map<string, Known>> {
  const known = new Map<string, Known>();
  if (list.length === 0) return known;
  const rows = await tx
    .select({
      id: transactions.id,
      accountId: transactions.accountId,
      uid: transactions.providerUid,
      status: transactions.status,
      providerUpdatedAt: transactions.providerUpdatedAt,
      amountMinor: transactions.amountMinor,
      currency: transactions.currency,
    })
    .from(transactions)
    .where(pairs(transactions.accountId, transactions.providerUid, list))
    .orderBy(transactions.accountId, transactions.providerUid)
    .for("update");
  for (const row of rows)
    known.set(keyOf(row.accountId, row.uid), {
      id: row.id,
      status: row.status as TransactionStatus,
      providerUpdatedAt: row.providerUpdatedAt,
      amountMinor: row.amountMinor,
      currency: row.currency,
    });
  return known;
}

export async function appliedDedupKeys(tx: Tx, inputs: ApplyInput[]): Promise<Set<string>> {
  const list = inputs.flatMap((input): [string, string][] =>
    input.dedupKey === undefined ? [] : [[input.accountId, input.dedupKey]],
  );
  if (list.length === 0) return new Set();
  const rows = await tx
    .select({ accountId: webhookInbox.accountId, dedupKey: webhookInbox.dedupKey })
    .from(webhookInbox)
    .where(and(eq(webhookInbox.state, "applied"), pairs(webhookInbox.accountId, webhookInbox.dedupKey, list)));
  return new Set(rows.map((row) => keyOf(row.accountId ?? "", row.dedupKey ?? "")));
}

export async function parentIds(tx: Tx, inputs: ApplyInput[], known: Map<string, Known>): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const wanted: [string, string][] = [];
  for (const { accountId, snapshot } of inputs) {
    if (!snapshot.parentProviderUid) continue;
    const key = keyOf(accountId, snapshot.parentProviderUid);
    const id = known.get(key)?.id;
    if (id) ids.set(key, id);
    else wanted.push([accountId, snapshot.parentProviderUid]);
  }
  if (wanted.length === 0) return ids;
  const rows = await tx
    .select({ id: transactions.id, accountId: transactions.accountId, uid: transactions.providerUid })
    .from(transactions)
    .where(pairs(transactions.accountId, transactions.providerUid, wanted));
  for (const row of rows) ids.set(keyOf(row.accountId, row.uid), row.id);
  return ids;
}
