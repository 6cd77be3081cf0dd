// A beGateway chargeback (a transaction of type `chargeback` whose parent is the disputed payment) -> domain dispute.
// What each field means is written up in docs/providers/begateway.md, "Disputes (intake)".
import { redactCardData } from "@paylens/domain/card";
import { reasonCategory, type DisputeSnapshot, type DisputeStage, type DisputeStatus } from "@paylens/domain/dispute";
import { PayloadError } from "../connector.ts";
import { unwrapTransaction } from "./map.ts";
import { begatewayChargeback } from "./schema.ts";

const STATUSES: Record<string, DisputeStatus> = {
  // The gateway's own sandbox and its transaction model record a chargeback as a successful transaction: it was
  // taken from the merchant, who has yet to answer (docs/providers/begateway.md §9); a failed one never stood.
  successful: "needs_response",
  failed: "cancelled",
  new: "needs_response",
  open: "needs_response",
  pending: "needs_response",
  needs_response: "needs_response",
  in_review: "under_review",
  under_review: "under_review",
  processing: "under_review",
  won: "won",
  reversed: "won",
  lost: "lost",
  accepted: "accepted",
  cancelled: "cancelled",
  canceled: "cancelled",
};

const STAGES: Record<string, DisputeStage> = {
  retrieval_request: "inquiry",
  inquiry: "inquiry",
  chargeback: "chargeback",
  first_chargeback: "chargeback",
  pre_arbitration: "pre_arbitration",
  second_chargeback: "pre_arbitration",
  arbitration: "arbitration",
};

/** True when the body is a chargeback notification. */
export function isBegatewayChargeback(body: unknown): boolean {
  try {
    return unwrapTransaction(body).tx.type === "chargeback";
  } catch {
    return false;
  }
}

export function mapBegatewayChargeback(body: unknown): DisputeSnapshot {
  const tx = begatewayChargeback.parse(unwrapTransaction(body).tx);
  const section = tx.chargeback;
  if (!tx.uid || !tx.parent_uid)
    throw new PayloadError("a chargeback names its uid and the disputed payment's parent_uid");
  const amountMinor = section?.amount ?? tx.amount;
  const currency = (section?.currency ?? tx.currency)?.toUpperCase();
  if (
    amountMinor === null ||
    amountMinor === undefined ||
    amountMinor <= 0n ||
    !currency ||
    !/^[A-Z]{3}$/.test(currency)
  )
    throw new PayloadError("a chargeback's amount must be positive minor units beside a 3-letter currency");
  const statusName = (section?.status ?? "").toLowerCase();
  // Without its own status a chargeback the gateway recorded is one the merchant has yet to answer.
  const status = statusName ? STATUSES[statusName] : "needs_response";
  if (!status) throw new PayloadError(`unknown chargeback status "${statusName}"`);
  const stage = STAGES[(section?.stage ?? "chargeback").toLowerCase()];
  if (!stage) throw new PayloadError(`unknown chargeback stage "${section?.stage ?? ""}"`);
  // `reason` reads like "10.4 Other Fraud – Card Absent Environment" or "4837 No cardholder authorization".
  const reasonText = tx.reason ?? section?.message ?? null;
  const reasonCode = section?.reason_code ?? /^\s*(\d{2}\.\d{1,2}|\d{4})\b/.exec(reasonText ?? "")?.[1] ?? null;
  return {
    provider: "begateway",
    providerDisputeId: tx.uid,
    paymentProviderUid: tx.parent_uid,
    stage,
    status,
    reasonCode,
    reasonMessage: reasonText,
    reasonCategory: reasonCategory(reasonCode),
    amountMinor,
    currency,
    networkReference: section?.arn ?? section?.rrn ?? tx.transaction?.rrn ?? null,
    dueAt: section?.due_at ?? null,
    openedAt: tx.created_at,
    updatedAt: tx.updated_at ?? tx.created_at,
    event: `chargeback ${statusName || "received"}`,
    raw: redactCardData(body),
  };
}
