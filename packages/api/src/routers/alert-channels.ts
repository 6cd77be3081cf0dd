// Settings → notification channels: a Standard Webhooks receiver, a Slack incoming webhook, or an SMTP mailbox, each
// routed some rules (none: all). Secrets go in and never come back: the list and the audit show a hint only.
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { ALERT_RULES } from "@paylens/domain/alert-rules";
import {
  channelById,
  createChannel,
  listChannels,
  updateChannel,
  withoutSecret,
  type ChannelTarget,
} from "@paylens/db/queries/alert-channels";
import { recordAudit } from "@paylens/db/queries/audit";
import { actorOf } from "../actor.ts";
import { procedureFor } from "../access-rules.ts";
import { refusal } from "../refusal.ts";

const httpUrl = z
  .string()
  .max(2000)
  .url()
  .refine((url) => /^https?:\/\//.test(url), "an http(s) URL");
const whsec = z
  .string()
  .regex(/^whsec_[A-Za-z0-9+/]{32,}={0,2}$/, "a Standard Webhooks secret: whsec_ and base64 of 24 bytes or more");
const email = z.string().email().max(320);
const emails = z
  .string()
  .max(2000)
  .refine(
    (list) => list.split(",").every((one) => email.safeParse(one.trim()).success),
    "e-mail addresses, comma separated",
  );
const rules = z.array(z.enum(ALERT_RULES)).max(ALERT_RULES.length);
const name = z.string().trim().min(1).max(100);

const smtpTarget = z.object({
  host: z.string().min(1).max(255),
  port: z.number().int().min(1).max(65_535),
  secure: z.boolean(),
  user: z.string().max(255).optional(),
  from: email,
  to: emails,
});

/** What each kind needs: the webhook its URL and key; Slack its URL (the secret); e-mail a server and addresses. */
const channelSpec = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("webhook"), target: z.object({ url: httpUrl }), secret: whsec }),
  z.object({ kind: z.literal("slack"), target: z.object({}).strict(), secret: httpUrl }),
  z.object({ kind: z.literal("email"), target: smtpTarget, secret: z.string().max(500).optional() }),
]);

export const alertChannelsRouter = {
  list: procedureFor("alertChannels.list").query(({ ctx }) => listChannels(ctx.db)),
  /** `id` is made by the form when it opens: submitting twice adds one channel. */
  create: procedureFor("alertChannels.create")
    .input(z.intersection(z.object({ id: z.string().uuid(), name, rules }), channelSpec))
    .mutation(async ({ ctx, input }) => {
      const actor = actorOf(ctx);
      const { channel, created } = await createChannel(ctx.db, {
        id: input.id,
        kind: input.kind,
        name: input.name,
        target: input.target as ChannelTarget,
        secret: input.secret ?? null,
        rules: input.rules,
        createdBy: actor.actor,
      });
      const shown = withoutSecret(channel);
      if (created)
        await recordAudit(ctx.db, { ...actor, action: "alert.channel.create", subject: shown.name, after: shown });
      return shown;
    }),
  /** A field left out stays as it is; the secret is replaced only when a new one is given. */
  update: procedureFor("alertChannels.update")
    .input(
      z.object({
        id: z.string().uuid(),
        name: name.optional(),
        rules: rules.optional(),
        enabled: z.boolean().optional(),
        target: z.record(z.string(), z.union([z.string().max(2000), z.number(), z.boolean()])).optional(),
        secret: z.string().min(1).max(2000).optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const before = await channelById(ctx.db, input.id);
      if (!before) throw new TRPCError({ code: "NOT_FOUND", message: "No such channel" });
      if (before.source === "environment")
        throw refusal(
          "BAD_REQUEST",
          "channel_from_env",
          "This channel comes from PAYLENS_ALERT_WEBHOOK_URL: change the environment instead",
        );
      // The changed channel must still be a whole one of its kind.
      const spec = channelSpec.safeParse({
        kind: before.kind,
        target: input.target ?? before.target,
        secret: input.secret ?? before.secret ?? undefined,
      });
      if (!spec.success)
        throw new TRPCError({ code: "BAD_REQUEST", message: spec.error.issues.map((i) => i.message).join("; ") });
      const after = await updateChannel(ctx.db, input.id, {
        name: input.name,
        rules: input.rules,
        enabled: input.enabled,
        target: input.target === undefined ? undefined : (spec.data.target as ChannelTarget),
        secret: input.secret,
      });
      if (!after) throw new TRPCError({ code: "NOT_FOUND", message: "No such channel" });
      const shown = withoutSecret(after);
      await recordAudit(ctx.db, {
        ...actorOf(ctx),
        action: "alert.channel.update",
        subject: shown.name,
        before: withoutSecret(before),
        after: { ...shown, secretChanged: input.secret !== undefined },
      });
      return shown;
    }),
  /** Sends a test notice now and says whether it arrived, and if not, why. */
  test: procedureFor("alertChannels.test")
    .input(z.object({ id: z.string().uuid() }))
    .mutation(async ({ ctx, input }) => {
      const channel = await channelById(ctx.db, input.id);
      if (!channel) throw new TRPCError({ code: "NOT_FOUND", message: "No such channel" });
      if (!ctx.alertChannelTest) throw refusal("PRECONDITION_FAILED", "cannot_send", "This server cannot send notices");
      const result = await ctx.alertChannelTest(channel);
      await recordAudit(ctx.db, {
        ...actorOf(ctx),
        action: "alert.channel.test",
        subject: channel.name,
        after: result,
      });
      return result;
    }),
} satisfies TRPCRouterRecord;
