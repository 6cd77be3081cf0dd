// A dispute recorded by hand by finance, for a provider that sends none (docs/providers/pockyt.md §12): against a
// payment, with where finance learnt of it. It enters like a provider's message (applyDisputesIn: the timeline, the
// hold in the ledger), is audited in the same database transaction, and a repeat under the same key records nothing.
import { TRPCError } from "@trpc/server";
import { reasonCategory, type DisputeStage } from "@paylens/domain/dispute";
import { isCurrencyCode } from "@paylens/domain/money";
import type { Principal } from "@paylens/db/queries/access";
import { recordAudit } from "@paylens/db/queries/audit";
import { applyDisputesIn } from "@paylens/db/queries/disputes-apply";
import { disputeIdOf, markRecordedByHand, paymentForDispute } from "@paylens/db/queries/disputes-by-hand";
import type { Context } from "../context.ts";
import { actorOf } from "../actor.ts";

export interface RecordDisputeInput {
  idempotencyKey: string;
  transactionId: string;
  stage: DisputeStage;
  reasonCode?: string | undefined;
  amountMinor?: bigint | undefined;
  currency?: string | undefined;
  networkReference?: string | undefined;
  openedAt?: Date | undefined;
  dueAt?: Date | undefined;
  source: string;
}

/** Card payments are disputed once they took money: a sale, a capture, or the authorisation that was captured. */
const DISPUTABLE_TYPES = ["payment", "capture", "authorization"];

const bad = (message: string) => new TRPCError({ code: "BAD_REQUEST", message });

export async function recordDispute(
  ctx: Context & { principal: Principal },
  input: RecordDisputeInput,
  now = new Date(),
): Promise<{ disputeId: string; already: boolean }> {
  const payment = await paymentForDispute(ctx.db, input.transactionId);
  if (!payment) throw new TRPCError({ code: "NOT_FOUND", message: `No transaction ${input.transactionId}` });
  // The key names the dispute: a double click or a second tab finds the one the first request recorded.
  const providerDisputeId = `hand-${input.idempotencyKey}`;
  const before = await disputeIdOf(ctx.db, payment.accountId, providerDisputeId);
  if (before) return { disputeId: before, already: true };
  if (!DISPUTABLE_TYPES.includes(payment.type) || payment.status !== "successful")
    throw bad(`A dispute is recorded against a successful payment, not a ${payment.status} ${payment.type}`);
  const currency = (input.currency ?? payment.currency).toUpperCase();
  if (!isCurrencyCode(currency)) throw bad(`${currency} is not a currency code`);
  const amountMinor = input.amountMinor ?? payment.amountMinor;
  if (currency === payment.currency && amountMinor > payment.amountMinor)
    throw bad("A dispute is at most the payment's amount");
  const asked = input.openedAt ?? now;
  if (asked.getTime() > now.getTime()) throw bad("The dispute cannot open in the future");
  const paymentDay = new Date(payment.createdAt);
  paymentDay.setUTCHours(0, 0, 0, 0);
  if (asked.getTime() < paymentDay.getTime()) throw bad("The dispute cannot open before the payment");
  // Finance gives a day: on the payment's own day, the dispute opened after the payment at the earliest.
  const openedAt = asked.getTime() < payment.createdAt.getTime() ? payment.createdAt : asked;
  if (input.dueAt && input.dueAt.getTime() < openedAt.getTime())
    throw bad("The response is due after the dispute opens");
  const reasonCode = input.reasonCode?.trim() || null;
  const actor = ctx.principal;
  return ctx.db.transaction(async (tx) => {
    const [result] = await applyDisputesIn(tx, [
      {
        accountId: payment.accountId,
        dedupKey: `dispute|${providerDisputeId}|recorded`,
        receivedAt: now,
        dispute: {
          provider: payment.provider,
          providerDisputeId,
          paymentProviderUid: payment.providerUid,
          stage: input.stage,
          status: "needs_response",
          reasonCode,
          reasonMessage: null,
          reasonCategory: reasonCategory(reasonCode),
          amountMinor,
          currency,
          networkReference: input.networkReference?.trim() || null,
          dueAt: input.dueAt ?? null,
          openedAt,
          updatedAt: now,
          event: `recorded by ${actor.name}`,
          raw: { recordedBy: actor.name, source: input.source },
        },
      },
    ]);
    if (!result?.disputeId) throw new Error(`dispute ${providerDisputeId} was not recorded`);
    // Another request under the same key got in first: its dispute is the answer.
    if (result.transition !== "create") return { disputeId: result.disputeId, already: true };
    await markRecordedByHand(tx, result.disputeId, {
      source: input.source,
      recordedBy: actor.id,
      recordedByName: actor.name,
    });
    await recordAudit(tx, {
      ...actorOf(ctx),
      action: "dispute.record",
      transactionId: payment.id,
      subject: providerDisputeId,
      after: {
        disputeId: result.disputeId,
        stage: input.stage,
        reasonCode,
        amountMinor,
        currency,
        openedAt,
        source: input.source,
        idempotencyKey: input.idempotencyKey,
      },
    });
    return { disputeId: result.disputeId, already: false };
  });
}
