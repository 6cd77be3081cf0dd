import type { OutcomeMessageParts } from "@paylens/domain/transaction";
import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  char,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

export const providerAccounts = pgTable("provider_accounts", {
  id: text().primaryKey(),
  provider: text().notNull(),
  name: text().notNull(),
  baseUrl: text().notNull(),
  demo: boolean().notNull().default(false),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const transactions = pgTable(
  "transactions",
  {
    id: uuid().primaryKey().defaultRandom(),
    accountId: text()
      .notNull()
      .references(() => providerAccounts.id),
    provider: text().notNull(),
    providerUid: text().notNull(),
    parentProviderUid: text(),
    parentId: uuid(),
    type: text().notNull(),
    status: text().notNull(),
    amountMinor: bigint({ mode: "bigint" }).notNull(),
    currency: char({ length: 3 }).notNull(),
    trackingId: text(),
    description: text(),
    methodType: text(),
    cardBrand: text(),
    cardBin: text(),
    cardLast4: text(),
    cardHolder: text(),
    issuerName: text(),
    issuerCountry: text(),
    customerEmail: text(),
    customerIp: text(),
    customerCountry: text(),
    rrn: text(),
    authCode: text(),
    refId: text(),
    networkTransactionId: text(),
    code: text(),
    outcomeLetter: char({ length: 1 }),
    outcomeService: text(),
    message: text(),
    // The message as its decoder's parts (the console translates them); null where the message is a whole text.
    messageParts: jsonb().$type<OutcomeMessageParts>(),
    friendlyMessage: text(),
    reason: text(),
    retryable: boolean(),
    threeDsStatus: text(),
    threeDsEci: text(),
    threeDsVersion: text(),
    threeDsResult: text(),
    avsResult: text(),
    cvcResult: text(),
    test: boolean().notNull().default(false),
    createdAt: ts("created_at").notNull(),
    providerUpdatedAt: ts("provider_updated_at"),
    paidAt: ts("paid_at"),
    settledAt: ts("settled_at"),
    closedAt: ts("closed_at"),
    expiredAt: ts("expired_at"),
    firstSeenAt: ts("first_seen_at").notNull().defaultNow(),
    lastEventAt: ts("last_event_at").notNull().defaultNow(),
    nextPollAt: ts("next_poll_at"),
    pollAttempts: integer().notNull().default(0),
    details: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    raw: jsonb(),
  },
  (t) => [
    uniqueIndex("transactions_account_uid").on(t.accountId, t.providerUid),
    index("transactions_created").on(t.createdAt.desc(), t.id.desc()),
    index("transactions_provider_created").on(t.provider, t.createdAt.desc(), t.id.desc()),
    index("transactions_status_created").on(t.status, t.createdAt.desc(), t.id.desc()),
    index("transactions_parent").on(t.parentId),
    // A new parent links the children that arrived before it (a refund's webhook first): only unlinked ones are indexed.
    index("transactions_unlinked_children")
      .on(t.accountId, t.parentProviderUid)
      .where(sql`parent_id is null and parent_provider_uid is not null`),
    index("transactions_tracking").on(t.trackingId),
    index("transactions_rrn").on(t.rrn),
    index("transactions_due_poll")
      .on(t.nextPollAt)
      .where(sql`next_poll_at is not null`),
    // Support search (issue 4): every identifier a customer or provider quotes, and the common filters' first pages.
    index("transactions_auth")
      .on(t.authCode)
      .where(sql`auth_code is not null`),
    index("transactions_ref")
      .on(t.refId)
      .where(sql`ref_id is not null`),
    index("transactions_network_id")
      .on(t.networkTransactionId)
      .where(sql`network_transaction_id is not null`),
    index("transactions_email")
      .on(sql`lower(${t.customerEmail})`)
      .where(sql`customer_email is not null`),
    index("transactions_last4_amount")
      .on(t.cardLast4, t.amountMinor)
      .where(sql`card_last4 is not null`),
    index("transactions_bin_created")
      .on(t.cardBin, t.createdAt.desc(), t.id.desc())
      .where(sql`card_bin is not null`),
    index("transactions_reason_created")
      .on(t.reason, t.createdAt.desc(), t.id.desc())
      .where(sql`reason is not null`),
    index("transactions_code_created").on(t.code, t.createdAt.desc(), t.id.desc()),
  ],
);

export const transactionEvents = pgTable(
  "transaction_events",
  {
    id: bigint({ mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    transactionId: uuid()
      .notNull()
      .references(() => transactions.id),
    kind: text().notNull(), // webhook | poll | backfill | action | note
    transition: text().notNull(), // create | advance | refresh | stale | conflict | duplicate | none
    statusFrom: text(),
    statusTo: text(),
    code: text(),
    inboxId: bigint({ mode: "bigint" }),
    lagMs: bigint({ mode: "number" }),
    providerTime: ts("provider_time"),
    occurredAt: ts("occurred_at").notNull().defaultNow(),
    summary: text().notNull(),
    payload: jsonb(),
  },
  (t) => [
    index("transaction_events_tx").on(t.transactionId, t.occurredAt),
    // Webhook-lag rollups (issue 5) refresh by minute of arrival.
    index("transaction_events_webhook_occurred")
      .on(t.occurredAt)
      .where(sql`kind = 'webhook'`),
  ],
);
