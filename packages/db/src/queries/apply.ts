// Applies what providers said about transactions (webhooks, polls, back-fill, action replies) through the domain
// state machine, every message an event on the timeline. A batch costs a fixed handful of statements whatever its
// size: the rows are locked in one go (in one global order, so workers never deadlock), each transaction's messages
// are decided in arrival order in memory, and inserts and updates are written set-wise. One message is a batch of one.
import { sql } from "drizzle-orm";
import { suspiciousChange } from "@paylens/domain/snapshot-checks";
import { changesState, decideTransition, type Transition } from "@paylens/domain/state-machine";
import type { TransactionStatus } from "@paylens/domain/transaction";
import type { Db } from "../client.ts";
import { moneyMovements } from "../schema/actions.ts";
import { transactionEvents } from "../schema/transactions.ts";
import { eventOf, movementOf, updateOf, type ApplyInput, type EventRow, type MovementRow } from "./apply-rows.ts";
import { appliedDedupKeys, keyOf, lockTransactions, type Known } from "./apply-lookups.ts";
import { createTransactions, updateTransactions, type Update } from "./apply-writes.ts";
import { insertJson } from "./json-insert.ts";

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
