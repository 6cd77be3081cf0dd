import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { actionFigures } from "@paylens/db/queries/action-figures";
import {
  actionById,
  actionsAwaitingApproval,
  actionsForTransaction,
  actionTarget,
  ACTION_KINDS,
} from "@paylens/db/queries/actions";
import { recordAudit } from "@paylens/db/queries/audit";
import { reprocessInbox } from "@paylens/db/queries/inbox";
import { leftFor, paymentRetryRefusal, refusalText } from "@paylens/domain/action-rules";
import { approvalOverrideFor } from "@paylens/db/queries/approval-limits";
import { refundApprovalLimit } from "@paylens/domain/refund-approval";
import { actorOf } from "../actor.ts";
import { approveAction, checkAction, declineApproval, requestAction, retryFactsOf } from "../actions/request-action.ts";
import type { Context } from "../context.ts";
import { procedureFor } from "../access-rules.ts";

const deps = (ctx: Context) => ({ db: ctx.db, providers: ctx.providers, log: ctx.log });

export const actionRequestInput = z.object({
  /** Made when the dialog opens: a double click, a retry after a timeout or a second tab send the same key. */
  idempotencyKey: z
    .string()
    .min(8)
    .max(100)
    .regex(/^[\w-]+$/, "letters, digits, - and _"),
  transactionId: z.uuid(),
  kind: z.enum(ACTION_KINDS),
  amountMinor: z
    .bigint()
    .positive()
    .max(10n ** 15n)
    .optional(),
  reason: z.string().trim().min(1).max(500).optional(),
  retryOf: z.uuid().optional(),
});

export const actionsRouter = {
  /** What can be done to a transaction now, and what was done. */
  forTransaction: procedureFor("actions.forTransaction")
    .input(z.object({ transactionId: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const target = await actionTarget(ctx.db, input.transactionId);
      if (!target) throw new TRPCError({ code: "NOT_FOUND", message: `No transaction ${input.transactionId}` });
      const [actions, figures, overrides] = await Promise.all([
        actionsForTransaction(ctx.db, target.id),
        actionFigures(ctx.db, target.id),
        approvalOverrideFor(ctx.db, target.currency),
      ]);
      if (!figures) throw new TRPCError({ code: "NOT_FOUND", message: `No transaction ${input.transactionId}` });
      const retryRefusal = paymentRetryRefusal(figures, retryFactsOf(target));
      const limit = refundApprovalLimit(target.currency, overrides);
      return {
        currency: target.currency,
        amountMinor: target.amountMinor,
        refundableMinor: leftFor("refund", figures),
        capturableMinor: leftFor("capture", figures),
        voidable: leftFor("void", figures) > 0n,
        /** Refunds above this wait for a second person; 0 with source "unlisted": every refund does. */
        approvalAboveMinor: limit.aboveMinor,
        approvalLimitSource: limit.source,
        /** Null when a failed payment can be retried with the card the provider saved; otherwise why not. */
        paymentRetryRefusal: retryRefusal && refusalText(retryRefusal),
        actions,
      };
    }),
  get: procedureFor("actions.get")
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const action = await actionById(ctx.db, input.id);
      if (!action) throw new TRPCError({ code: "NOT_FOUND", message: `No action ${input.id}` });
      return action;
    }),
  awaitingApproval: procedureFor("actions.awaitingApproval").query(({ ctx }) => actionsAwaitingApproval(ctx.db)),
  request: procedureFor("actions.request")
    .input(actionRequestInput)
    .mutation(({ ctx, input }) => requestAction(deps(ctx), ctx, input)),
  approve: procedureFor("actions.approve")
    .input(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => approveAction(deps(ctx), ctx, input.id)),
  decline: procedureFor("actions.decline")
    .input(z.object({ id: z.uuid(), note: z.string().trim().min(1).max(500) }))
    .mutation(({ ctx, input }) => declineApproval(deps(ctx), ctx, input.id, input.note)),
  /** Ask the provider now about an action whose answer was lost. */
  check: procedureFor("actions.check")
    .input(z.object({ id: z.uuid() }))
    .mutation(({ ctx, input }) => checkAction(deps(ctx), ctx, input.id)),
  /** A webhook that failed to apply goes back to the inbox worker. */
  reprocessWebhook: procedureFor("actions.reprocessWebhook")
    .input(z.object({ inboxId: z.bigint().positive() }))
    .mutation(async ({ ctx, input }) => {
      const row = await reprocessInbox(ctx.db, input.inboxId);
      if (!row)
        throw new TRPCError({ code: "BAD_REQUEST", message: `Webhook ${input.inboxId} is not a failed message` });
      await recordAudit(ctx.db, {
        ...actorOf(ctx),
        action: "webhook.reprocess",
        transactionId: row.transactionId,
        subject: String(input.inboxId),
        before: { state: "failed" },
        after: { state: "pending" },
      });
      return { inboxId: input.inboxId, state: "pending" as const };
    }),
} satisfies TRPCRouterRecord;
