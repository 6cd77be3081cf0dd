// The writes of a batch being applied (apply.ts): new transactions in one insert, a round's changes in one update.
import { sql } from "drizzle-orm";
import { isFinal } from "@paylens/domain/transaction";
import { transactions } from "../schema/transactions.ts";
import { SNAPSHOT_COLUMNS, snapshotColumns, type ApplyInput, type updateOf } from "./apply-rows.ts";
import { keyOf, parentIds, type Known } from "./apply-lookups.ts";
import { linkWaitingDisputes } from "./disputes-ledger.ts";
import { insertJson } from "./json-insert.ts";
import { nextPollAt } from "./poll-policy.ts";
import type { Tx } from "./apply.ts";

/** Inserts new transactions; returns the ones another worker created first (their messages are applied to its row). */
export async function createTransactions(
  tx: Tx,
  inputs: ApplyInput[],
  known: Map<string, Known>,
): Promise<ApplyInput[]> {
  if (inputs.length === 0) return [];
  const parents = await parentIds(tx, inputs, known);
  inputs.sort((a, b) =>
    keyOf(a.accountId, a.snapshot.providerUid) < keyOf(b.accountId, b.snapshot.providerUid) ? -1 : 1,
  );
  const rows = inputs.map(({ accountId, snapshot: s, receivedAt, poll }) => ({
    ...snapshotColumns(s),
    accountId,
    parentId: s.parentProviderUid ? (parents.get(keyOf(accountId, s.parentProviderUid)) ?? null) : null,
    createdAt: s.createdAt ?? receivedAt,
    lastEventAt: receivedAt,
    // A final state from a sparse notification (a notification without the payment method) is queried once for the rest.
    nextPollAt: isFinal(s.status) && s.method ? null : nextPollAt(receivedAt, 0, poll),
  }));
  const result = await tx.execute<{ id: string; accountId: string; uid: string }>(
    sql`${insertJson(transactions, rows)} on conflict do nothing returning id, account_id as "accountId", provider_uid as uid`,
  );
  const inserted = result.rows;
  const byKey = new Map(inputs.map((input) => [keyOf(input.accountId, input.snapshot.providerUid), input.snapshot]));
  for (const row of inserted) {
    const key = keyOf(row.accountId, row.uid);
    const s = byKey.get(key) as ApplyInput["snapshot"];
    known.set(key, {
      id: row.id,
      status: s.status,
      providerUpdatedAt: s.updatedAt,
      amountMinor: s.amountMinor,
      currency: s.currency,
    });
  }
  if (inserted.length > 0) {
    // Children that arrived before their parent (a refund's webhook first) are linked now.
    const created = JSON.stringify(inserted);
    await tx.execute(sql`
      update transactions c set parent_id = n.id
        from jsonb_to_recordset(${created}::jsonb) as n(id uuid, "accountId" text, uid text)
       where c.account_id = n."accountId" and c.parent_provider_uid = n.uid and c.parent_id is null`);
    // Disputes that arrived before their payment, likewise.
    await linkWaitingDisputes(tx, inserted);
  }
  return inputs.filter((input) => !known.has(keyOf(input.accountId, input.snapshot.providerUid)));
}

export type Update = ReturnType<typeof updateOf>;

const SET_COLUMNS = sql.raw(SNAPSHOT_COLUMNS.map((name) => `"${name}"`).join(", "));
const FROM_PATCH = sql.raw(SNAPSHOT_COLUMNS.map((name) => `p."${name}"`).join(", "));

/** One statement for a round's updates: each row's patch laid over the stored row (or, to fill gaps, under it). */
export async function updateTransactions(tx: Tx, updates: Update[]): Promise<void> {
  if (updates.length === 0) return;
  await tx.execute(sql`
    update transactions t set
      (${SET_COLUMNS}) = (select ${FROM_PATCH} from jsonb_populate_record(t,
        case v.mode when 'fill' then v.patch || jsonb_strip_nulls(to_jsonb(t)) else v.patch end) p),
      details = case v.mode when 'set' then t.details || v.details else t.details end,
      last_event_at = v.at,
      next_poll_at = case when v.final then null else t.next_poll_at end
    from jsonb_to_recordset(${JSON.stringify(updates)}::jsonb) as v(id uuid, mode text, patch jsonb, details jsonb, at timestamptz, final boolean)
    where t.id = v.id`);
}
