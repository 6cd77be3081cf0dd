// Operator actions as the API returns them, for tests that need a provider's answer (no provider runs in tests).
import type { ActionRow } from "../lib/api-types.ts";

let actionCount = 0;

export function makeAction(
  fields: Partial<ActionRow> & Pick<ActionRow, "transactionId" | "kind" | "state">,
): ActionRow {
  actionCount += 1;
  const at = fields.createdAt ?? new Date("2026-11-23T12:05:00Z");
  return {
    id: `20000000-0000-4000-8000-${actionCount.toString(16).padStart(12, "0")}`,
    idempotencyKey: `key-${actionCount}`,
    amountMinor: null,
    currency: null,
    reason: null,
    requestedBy: "10000000-0000-4000-8000-000000000001",
    requestedByName: "Olga Ops",
    approvedBy: null,
    approvedByName: null,
    retryOf: null,
    childTransactionId: null,
    outcome: null,
    error: null,
    sentAt: at,
    finishedAt: null,
    nextCheckAt: null,
    ...fields,
    createdAt: at,
  };
}
