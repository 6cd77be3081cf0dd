// An Antom notifyDispute body -> domain dispute. What each notification type and judgement means is written up in
// docs/providers/antom.md, "Disputes (intake)".
import { redactCardData } from "@paylens/domain/card";
import { reasonCategory, type DisputeSnapshot, type DisputeStage, type DisputeStatus } from "@paylens/domain/dispute";
import { PayloadError } from "../connector.ts";
import { readPayload } from "../wire.ts";
import { antomDispute } from "./schema.ts";

type AntomDispute = ReturnType<typeof antomDispute.parse>;

/** True when the body is a notifyDispute (it carries a dispute id and a dispute notification type). */
export function isAntomDispute(body: unknown): boolean {
  if (!body || typeof body !== "object") return false;
  const fields = body as Record<string, unknown>;
  return typeof fields["disputeId"] === "string" && typeof fields["disputeNotificationType"] === "string";
}

// The merchant wins when the customer is held responsible; a retrieval's documents validated close it the same way.
const JUDGED: Record<string, { status: DisputeStatus; stage: DisputeStage | null }> = {
  ACCEPT_BY_CUSTOMER: { status: "won", stage: null },
  ACCEPT_BY_MERCHANT: { status: "lost", stage: null },
  VALIDATE_SUCCESS: { status: "won", stage: "inquiry" },
  VALIDATE_FAIL: { status: "lost", stage: "inquiry" },
};

function stateOf(body: AntomDispute): { status: DisputeStatus; stage: DisputeStage } {
  const type = body.disputeNotificationType?.toUpperCase() ?? "";
  switch (type) {
    case "DISPUTE_CREATED":
    case "DEFENSE_DUE_ALERT":
      return { status: "needs_response", stage: "chargeback" };
    case "DEFENSE_SUPPLIED":
      return { status: "under_review", stage: "chargeback" };
    case "DISPUTE_CANCELLED":
      return { status: "cancelled", stage: "chargeback" };
    // Rapid Dispute Resolution: the issuer's dispute was settled by refunding the cardholder, as the merchant agreed.
    case "RDR_RESOLVED":
      return { status: "accepted", stage: "chargeback" };
    case "DISPUTE_JUDGED": {
      const judged = JUDGED[body.disputeJudgedResult?.toUpperCase() ?? ""];
      if (!judged) throw new PayloadError(`unknown disputeJudgedResult "${body.disputeJudgedResult ?? ""}"`);
      return { status: judged.status, stage: judged.stage ?? "chargeback" };
    }
    default:
      throw new PayloadError(`unsupported disputeNotificationType "${body.disputeNotificationType ?? ""}"`);
  }
}

/** `signedAt` (the request-time) orders notifications that carry no time of their own. */
export function mapAntomDispute(parsed: unknown, signedAt: Date | null): DisputeSnapshot {
  const body = readPayload(antomDispute, parsed);
  if (!body.disputeId || !body.paymentId) throw new PayloadError("a notifyDispute names its disputeId and paymentId");
  const { status, stage } = stateOf(body);
  const amount = body.disputeAmount ?? body.disputeJudgedAmount;
  const currency = amount?.currency?.toUpperCase();
  if (
    amount?.value === null ||
    amount?.value === undefined ||
    amount.value <= 0n ||
    !currency ||
    !/^[A-Z]{3}$/.test(currency)
  )
    throw new PayloadError("a notifyDispute's disputeAmount must be positive minor units beside a 3-letter currency");
  const reasonCode = body.disputeReasonCode;
  return {
    provider: "antom",
    providerDisputeId: body.disputeId,
    paymentProviderUid: body.paymentId,
    stage,
    status,
    reasonCode,
    reasonMessage: body.disputeReasonMsg,
    reasonCategory: reasonCategory(reasonCode),
    amountMinor: amount.value,
    currency,
    networkReference: body.arn,
    dueAt: body.defenseDueTime,
    openedAt: body.disputeTime,
    updatedAt: body.disputeJudgedTime ?? signedAt ?? body.disputeTime,
    event: body.disputeNotificationType?.toUpperCase() ?? "",
    raw: redactCardData(parsed),
  };
}
