// A decision taken in the console (accepted, or an outcome set by hand), written as the message the dispute rule
// applies (db/queries/disputes-apply.ts): the stored dispute with its new status, so the ledger and timeline move as
// they would for the provider's own notification.
import type { DisputeStage, DisputeStatus, ReasonCategory } from "@paylens/domain/dispute";
import type { disputeById } from "@paylens/db/queries/disputes";
import type { DisputeInput } from "@paylens/db/queries/disputes-apply";

type StoredDispute = NonNullable<Awaited<ReturnType<typeof disputeById>>>["dispute"];

export function consoleDecision(
  d: StoredDispute,
  decision: { status: DisputeStatus; idempotencyKey: string; event: string; raw: Record<string, unknown>; at: Date },
): DisputeInput {
  return {
    accountId: d.accountId,
    dedupKey: `dispute|${d.providerDisputeId}|${decision.status}-by-${decision.idempotencyKey}`,
    receivedAt: decision.at,
    dispute: {
      provider: d.provider,
      providerDisputeId: d.providerDisputeId,
      paymentProviderUid: d.paymentProviderUid,
      stage: d.stage as DisputeStage,
      status: decision.status,
      reasonCode: d.reasonCode,
      reasonMessage: d.reasonMessage,
      reasonCategory: d.reasonCategory as ReasonCategory | null,
      amountMinor: d.amountMinor,
      currency: d.currency,
      networkReference: d.networkReference,
      dueAt: d.dueAt,
      openedAt: d.openedAt,
      updatedAt: decision.at,
      event: decision.event,
      raw: decision.raw,
    },
  };
}
