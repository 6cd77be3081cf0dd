// Rollups for ops analytics (issue 5), kept current by apps/server workers/refresh-rollups.ts from analytics_dirty,
// which statement-level triggers (in migration 0002_analytics.sql) fill with the minute buckets each write touches.
import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const ts = (name: string) => timestamp(name, { withTimezone: true });
const count = (name: string) => bigint(name, { mode: "number" }).notNull().default(0);

/**
 * Minute buckets whose rollups are out of date; source: tx | events | calls | inbox. One row per writing session
 * (writer: its backend pid, migration 0019), so concurrent writers never wait on each other's mark.
 */
export const analyticsDirty = pgTable(
  "analytics_dirty",
  {
    source: text().notNull(),
    bucket: ts("bucket").notNull(),
    writer: integer().notNull().default(0),
    markedAt: ts("marked_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.source, t.bucket, t.writer] })],
);

/**
 * Rollup buckets whose last refresh was costly, and until when they wait (`db/queries/analytics-cooldown.ts`): in the
 * database so that every instance's refresher keeps the same wait. `bucket_key`: `tx:minute:<epoch ms>` and the like.
 */
export const analyticsCooldown = pgTable("analytics_cooldown", {
  bucketKey: text("bucket_key").primaryKey(),
  until: ts("until").notNull(),
});

/** Payment and authorization attempts per minute of created_at; outcome approved | declined | error | pending. */
export const analyticsAttempts = pgTable(
  "analytics_attempts_1m",
  {
    bucket: ts("bucket").notNull(),
    provider: text().notNull(),
    accountId: text().notNull(),
    currency: text().notNull(),
    outcome: text().notNull(),
    reason: text().notNull().default(""),
    attempts: count("attempts"),
  },
  (t) => [primaryKey({ columns: [t.bucket, t.provider, t.accountId, t.currency, t.outcome, t.reason] })],
);

/** The same attempts per hour and segment; dimension provider | bin | issuer | brand | method | country. */
export const analyticsSegments = pgTable(
  "analytics_segments_1h",
  {
    bucket: ts("bucket").notNull(),
    provider: text().notNull(),
    accountId: text().notNull(),
    currency: text().notNull(),
    dimension: text().notNull(),
    segment: text().notNull(),
    attempts: count("attempts"),
    approved: count("approved"),
    declined: count("declined"),
    errors: count("errors"),
    pending: count("pending"),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.provider, t.accountId, t.currency, t.dimension, t.segment] }),
    index("analytics_segments_dim_bucket").on(t.dimension, t.bucket),
  ],
);

/** Declined attempts per hour, segment (dimension 'all' for every decline), reason and raw code. */
export const analyticsDeclines = pgTable(
  "analytics_declines_1h",
  {
    bucket: ts("bucket").notNull(),
    provider: text().notNull(),
    accountId: text().notNull(),
    currency: text().notNull(),
    dimension: text().notNull(),
    segment: text().notNull(),
    reason: text().notNull(),
    code: text().notNull(),
    message: text().notNull(),
    declines: count("declines"),
  },
  (t) => [
    primaryKey({ columns: [t.bucket, t.provider, t.accountId, t.currency, t.dimension, t.segment, t.reason, t.code] }),
    index("analytics_declines_dim_bucket").on(t.dimension, t.bucket),
  ],
);

// Each rollup below exists per minute (`_1m`, recomputed from the raw rows for every dirty minute) and per hour
// (`_1h`, summed from the minute rows for every dirty hour: long periods read 60x fewer rows, and the sums equal the
// minute rows exactly — late keeps the SLO each minute was refreshed with). One definition serves both grains.
type Grain = "1m" | "1h";

