// Disputes and chargebacks (domain/dispute.ts): one row per provider dispute, its messages on a timeline.
import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  char,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { providerAccounts, transactions } from "./transactions.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true });

export const disputes = pgTable(
  "disputes",
  {
    id: uuid().primaryKey().defaultRandom(),
    provider: text().notNull(),
    accountId: text()
      .notNull()
      .references(() => providerAccounts.id),
    providerDisputeId: text().notNull(),
    /** The disputed payment as the provider names it; the link below is filled once the payment is known. */
    paymentProviderUid: text().notNull(),
    transactionId: uuid().references(() => transactions.id),
    stage: text().notNull(),
    status: text().notNull(),
    reasonCode: text(),
    reasonMessage: text(),
    reasonCategory: text(),
    amountMinor: bigint({ mode: "bigint" }).notNull(),
    currency: char({ length: 3 }).notNull(),
    networkReference: text(),
    dueAt: ts("due_at"),
    openedAt: ts("opened_at").notNull(),
    providerUpdatedAt: ts("provider_updated_at"),
    updatedAt: ts("updated_at").notNull().defaultNow(),
    /** The latest message, card data redacted. */
    raw: jsonb().notNull(),
    /** Recorded by hand (a provider without a dispute feed): where finance learnt of it, and who recorded it. */
    source: text(),
    recordedBy: text(),
    recordedByName: text(),
  },
  (t) => [
    uniqueIndex("disputes_provider_id").on(t.accountId, t.providerDisputeId),
    index("disputes_queue").on(t.status, t.dueAt),
    index("disputes_transaction").on(t.transactionId),
    index("disputes_payment_unlinked")
      .on(t.accountId, t.paymentProviderUid)
      .where(sql`transaction_id is null`),
    index("disputes_network_reference").on(t.networkReference),
    index("disputes_opened").on(t.openedAt),
  ],
);

export const disputeEvents = pgTable(
  "dispute_events",
  {
    id: bigserial({ mode: "bigint" }).primaryKey(),
    disputeId: uuid()
      .notNull()
      .references(() => disputes.id),
    inboxId: bigint({ mode: "bigint" }),
    event: text().notNull(),
    /** create, advance, refresh, stale (domain/dispute.ts) or duplicate. */
    transition: text().notNull(),
    statusFrom: text(),
    statusTo: text().notNull(),
    stage: text().notNull(),
    providerAt: ts("provider_at"),
    receivedAt: ts("received_at").notNull(),
  },
  (t) => [index("dispute_events_dispute").on(t.disputeId, t.receivedAt)],
);

/** Notes on a dispute, shown on its timeline beside the provider's messages. */
export const disputeNotes = pgTable(
  "dispute_notes",
  {
    id: uuid().primaryKey().defaultRandom(),
    disputeId: uuid()
      .notNull()
      .references(() => disputes.id),
    author: text().notNull(),
    authorName: text().notNull(),
    text: text().notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("dispute_notes_dispute").on(t.disputeId, t.createdAt)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => Buffer.from(value),
});

/** Evidence sent for a dispute: the file's bytes as sent, checked PDF, PNG or JPEG of at most 700 KB. */
export const disputeEvidence = pgTable(
  "dispute_evidence",
  {
    id: uuid().primaryKey().defaultRandom(),
    disputeId: uuid()
      .notNull()
      .references(() => disputes.id),
    /** The upload's key: the same file sent twice is one row and one call. */
    idempotencyKey: text().notNull(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    sizeBytes: integer().notNull(),
    sha256: char({ length: 64 }).notNull(),
    content: bytea().notNull(),
    /** ok: the provider took it; unknown: no answer yet, its notification will tell. */
    providerState: text().notNull(),
    author: text().notNull(),
    authorName: text().notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("dispute_evidence_key").on(t.disputeId, t.idempotencyKey)],
);
