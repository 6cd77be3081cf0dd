import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { approvalSeries, BREAKDOWN_DIMENSIONS, breakdown } from "@paylens/db/queries/analytics-approval";
import { declineReasons } from "@paylens/db/queries/analytics-declines";
import { ANALYTICS_BUCKETS, MAX_POINTS, pointCount } from "@paylens/db/queries/analytics-filters";
import { disputeRate } from "@paylens/db/queries/analytics-disputes";
import { DISPUTE_DIMENSIONS, disputeBreakdown } from "@paylens/db/queries/analytics-disputes-breakdown";
import { providerLatency, webhookLag } from "@paylens/db/queries/analytics-webhooks";
import { REASON_CATEGORIES } from "@paylens/domain/dispute";
import { SCHEME_LINES } from "@paylens/domain/dispute-thresholds";
import { procedureFor } from "../access-rules.ts";

const names = z.array(z.string().min(1).max(100)).max(50).optional();
const period = z.object({ from: z.date(), to: z.date() });
const filters = { provider: names, accountId: names, currency: names };
const bucket = z.enum(ANALYTICS_BUCKETS);
const dimension = z.enum(BREAKDOWN_DIMENSIONS);

/** A period runs forwards, and its series fits a chart. */
function checkPeriod(input: { from: Date; to: Date; bucket?: (typeof ANALYTICS_BUCKETS)[number] }): void {
  if (input.to <= input.from) throw new TRPCError({ code: "BAD_REQUEST", message: "`to` must be after `from`" });
  if (input.bucket && pointCount(input, input.bucket) > MAX_POINTS) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `bucket ${input.bucket} gives more than ${MAX_POINTS} points over this period: choose a larger one`,
    });
  }
}

const disputePeriod = period.extend({
  provider: names,
  accountId: names,
  reasonCategory: z.array(z.enum(REASON_CATEGORIES)).max(REASON_CATEGORIES.length).optional(),
});

/** Whole months are read from the raw rows: two years at most keeps that a bounded scan. */
function checkDisputePeriod(input: { from: Date; to: Date }): void {
  checkPeriod(input);
  if (input.to.getTime() - input.from.getTime() > 731 * 86_400_000) {
    throw new TRPCError({ code: "BAD_REQUEST", message: "a dispute rate covers at most two years" });
  }
}

export const analyticsRouter = {
  approval: procedureFor("analytics.approval")
    .input(period.extend({ bucket, ...filters }))
    .query(({ ctx, input }) => {
      checkPeriod(input);
      return approvalSeries(ctx.db, input, input.bucket);
    }),
  breakdown: procedureFor("analytics.breakdown")
    .input(period.extend({ dimension, ...filters, limit: z.number().int().min(1).max(500).optional() }))
    .query(({ ctx, input }) => {
      checkPeriod(input);
      return breakdown(ctx.db, input, input.dimension, input.limit ?? 50);
    }),
  /** `dimension` with `segment` narrows every figure to that one segment (hourly resolution). */
  declines: procedureFor("analytics.declines")
    .input(
      period.extend({
        bucket,
        ...filters,
        dimension: dimension.optional(),
        segment: z.string().min(1).max(200).optional(),
      }),
    )
    .query(({ ctx, input }) => {
      checkPeriod(input);
      const only =
        input.dimension && input.segment ? { dimension: input.dimension, segment: input.segment } : undefined;
      return declineReasons(ctx.db, input, input.bucket, only);
    }),
  webhookLag: procedureFor("analytics.webhookLag")
    .input(period.extend({ bucket, provider: names, accountId: names }))
    .query(({ ctx, input }) => {
      checkPeriod(input);
      return webhookLag(
        ctx.db,
        { from: input.from, to: input.to, provider: input.provider, accountId: input.accountId },
        input.bucket,
        ctx.webhookSloMs,
      );
    }),
  latency: procedureFor("analytics.latency")
    .input(period.extend({ bucket, provider: names, accountId: names }))
    .query(({ ctx, input }) => {
      checkPeriod(input);
      return providerLatency(
        ctx.db,
        { from: input.from, to: input.to, provider: input.provider, accountId: input.accountId },
        input.bucket,
      );
    }),
  /** Dispute count and rate per calendar month (at most two years), with the scheme lines to draw beside them. */
  disputeRate: procedureFor("analytics.disputeRate")
    .input(disputePeriod)
    .query(async ({ ctx, input }) => {
      checkDisputePeriod(input);
      return { months: await disputeRate(ctx.db, input), lines: SCHEME_LINES };
    }),
  /** Disputes by BIN, issuing bank or payment method of the disputed payment, over the same whole months. */
  disputeBreakdown: procedureFor("analytics.disputeBreakdown")
    .input(
      disputePeriod.extend({
        dimension: z.enum(DISPUTE_DIMENSIONS),
        limit: z.number().int().min(1).max(50).default(10),
      }),
    )
    .query(async ({ ctx, input }) => {
      checkDisputePeriod(input);
      return { rows: await disputeBreakdown(ctx.db, input, input.dimension, input.limit) };
    }),
} satisfies TRPCRouterRecord;
