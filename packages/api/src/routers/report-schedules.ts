// Scheduled reports: a saved view or the settlements, sent as CSV daily or weekly through an alert channel. Whoever may
// export may schedule what they could export; each user sees and changes their own schedules. Saving is by an id the
// dialog made when it opened, so a second submit changes nothing; every change is audited.
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { listChannels } from "@paylens/db/queries/alert-channels";
import { recordAudit } from "@paylens/db/queries/audit";
import { recentRuns } from "@paylens/db/queries/report-runs";
import {
  listSchedules,
  removeSchedule,
  saveSchedule,
  scheduleById,
  scheduleIdOwner,
  setSchedulePaused,
  type ScheduleRow,
} from "@paylens/db/queries/report-schedules";
import { listViews } from "@paylens/db/queries/views";
import { nextDue, REPORT_CADENCES } from "@paylens/domain/report-schedule";
import { isTimeZone } from "@paylens/domain/time-zone";
import { actorOf } from "../actor.ts";
import { procedureFor } from "../access-rules.ts";
import { dimensionInput } from "../finance-input.ts";

const RUNS_SHOWN = 5;

const timing = {
  cadence: z.enum(REPORT_CADENCES),
  hour: z.number().int().min(0).max(23),
  weekday: z.number().int().min(1).max(7).nullable(),
  timeZone: z.string().max(64).refine(isTimeZone, { message: "not an IANA time zone (e.g. UTC, Europe/Warsaw)" }),
};

export const scheduleInput = z
  .discriminatedUnion("source", [
    z.object({ source: z.literal("view"), viewId: z.uuid() }),
    z.object({ source: z.literal("settlements"), filters: dimensionInput.strict() }),
  ])
  .and(
    z.object({
      id: z.uuid(),
      name: z.string().trim().min(1).max(100),
      channelId: z.uuid(),
      ...timing,
    }),
  )
  .refine((s) => (s.cadence === "weekly") === (s.weekday !== null), {
    message: "a weekly report needs its weekday (1 Monday … 7 Sunday); a daily one none",
    path: ["weekday"],
  });

const byId = z.object({ id: z.uuid() });

/** What the audit keeps of a schedule: its settings, not the joined names. */
const audited = (s: ScheduleRow) => ({
  name: s.name,
  source: s.source,
  viewId: s.viewId,
  filters: s.filters,
  cadence: s.cadence,
  weekday: s.weekday,
  hour: s.hour,
  timeZone: s.timeZone,
  channelId: s.channelId,
  paused: s.paused,
});

const notFound = (id: string) => new TRPCError({ code: "NOT_FOUND", message: `No scheduled report ${id}` });

export const reportSchedulesRouter = {
  /** The caller's schedules, each with when it is next due and its latest runs. */
  list: procedureFor("reportSchedules.list").query(async ({ ctx }) => {
    const schedules = await listSchedules(ctx.db, ctx.principal.id);
    const runs = await recentRuns(
      ctx.db,
      schedules.map((s) => s.id),
      RUNS_SHOWN,
    );
    const now = new Date();
    return schedules.map((s) => ({
      ...s,
      nextAt: s.paused ? null : nextDue(s, now).dueAt,
      runs: runs.filter((r) => r.scheduleId === s.id),
    }));
  }),
  /** The channels a report can go to: their names and kinds only (addresses and secrets are for Settings' managers). */
  channels: procedureFor("reportSchedules.channels").query(async ({ ctx }) =>
    (await listChannels(ctx.db)).filter((c) => c.enabled).map((c) => ({ id: c.id, kind: c.kind, name: c.name })),
  ),
  save: procedureFor("reportSchedules.save")
    .input(scheduleInput)
    .mutation(async ({ ctx, input }) => {
      const owner = ctx.principal.id;
      const holder = await scheduleIdOwner(ctx.db, input.id);
      if (holder !== null && holder !== owner) throw notFound(input.id);
      const viewId = input.source === "view" ? input.viewId : null;
      if (viewId && !(await listViews(ctx.db, owner)).some((v) => v.id === viewId))
        throw new TRPCError({ code: "NOT_FOUND", message: `No saved view ${viewId}` });
      const channel = (await listChannels(ctx.db)).find((c) => c.id === input.channelId);
      if (!channel?.enabled)
        throw new TRPCError({ code: "BAD_REQUEST", message: "channelId: no such notification channel, or it is off" });
      const before = await scheduleById(ctx.db, owner, input.id);
      await saveSchedule(
        ctx.db,
        owner,
        {
          id: input.id,
          name: input.name,
          source: input.source,
          viewId,
          filters: input.source === "settlements" ? input.filters : {},
          cadence: input.cadence,
          weekday: input.weekday,
          hour: input.hour,
          timeZone: input.timeZone,
          channelId: input.channelId,
        },
        new Date(),
      );
      const after = await scheduleById(ctx.db, owner, input.id);
      if (!after) throw notFound(input.id);
      // The same submit again is not a change: nothing more in the audit.
      if (JSON.stringify(before && audited(before)) !== JSON.stringify(audited(after)))
        await recordAudit(ctx.db, {
          ...actorOf(ctx),
          action: before ? "report.schedule.update" : "report.schedule.create",
          subject: after.name,
          before: before ? audited(before) : undefined,
          after: audited(after),
        });
      return after;
    }),
  setPaused: procedureFor("reportSchedules.setPaused")
    .input(byId.extend({ paused: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const before = await scheduleById(ctx.db, ctx.principal.id, input.id);
      if (!before) throw notFound(input.id);
      if (before.paused === input.paused) return before;
      await setSchedulePaused(ctx.db, ctx.principal.id, input.id, input.paused, new Date());
      const after = await scheduleById(ctx.db, ctx.principal.id, input.id);
      if (!after) throw notFound(input.id);
      await recordAudit(ctx.db, {
        ...actorOf(ctx),
        action: input.paused ? "report.schedule.pause" : "report.schedule.resume",
        subject: after.name,
        before: audited(before),
        after: audited(after),
      });
      return after;
    }),
  remove: procedureFor("reportSchedules.remove")
    .input(byId)
    .mutation(async ({ ctx, input }) => {
      const before = await scheduleById(ctx.db, ctx.principal.id, input.id);
      if (!before) throw notFound(input.id);
      await removeSchedule(ctx.db, ctx.principal.id, input.id);
      await recordAudit(ctx.db, {
        ...actorOf(ctx),
        action: "report.schedule.delete",
        subject: before.name,
        before: audited(before),
      });
      return { id: input.id };
    }),
} satisfies TRPCRouterRecord;
