import { sql } from "drizzle-orm";
import { bigint, char, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { transactions } from "./transactions.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Every write an operator asks for (capture, void, refund, retry, re-sync), keyed by the idempotency key its
 * dialog created. The row exists before the provider is called, so a second request with the key finds it.
 * Live refunds and captures count against what is left (domain/action-rules.ts); the trigger in 0003 is the last guard.
 */
export const actions = pgTable(
  "actions",
  {
    id: uuid().primaryKey().defaultRandom(),
    idempotencyKey: text().notNull(),
    transactionId: uuid()
      .notNull()
      .references(() => transactions.id),
    kind: text().notNull(), // capture | void | refund | retry | resync
    // pending_approval | sending | pending | succeeded | declined | rejected | unknown | failed | cancelled
    state: text().notNull(),
    amountMinor: bigint({ mode: "bigint" }),
    currency: char({ length: 3 }),
    reason: text(),
    requestedBy: text().notNull(), // user id or token:<id>
    requestedByName: text().notNull(),
    approvedBy: text(),
    approvedByName: text(),
    retryOf: uuid(),
    childTransactionId: uuid(),
    outcome: jsonb().$type<Record<string, unknown>>(),
    error: text(),
    createdAt: ts("created_at").notNull().defaultNow(),
    sentAt: ts("sent_at"),
    /** When the settle worker next asks the provider about an unknown or pending action (a lease between instances). */
    nextCheckAt: ts("next_check_at"),
    finishedAt: ts("finished_at"),
  },
  (t) => [
    uniqueIndex("actions_idempotency_key").on(t.idempotencyKey),
    index("actions_transaction").on(t.transactionId, t.createdAt),
    index("actions_open")
      .on(t.state)
      .where(sql`state in ('pending_approval', 'sending', 'pending', 'unknown')`),
  ],
);

/** Notes support agents leave on a transaction. */
export const notes = pgTable(
  "notes",
  {
    id: uuid().primaryKey().defaultRandom(),
    transactionId: uuid()
      .notNull()
      .references(() => transactions.id),
    author: text().notNull(),
    authorName: text().notNull(),
    text: text().notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [index("notes_transaction").on(t.transactionId, t.createdAt)],
);

/** Money that moved (a successful payment, capture, refund or void): what the finance ledger is built from. One row per transaction. */
export const moneyMovements = pgTable(
  "money_movements",
  {
    id: bigint({ mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    transactionId: uuid()
      .notNull()
      .references(() => transactions.id),
    accountId: text().notNull(),
    provider: text().notNull(),
    kind: text().notNull(), // payment | capture | refund | void
    amountMinor: bigint({ mode: "bigint" }).notNull(),
    currency: char({ length: 3 }).notNull(),
    actionId: uuid(),
    occurredAt: ts("occurred_at").notNull(),
    recordedAt: ts("recorded_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("money_movements_transaction").on(t.transactionId),
    index("money_movements_occurred").on(t.occurredAt),
  ],
);

/** Append-only: a trigger in 0003 refuses UPDATE and DELETE. */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint({ mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    at: ts("at").notNull().defaultNow(),
    actor: text(), // user id, token:<id>, or null for someone who failed to sign in
    actorName: text().notNull(),
    role: text(),
    ip: text(),
    action: text().notNull(), // sign_in, sign_in_failed, sign_out, refund.request, refund.approve, note.add, settings.incident, …
    transactionId: uuid(),
    subject: text(),
    before: jsonb(),
    after: jsonb(),
  },
  (t) => [
    index("audit_log_at").on(t.at.desc(), t.id.desc()),
    index("audit_log_tx")
      .on(t.transactionId)
      .where(sql`transaction_id is not null`),
    index("audit_log_actor").on(t.actor, t.at.desc()),
  ],
);
