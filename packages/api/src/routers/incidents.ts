import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import type { Context, IncidentControl } from "../context.ts";
import { recordAudit } from "@paylens/db/queries/audit";
import { actorOf } from "../actor.ts";
import { procedureFor } from "../access-rules.ts";
import { refusal } from "../refusal.ts";

const provider = z.string().min(1).max(64);
export const incidentInput = z.discriminatedUnion("kind", [
  z.object({
    kind: z.literal("issuer"),
    issuer: z.string().min(1).max(200).nullable(),
    approvalMultiplier: z.number().min(0).max(1).optional(),
  }),
  z.object({
    kind: z.literal("webhooks"),
    provider,
    mode: z.enum(["normal", "delayed", "stopped"]),
    delayMs: z.number().int().min(0).max(86_400_000).optional(),
  }),
  z.object({
    kind: z.literal("api"),
    provider,
    latencyMultiplier: z.number().min(0).max(100).optional(),
    failureRate: z.number().min(0).max(1).optional(),
  }),
]);

function control(ctx: Context): IncidentControl {
  if (!ctx.incidents)
    throw refusal("FORBIDDEN", "demo_only", "Sandbox incidents exist in demo mode only (no PAYLENS_ACCOUNTS_FILE)");
  return ctx.incidents;
}

export const incidentsRouter = {
  state: procedureFor("incidents.state").query(({ ctx }) =>
    ctx.incidents
      ? { demo: true, ...ctx.incidents.state() }
      : { demo: false, issuer: null, webhooks: [], api: [], issuers: [], backfill: null },
  ),
  set: procedureFor("incidents.set")
    .input(incidentInput)
    .mutation(async ({ ctx, input }) => {
      const incidents = control(ctx);
      const before = incidents.state();
      try {
        incidents.set(input);
      } catch (error) {
        throw new TRPCError({ code: "BAD_REQUEST", message: error instanceof Error ? error.message : String(error) });
      }
      const after = incidents.state();
      await recordAudit(ctx.db, {
        ...actorOf(ctx),
        action: "settings.incident",
        subject: input.kind,
        before: { ...before, issuers: undefined, backfill: undefined },
        after: { ...after, issuers: undefined, backfill: undefined, change: input },
      });
      return { demo: true, ...after };
    }),
} satisfies TRPCRouterRecord;
