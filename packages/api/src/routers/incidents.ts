import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import type { Context, IncidentControl } from "../context.ts";
import { publicProcedure } from "../trpc.ts";

const provider = z.string().min(1).max(64);
export const incidentInput = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("issuer"), issuer: z.string().min(1).max(200).nullable(), approvalMultiplier: z.number().min(0).max(1).optional() }),
  z.object({ kind: z.literal("webhooks"), provider, mode: z.enum(["normal", "delayed", "stopped"]), delayMs: z.number().int().min(0).max(86_400_000).optional() }),
  z.object({ kind: z.literal("api"), provider, latencyMultiplier: z.number().min(0).max(100).optional(), failureRate: z.number().min(0).max(1).optional() }),
]);

function control(ctx: Context): IncidentControl {
  if (!ctx.incidents) throw new TRPCError({ code: "FORBIDDEN", message: "Sandbox incidents exist in demo mode only (no PAYLENS_ACCOUNTS_FILE)" });
  return ctx.incidents;
}

export const incidentsRouter = {
  state: publicProcedure.query(({ ctx }) =>
    ctx.incidents ? { demo: true, ...ctx.incidents.state() } : { demo: false, issuer: null, webhooks: [], api: [], issuers: [] },
  ),
  set: publicProcedure.input(incidentInput).mutation(({ ctx, input }) => {
    const incidents = control(ctx);
    try {
      incidents.set(input);
    } catch (error) {
      throw new TRPCError({ code: "BAD_REQUEST", message: error instanceof Error ? error.message : String(error) });
    }
    return { demo: true, ...incidents.state() };
  }),
} satisfies TRPCRouterRecord;
