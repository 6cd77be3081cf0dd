// Accepting a dispute: the merchant takes the loss instead of defending. Sent through the provider's API where it has
// one, audited, and applied through the dispute rule (domain/dispute.ts) like the provider's own notification.
import { TRPCError } from "@trpc/server";
import { isDisputeFinal, type DisputeStatus } from "@paylens/domain/dispute";
import { recordAudit } from "@paylens/db/queries/audit";
import { disputeById } from "@paylens/db/queries/disputes";
import { applyDisputesIn } from "@paylens/db/queries/disputes-apply";
import { providerName } from "@paylens/providers/catalog";
import type { Context } from "../context.ts";
import type { Principal } from "@paylens/db/queries/access";
import { actorOf } from "../actor.ts";
import { consoleDecision } from "./dispute-decision.ts";
import { refusal } from "../refusal.ts";

export interface AcceptAnswer {
  /** accepted: the provider took it (now or before); unknown: no answer, its notification will tell. */
  state: "accepted" | "unknown";
  /** True when it was accepted before this request: nothing was sent. */
  already: boolean;
}

export async function acceptDispute(
  ctx: Context & { principal: Principal },
  input: { id: string; idempotencyKey: string },
): Promise<AcceptAnswer> {
  const found = await disputeById(ctx.db, input.id);
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: `No dispute ${input.id}` });
  const d = found.dispute;
  // A repeated click or a second tab: accepted already, so nothing is sent again.
  if (d.status === "accepted") return { state: "accepted", already: true };
  if (isDisputeFinal(d.status as DisputeStatus))
    throw refusal("CONFLICT", "dispute_decided", `This dispute is decided already (${d.status})`, { status: d.status });
  const connector = ctx.providers?.connector(d.provider) ?? null;
  const call = ctx.providers?.callContext(d.accountId) ?? null;
  if (!connector?.acceptDispute || !call)
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `${providerName(d.provider)} takes no acceptance through its API: accept it in its back office`,
    });
  const result = await connector.acceptDispute(call, {
    providerDisputeId: d.providerDisputeId,
    idempotencyKey: input.idempotencyKey,
  });
  await recordAudit(ctx.db, {
    ...actorOf(ctx),
    action: "dispute.accept",
    transactionId: d.transactionId,
    subject: d.providerDisputeId,
    before: { status: d.status },
    after: { answer: result.state, message: result.outcome.message, idempotencyKey: input.idempotencyKey },
  });
  if (result.state === "rejected")
    throw new TRPCError({
      code: "CONFLICT",
      message: `${providerName(d.provider)} refused: ${result.outcome.message ?? "no reason given"}`,
    });
  if (result.state === "unknown") return { state: "unknown", already: false };
  const now = new Date();
  await ctx.db.transaction((tx) =>
    applyDisputesIn(tx, [
      consoleDecision(d, {
        status: "accepted",
        idempotencyKey: input.idempotencyKey,
        event: `accepted by ${ctx.principal.name}`,
        raw: {},
        at: now,
      }),
    ]),
  );
  return { state: "accepted", already: false };
}
