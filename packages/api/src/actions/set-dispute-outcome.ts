// The outcome of a dispute recorded by hand: no provider message will decide it, so finance does, from what the
// provider told them. Applied like a provider's decision (applyDisputesIn: a win releases the hold, a loss or an
// acceptance books the loss), audited in the same database transaction; setting the same outcome again changes nothing.
import { TRPCError } from "@trpc/server";
import { isDisputeFinal, type DisputeStatus } from "@paylens/domain/dispute";
import type { Principal } from "@paylens/db/queries/access";
import { recordAudit } from "@paylens/db/queries/audit";
import { disputeById } from "@paylens/db/queries/disputes";
import { applyDisputesIn } from "@paylens/db/queries/disputes-apply";
import { providerName } from "@paylens/providers/catalog";
import type { Context } from "../context.ts";
import { actorOf } from "../actor.ts";
import { consoleDecision } from "./dispute-decision.ts";
import { refusal } from "../refusal.ts";

export const HAND_OUTCOMES = ["won", "lost", "accepted"] as const satisfies readonly DisputeStatus[];
export type HandOutcome = (typeof HAND_OUTCOMES)[number];

export async function setDisputeOutcome(
  ctx: Context & { principal: Principal },
  input: { id: string; idempotencyKey: string; outcome: HandOutcome },
  now = new Date(),
): Promise<{ status: DisputeStatus; already: boolean }> {
  const found = await disputeById(ctx.db, input.id);
  if (!found) throw new TRPCError({ code: "NOT_FOUND", message: `No dispute ${input.id}` });
  const d = found.dispute;
  if (d.source === null)
    throw refusal(
      "BAD_REQUEST",
      "dispute_from_provider",
      `This dispute came from ${providerName(d.provider)}: its outcome comes from there, not by hand`,
      { provider: d.provider },
    );
  // A repeated click or a second tab: decided so already, nothing moves again.
  if (d.status === input.outcome) return { status: d.status, already: true };
  const conflict = () =>
    refusal("CONFLICT", "dispute_decided", `This dispute is decided already (${d.status})`, { status: d.status });
  if (isDisputeFinal(d.status as DisputeStatus)) throw conflict();
  return ctx.db.transaction(async (tx) => {
    const [result] = await applyDisputesIn(tx, [
      consoleDecision(d, {
        status: input.outcome,
        idempotencyKey: input.idempotencyKey,
        event: `${input.outcome} (set by ${ctx.principal.name})`,
        raw: { outcome: input.outcome, setBy: ctx.principal.name },
        at: now,
      }),
    ]);
    // Decided by another request between the read and the lock: that decision stands.
    if (result?.transition !== "advance") throw conflict();
    await recordAudit(tx, {
      ...actorOf(ctx),
      action: "dispute.outcome",
      transactionId: d.transactionId,
      subject: d.providerDisputeId,
      before: { status: d.status },
      after: { status: input.outcome, idempotencyKey: input.idempotencyKey },
    });
    return { status: input.outcome, already: false };
  });
}
