import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { DISPUTE_STAGES, DISPUTE_STATUSES, REASON_CATEGORIES } from "@paylens/domain/dispute";
import { EVIDENCE_MAX_BYTES } from "@paylens/domain/dispute-evidence";
import { decodeDisputeCursor, disputeById, disputesOfTransaction, listDisputes } from "@paylens/db/queries/disputes";
import { providerInput } from "../provider-input.ts";
import { procedureFor } from "../access-rules.ts";
import { addDisputeNote } from "@paylens/db/queries/dispute-notes";
import { actorOf } from "../actor.ts";
import { acceptDispute } from "../actions/accept-dispute.ts";
import { submitEvidence } from "../actions/submit-evidence.ts";
import { recordDispute } from "../actions/record-dispute.ts";
import { HAND_OUTCOMES, setDisputeOutcome } from "../actions/set-dispute-outcome.ts";

/** Made when the dialog opens, like an action's. */
const idempotencyKey = z
  .string()
  .min(8)
  .max(100)
  .regex(/^[\w-]+$/, "letters, digits, - and _");

export const recordDisputeInput = z.object({
  idempotencyKey,
  transactionId: z.uuid(),
  stage: z.enum(DISPUTE_STAGES),
  /** The scheme's reason code as the provider gave it ("10.4", "4853"); the domain decodes its category. */
  reasonCode: z
    .string()
    .trim()
    .max(20)
    .regex(/^[\w .-]*$/, "letters, digits, spaces, . and -")
    .optional(),
  amountMinor: z
    .bigint()
    .positive()
    .max(10n ** 15n)
    .optional(),
  currency: z
    .string()
    .regex(/^[A-Za-z]{3}$/, "a three-letter currency code")
    .optional(),
  /** ARN or RRN of the disputed payment. */
  networkReference: z
    .string()
    .trim()
    .max(40)
    .regex(/^[\w-]*$/, "letters, digits, - and _")
    .optional(),
  openedAt: z.date().optional(),
  dueAt: z.date().optional(),
  /** Where finance learnt of it ("Pockyt merchant portal, e-mail of 2026-12-01"); card data was redacted on entry. */
  source: z.string().trim().min(3).max(500),
});

export const disputeListInput = z.object({
  provider: z.array(providerInput).max(10).optional(),
  status: z.array(z.enum(DISPUTE_STATUSES)).max(10).optional(),
  reasonCategory: z.array(z.enum(REASON_CATEGORIES)).max(10).optional(),
  /** Open disputes due within this many days (overdue included). */
  dueWithinDays: z.number().int().min(0).max(365).optional(),
  limit: z.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .max(200)
    .refine((value) => decodeDisputeCursor(value) !== null, "not a cursor from a previous page")
    .nullish(),
});

export const disputesRouter = {
  /** The queue, the soonest response deadline first. */
  list: procedureFor("disputes.list")
    .input(disputeListInput)
    .query(({ ctx, input }) =>
      listDisputes(
        ctx.db,
        {
          provider: input.provider,
          status: input.status,
          reasonCategory: input.reasonCategory,
          dueWithinDays: input.dueWithinDays,
        },
        input.limit,
        input.cursor ?? null,
      ),
    ),
  byId: procedureFor("disputes.byId")
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const found = await disputeById(ctx.db, input.id);
      if (!found) throw new TRPCError({ code: "NOT_FOUND", message: `No dispute ${input.id}` });
      return found;
    }),
  forTransaction: procedureFor("disputes.forTransaction")
    .input(z.object({ transactionId: z.uuid() }))
    .query(({ ctx, input }) => disputesOfTransaction(ctx.db, input.transactionId)),
  /** The merchant takes the loss: sent to the provider, audited, applied like its notification. */
  accept: procedureFor("disputes.accept")
    .input(z.object({ id: z.uuid(), idempotencyKey }))
    .mutation(({ ctx, input }) => acceptDispute(ctx, input)),
  /** The merchant's defence: one file sent to the provider, audited, kept (actions/submit-evidence.ts). */
  submitEvidence: procedureFor("disputes.submitEvidence")
    .input(
      z.object({
        id: z.uuid(),
        idempotencyKey,
        fileName: z.string().trim().min(1).max(200),
        // The evidence limit as Base64 (4 characters per 3 bytes); the decoded size is checked again.
        contentBase64: z
          .string()
          .max(Math.ceil(EVIDENCE_MAX_BYTES / 3) * 4)
          .regex(/^[A-Za-z0-9+/]*={0,2}$/, "not Base64"),
      }),
    )
    .mutation(({ ctx, input }) => submitEvidence(ctx, input)),
  /** A note on the dispute's timeline; its text passed the card-data guard like every input (input-guard.ts). */
  addNote: procedureFor("disputes.addNote")
    .input(z.object({ id: z.uuid(), text: z.string().trim().min(1).max(4000) }))
    .mutation(async ({ ctx, input }) => {
      const found = await disputeById(ctx.db, input.id);
      if (!found) throw new TRPCError({ code: "NOT_FOUND", message: `No dispute ${input.id}` });
      return addDisputeNote(
        ctx.db,
        { disputeId: input.id, text: input.text, author: ctx.principal.id, authorName: ctx.principal.name },
        {
          ...actorOf(ctx),
          action: "dispute.note",
          transactionId: found.dispute.transactionId,
          subject: found.dispute.providerDisputeId,
        },
      );
    }),
  /** A dispute finance learnt of outside any provider feed, recorded against its payment (actions/record-dispute.ts). */
  record: procedureFor("disputes.record")
    .input(recordDisputeInput)
    .mutation(({ ctx, input }) => recordDispute(ctx, input)),
  /** The outcome of a dispute recorded by hand, which no provider message will bring. */
  setOutcome: procedureFor("disputes.setOutcome")
    .input(z.object({ id: z.uuid(), idempotencyKey, outcome: z.enum(HAND_OUTCOMES) }))
    .mutation(({ ctx, input }) => setDisputeOutcome(ctx, input)),
} satisfies TRPCRouterRecord;
