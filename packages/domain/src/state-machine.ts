import { isFinal, type TransactionStatus } from "./transaction.ts";

/**
 * What to do with an incoming message about a transaction we may already hold.
 * - create:  first time we hear of it
 * - advance: the status moves forward (pending -> incomplete -> final)
 * - refresh: same status, newer provider time: update details (rrn, settled_at …), keep the status
 * - stale:   older than what we hold, or a non-final status after a final one: record, change nothing
 * - conflict: a different final status after a final one: record for ops, change nothing
 * - flagged: signed but wrong (snapshot-checks.ts: a negative amount, a currency or final amount changed): record,
 *   alert, change nothing
 */
export type Transition = "create" | "advance" | "refresh" | "stale" | "conflict" | "flagged";

const RANK: Record<TransactionStatus, number> = {
  pending: 0,
  incomplete: 1,
  successful: 2,
  failed: 2,
  expired: 2,
  error: 2,
};

export interface KnownState {
  status: TransactionStatus;
  providerUpdatedAt: Date | null;
}

export interface IncomingState {
  status: TransactionStatus;
  providerUpdatedAt: Date | null;
}

export function decideTransition(current: KnownState | null, incoming: IncomingState): Transition {
  if (!current) return "create";
  if (isFinal(current.status)) {
    if (!isFinal(incoming.status)) return "stale";
    if (incoming.status !== current.status) return "conflict";
    return isNewer(incoming.providerUpdatedAt, current.providerUpdatedAt) ? "refresh" : "stale";
  }
  if (RANK[incoming.status] > RANK[current.status]) return "advance";
  if (RANK[incoming.status] < RANK[current.status]) return "stale";
  if (incoming.status !== current.status) return "advance";
  return isNewer(incoming.providerUpdatedAt, current.providerUpdatedAt) ? "refresh" : "stale";
}

function isNewer(incoming: Date | null, current: Date | null): boolean {
  if (!incoming) return false;
  if (!current) return true;
  return incoming.getTime() > current.getTime();
}

/** True when the transition changes the stored transaction. */
export function changesState(transition: Transition): boolean {
  return transition === "create" || transition === "advance" || transition === "refresh";
}
