import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { ALERT_RULES } from "@paylens/domain/alert-rules";
import { listMutes, muteAlerts, unmuteAlerts } from "@paylens/db/queries/alert-channels";
import { deliveriesOf } from "@paylens/db/queries/alert-deliveries";
import { acknowledgeAlert, listAlerts } from "@paylens/db/queries/alerts";
import { recordAudit } from "@paylens/db/queries/audit";
import { actorOf } from "../actor.ts";
import { procedureFor } from "../access-rules.ts";

const rule = z.enum(ALERT_RULES);
// '*' is the whole rule; otherwise one alert's segment (provider:antom, account:shop-1, issuer:CHASE …).
const segment = z.string().min(1).max(200);

export const alertsRouter = {
  list: procedureFor("alerts.list")
    .input(
      z
        .object({
          state: z.enum(["active", "ended", "all"]).optional(),
          limit: z.number().int().min(1).max(500).optional(),
        })
        .optional(),
    )
    .query(({ ctx, input }) => listAlerts(ctx.db, input?.state ?? "all", input?.limit ?? 100)),
  /** For the banner. */
  active: procedureFor("alerts.active").query(({ ctx }) => listAlerts(ctx.db, "active", 100)),
  /** Each alert's deliveries: to which channel, opened or resolved, delivered, waiting to retry or failed, and why. */
  deliveries: procedureFor("alerts.deliveries")
    .input(z.object({ alertIds: z.array(z.string().uuid()).max(500) }))
    .query(({ ctx, input }) => deliveriesOf(ctx.db, input.alertIds)),
  mutes: procedureFor("alerts.mutes").query(({ ctx }) => listMutes(ctx.db, new Date())),
  /** Someone is on it; a second acknowledgement keeps the first. */
  acknowledge: procedureFor("alerts.acknowledge")
    .input(z.object({ id: z.string().uuid() }))
    .mutation(async ({ ctx, input }) => {
      const actor = actorOf(ctx);
      const done = await acknowledgeAlert(ctx.db, input.id, actor.actorName, new Date());
      if (!done) throw new TRPCError({ code: "NOT_FOUND", message: "No such alert" });
      if (done.fresh)
        await recordAudit(ctx.db, {
          ...actor,
          action: "alert.acknowledge",
          subject: `${done.rule} ${done.segment}`,
          after: { id: input.id, acknowledgedAt: done.acknowledgedAt },
        });
      return done;
    }),
  /** Sends nothing for the rule (or one of its segments) until then; the alerts still show here. */
  mute: procedureFor("alerts.mute")
    .input(
      z.object({
        rule,
        segment,
        minutes: z
          .number()
          .int()
          .min(5)
          .max(7 * 24 * 60),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const actor = actorOf(ctx);
      const until = new Date(Date.now() + input.minutes * 60_000);
      await muteAlerts(ctx.db, { rule: input.rule, segment: input.segment, until, mutedBy: actor.actorName });
      await recordAudit(ctx.db, {
        ...actor,
        action: "alert.mute",
        subject: `${input.rule} ${input.segment}`,
        after: { ...input, until },
      });
      return { ...input, until };
    }),
  unmute: procedureFor("alerts.unmute")
    .input(z.object({ rule, segment }))
    .mutation(async ({ ctx, input }) => {
      const removed = await unmuteAlerts(ctx.db, input.rule, input.segment);
      if (removed)
        await recordAudit(ctx.db, {
          ...actorOf(ctx),
          action: "alert.unmute",
          subject: `${input.rule} ${input.segment}`,
        });
      return { removed };
    }),
} satisfies TRPCRouterRecord;