/** Final transactions (by created_at minute) whose final status came by poll or back-fill, never by webhook. */
const missingTable = (grain: Grain) =>
  pgTable(
    `analytics_missing_${grain}`,
    {
      bucket: ts("bucket").notNull(),
      provider: text().notNull(),
      accountId: text().notNull(),
      missing: count("missing"),
    },
    (t) => [primaryKey({ columns: [t.bucket, t.provider, t.accountId] })],
  );

/** Webhook deliveries per bucket of arrival: count, late (lag over the SLO at refresh time) and duplicates. */
const webhooksTable = (grain: Grain) =>
  pgTable(
    `analytics_webhooks_${grain}`,
    {
      bucket: ts("bucket").notNull(),
      provider: text().notNull(),
      accountId: text().notNull(),
      deliveries: count("deliveries"),
      late: count("late"),
      duplicates: count("duplicates"),
    },
    (t) => [primaryKey({ columns: [t.bucket, t.provider, t.accountId] })],
  );

/** Webhook lag histogram: `le` is the log-scale bin index of analytics-histogram.ts. */
const webhookLagTable = (grain: Grain) =>
  pgTable(
    `analytics_webhook_lag_${grain}`,
    {
      bucket: ts("bucket").notNull(),
      provider: text().notNull(),
      accountId: text().notNull(),
      le: integer().notNull(),
      hits: count("hits"),
    },
    (t) => [primaryKey({ columns: [t.bucket, t.provider, t.accountId, t.le] })],
  );

/** Webhooks rejected at the door (bad signature or body); account '' when unknown. */
const rejectedTable = (grain: Grain) =>
  pgTable(
    `analytics_rejected_${grain}`,
    {
      bucket: ts("bucket").notNull(),
      provider: text().notNull(),
      accountId: text().notNull(),
      rejected: count("rejected"),
    },
    (t) => [primaryKey({ columns: [t.bucket, t.provider, t.accountId] })],
  );

/** Provider call duration histogram per operation, with error and timeout counts per bin. */
const callsTable = (grain: Grain) =>
  pgTable(
    `analytics_calls_${grain}`,
    {
      bucket: ts("bucket").notNull(),
      provider: text().notNull(),
      accountId: text().notNull(),
      operation: text().notNull(),
      le: integer().notNull(),
      hits: count("hits"),
      errors: count("errors"),
      timeouts: count("timeouts"),
    },
    (t) => [primaryKey({ columns: [t.bucket, t.provider, t.accountId, t.operation, t.le] })],
  );

export const analyticsMissing = missingTable("1m");
export const analyticsWebhooks = webhooksTable("1m");
export const analyticsWebhookLag = webhookLagTable("1m");
export const analyticsRejected = rejectedTable("1m");
export const analyticsCalls = callsTable("1m");
export const analyticsMissingHourly = missingTable("1h");
export const analyticsWebhooksHourly = webhooksTable("1h");
export const analyticsWebhookLagHourly = webhookLagTable("1h");
export const analyticsRejectedHourly = rejectedTable("1h");
export const analyticsCallsHourly = callsTable("1h");

/** Raised alerts: active while ended_at is null; one active row per rule and segment. */
export const alerts = pgTable(
  "alerts",
  {
    id: uuid().primaryKey().defaultRandom(),
    rule: text().notNull(),
    kind: text().notNull(),
    segment: text().notNull(),
    startedAt: ts("started_at").notNull(),
    endedAt: ts("ended_at"),
    updatedAt: ts("updated_at").notNull(),
    figures: jsonb().$type<Record<string, number | string>>().notNull(),
    message: text().notNull(),
    /** The message as a key and figures (domain/alert-messages), written in each reader's language; null before. */
    messageKey: text(),
    messageParams: jsonb().$type<Record<string, string | number>>(),
    acknowledgedAt: ts("acknowledged_at"),
    acknowledgedBy: text(),
  },
  (t) => [
    uniqueIndex("alerts_active_once")
      .on(t.rule, t.segment)
      .where(sql`ended_at is null`),
    index("alerts_started").on(t.startedAt.desc()),
  ],
);
