// Applies what providers said about transactions (webhooks, polls, back-fill, action replies) through the domain
// state machine, every message an event on the timeline. A batch costs a fixed handful of statements whatever its
// size: the rows are locked in one go (in one global order, so workers never deadlock), each transaction's messages
// are decided in arrival order in memory, and inserts and updates are written set-wise. One message is a batch of one.
import { and, eq, or, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { suspiciousChange } from "@paylens/domain/snapshot-checks";
import { changesState, decideTransition, type Transition } from "@paylens/domain/state-machine";
import { isFinal, type TransactionStatus } from "@paylens/domain/transaction";
import type { Db } from "../client.ts";
import { moneyMovements } from "../schema/actions.ts";
import { webhookInbox } from "../schema/ingest.ts";
import { transactionEvents, transactions } from "../schema/transactions.ts";
import {
  eventOf,
  movementOf,
  SNAPSHOT_COLUMNS,
  snapshotColumns,
  updateOf,
  type ApplyInput,
  type EventRow,
  type MovementRow,
} from "./apply-rows.ts";
import { linkWaitingDisputes } from "./disputes-ledger.ts";
import { insertJson } from "./json-insert.ts";
import { nextPollAt } from "./poll-policy.ts";

export type { ApplyInput };

export interface ApplyResult {
  transactionId: string;
  transition: Exclude<Transition, "flagged">;
  statusFrom: TransactionStatus | null;
  statusTo: TransactionStatus;
}

/** A signed message that says what a payment cannot do (domain/snapshot-checks.ts): kept, shown, not applied. */
export interface FlaggedResult {
  transactionId: string | null;
  transition: "flagged";
  reason: string;
}

/** An inbox message whose dedup key was applied before; null transaction when there is none to note it on. */
export interface DuplicateResult {
  transactionId: string | null;
  transition: "duplicate";
}

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

interface Known {
  id: string;
  status: TransactionStatus;
  providerUpdatedAt: Date | null;
  amountMinor: bigint;
  currency: string;
}

const keyOf = (accountId: string, value: string) => `${accountId}\u0000${value}`;

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

async function lockTransactions(tx: Tx, list: [string, string][]): Promise<Map<string, Known>> {
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

async function appliedDedupKeys(tx: Tx, inputs: ApplyInput[]): Promise<Set<string>> {
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

async function parentIds(tx: Tx, inputs: ApplyInput[], known: Map<string, Known>): Promise<Map<string, string>> {
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

/** Inserts new transactions; returns the ones another worker created first (their messages are applied to its row). */
async function createTransactions(tx: Tx, inputs: ApplyInput[], known: Map<string, Known>): Promise<ApplyInput[]> {
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

type Update = ReturnType<typeof updateOf>;

const SET_COLUMNS = sql.raw(SNAPSHOT_COLUMNS.map((name) => `"${name}"`).join(", "));
const FROM_PATCH = sql.raw(SNAPSHOT_COLUMNS.map((name) => `p."${name}"`).join(", "));

/** One statement for a round's updates: each row's patch laid over the stored row (or, to fill gaps, under it). */
async function updateTransactions(tx: Tx, updates: Update[]): Promise<void> {
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

/**
 * Applies the inputs in order, inside the caller's transaction. Each transaction's messages are taken in arrival
 * order, one per round; a round is one insert and one update however many transactions it touches.
 */
export async function applySnapshotsIn(
  tx: Tx,
  inputs: ApplyInput[],
): Promise<(ApplyResult | DuplicateResult | FlaggedResult)[]> {
  const results: (ApplyResult | DuplicateResult | FlaggedResult)[] = new Array(inputs.length);
  const queues = new Map<string, number[]>();
  inputs.forEach((input, i) => {
    const key = keyOf(input.accountId, input.snapshot.providerUid);
    queues.set(key, [...(queues.get(key) ?? []), i]);
  });
  const known = await lockTransactions(
    tx,
    inputs.map((input) => [input.accountId, input.snapshot.providerUid]),
  );
  // After the locks: a concurrent worker that applied one of these keys to a locked row has committed by now.
  const applied = await appliedDedupKeys(tx, inputs);
  const events: EventRow[] = [];
  const movements = new Map<string, MovementRow>();

  while (queues.size > 0) {
    const round: number[] = [];
    for (const [key, queue] of queues) {
      round.push(queue.shift() as number);
      if (queue.length === 0) queues.delete(key);
    }
    const creates: number[] = [];
    const updates: Update[] = [];
    for (const i of round) {
      const input = inputs[i] as ApplyInput;
      const s = input.snapshot;
      const key = keyOf(input.accountId, s.providerUid);
      const current = known.get(key) ?? null;
      if (input.dedupKey !== undefined) {
        const dedup = keyOf(input.accountId, input.dedupKey);
        if (applied.has(dedup)) {
          results[i] = { transactionId: current?.id ?? null, transition: "duplicate" };
          if (current) events.push(eventOf(input, current.id, "duplicate", current.status));
          continue;
        }
        applied.add(dedup);
      }
      const refused = suspiciousChange(current, s);
      if (refused) {
        results[i] = { transactionId: current?.id ?? null, transition: "flagged", reason: refused };
        if (current) {
          updates.push(updateOf(current.id, "flagged", current.status, input));
          events.push(eventOf({ ...input, summary: refused }, current.id, "flagged", current.status));
        }
        continue;
      }
      if (!current) {
        creates.push(i);
        continue;
      }
      const transition = decideTransition(current, { status: s.status, providerUpdatedAt: s.updatedAt }) as Exclude<
        Transition,
        "flagged"
      >;
      updates.push(updateOf(current.id, transition, current.status, input));
      events.push(eventOf(input, current.id, transition, current.status));
      const changes = changesState(transition);
      results[i] = {
        transactionId: current.id,
        transition,
        statusFrom: current.status,
        statusTo: changes ? s.status : current.status,
      };
      if (changes) {
        known.set(key, {
          ...current,
          status: s.status,
          providerUpdatedAt: s.updatedAt ?? current.providerUpdatedAt,
          amountMinor: s.amountMinor,
        });
        addMovement(movements, movementOf(current.id, input));
      }
    }
    await updateTransactions(tx, updates);
    const lost = await createTransactions(
      tx,
      creates.map((i) => inputs[i] as ApplyInput),
      known,
    );
    if (lost.length > 0) {
      // Another worker created these first: lock its rows (waiting for its commit) and apply these messages to them next.
      for (const [key, row] of await lockTransactions(
        tx,
        lost.map((input) => [input.accountId, input.snapshot.providerUid]),
      ))
        known.set(key, row);
      const nowApplied = await appliedDedupKeys(tx, lost);
      for (const input of lost) {
        const i = inputs.indexOf(input);
        const key = keyOf(input.accountId, input.snapshot.providerUid);
        if (input.dedupKey !== undefined && !nowApplied.has(keyOf(input.accountId, input.dedupKey)))
          applied.delete(keyOf(input.accountId, input.dedupKey));
        queues.set(key, [i, ...(queues.get(key) ?? [])]);
      }
    }
    for (const i of creates) {
      const input = inputs[i] as ApplyInput;
      if (lost.includes(input)) continue;
      const created = known.get(keyOf(input.accountId, input.snapshot.providerUid)) as Known;
      events.push(eventOf(input, created.id, "create", null));
      addMovement(movements, movementOf(created.id, input));
      results[i] = {
        transactionId: created.id,
        transition: "create",
        statusFrom: null,
        statusTo: input.snapshot.status,
      };
    }
  }
  if (events.length > 0) await tx.execute(insertJson(transactionEvents, events));
  // As one JSON parameter, like the events: a parameter per value of every row cost more CPU than the insert.
  if (movements.size > 0)
    await tx.execute(sql`${insertJson(moneyMovements, [...movements.values()])} on conflict do nothing`);
  return results;
}

function addMovement(movements: Map<string, MovementRow>, movement: MovementRow | null): void {
  if (movement && !movements.has(movement.transactionId)) movements.set(movement.transactionId, movement);
}

/** One message, inside a transaction the caller holds. */
export async function applySnapshotIn(
  tx: Tx,
  input: Omit<ApplyInput, "dedupKey">,
): Promise<ApplyResult | FlaggedResult> {
  const [result] = await applySnapshotsIn(tx, [input]);
  return result as ApplyResult | FlaggedResult;
}

export function applySnapshot(db: Db, input: Omit<ApplyInput, "dedupKey">): Promise<ApplyResult | FlaggedResult> {
  return db.transaction((tx) => applySnapshotIn(tx, input));
}
