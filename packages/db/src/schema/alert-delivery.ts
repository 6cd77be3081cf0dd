// Alerts that reach people (migration 0015): channels routed per rule, mutes, and one delivery per alert, channel and
// event, retried with backoff by the delivery worker.
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
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
import { alerts } from "./analytics.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** Where alerts go. `secret` (whsec_…, the Slack URL, the SMTP password) never leaves the server in full. */
export const alertChannels = pgTable(
  "alert_channels",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: text().notNull(), // webhook | slack | email
    name: text().notNull(),
    target: jsonb().$type<Record<string, string | number | boolean>>().notNull(),
    secret: text(),
    /** Rules routed to this channel; empty: every rule. */
    rules: text()
      .array()
      .notNull()
      .default(sql`'{}'`),
    enabled: boolean().notNull().default(true),
    source: text().notNull().default("settings"), // settings | environment
    createdBy: text(),
    createdAt: ts("created_at").notNull().defaultNow(),
    updatedAt: ts("updated_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("alert_channels_environment_once")
      .on(t.source)
      .where(sql`source = 'environment'`),
  ],
);

/** A rule ('*' segment) or one alert's rule and segment sends nothing until `until`. */
export const alertMutes = pgTable(
  "alert_mutes",
  {
    rule: text().notNull(),
    segment: text().notNull().default("*"),
    until: ts("until").notNull(),
    mutedBy: text().notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [primaryKey({ name: "alert_mutes_pk", columns: [t.rule, t.segment] })],
);

export const alertDeliveries = pgTable(
  "alert_deliveries",
  {
    id: bigint({ mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    alertId: uuid()
      .notNull()
      .references(() => alerts.id),
    channelId: uuid()
      .notNull()
      .references(() => alertChannels.id),
    event: text().notNull(), // opened | resolved
    state: text().notNull().default("pending"), // pending | delivered | failed
    attempts: integer().notNull().default(0),
    nextAttemptAt: ts("next_attempt_at").notNull(),
    lastError: text(),
    deliveredAt: ts("delivered_at"),
    createdAt: ts("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("alert_deliveries_once").on(t.alertId, t.channelId, t.event),
    index("alert_deliveries_due")
      .on(t.nextAttemptAt)
      .where(sql`state = 'pending'`),
  ],
);
