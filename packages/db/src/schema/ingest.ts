import { sql } from "drizzle-orm";
import { bigint, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** Every webhook, card data redacted, stored before it is acknowledged; applied later by the inbox worker. */
export const webhookInbox = pgTable(
  "webhook_inbox",
  {
    id: bigint({ mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    provider: text().notNull(),
    accountId: text(), // null when the account is unknown (recorded for forensics only)
    receivedAt: ts("received_at").notNull().defaultNow(),
    requestId: text(),
    remoteAddress: text(),
    headers: jsonb().$type<Record<string, string>>().notNull(),
    rawBody: text().notNull(), // redacted: no full card number, no security code
    rawSha256: text(), // of the body as received
    signatureVerdict: text().notNull(), // valid:<method> | invalid:<reason>
    dedupKey: text(),
    providerUid: text(),
    state: text().notNull(), // pending | applied | duplicate | stale | rejected | failed
    error: text(),
    attempts: integer().notNull().default(0),
    appliedAt: ts("applied_at"),
    transactionId: uuid(),
  },
  (t) => [
    index("webhook_inbox_pending")
      .on(t.id)
      .where(sql`state = 'pending'`),
    // One applied message per dedup key: a resend or a race between two workers becomes a duplicate.
    uniqueIndex("webhook_inbox_applied_once")
      .on(t.accountId, t.dedupKey)
      .where(sql`state = 'applied'`),
    index("webhook_inbox_received").on(t.receivedAt),
    index("webhook_inbox_tx").on(t.transactionId),
    // The Webhooks screen's state tabs and counts: the rare states ops act on, newest first, without reading the applied bulk.
    index("webhook_inbox_state")
      .on(t.state, t.id)
      .where(sql`state <> 'applied'`),
  ],
);

/** Every HTTP call Paylens makes to a provider. */
export const providerCalls = pgTable(
  "provider_calls",
  {
    id: bigint({ mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: text().notNull(),
    provider: text().notNull(),
    operation: text().notNull(),
    startedAt: ts("started_at").notNull(),
    durationMs: integer().notNull(),
    httpStatus: integer(),
    outcome: text().notNull(), // ok | declined | rejected | error | timeout
    providerUid: text(),
    /** The transaction status the provider answered (migration 0015): final means it will notify it. */
    status: text(),
    idempotencyKey: text(),
    error: text(),
  },
  (t) => [index("provider_calls_started").on(t.startedAt), index("provider_calls_uid").on(t.providerUid)],
);
