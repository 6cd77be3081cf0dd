import { sql } from "drizzle-orm";
import { bigint, char, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { moneyMovements } from "./actions.ts";

const ts = (name: string) => timestamp(name, { withTimezone: true });

/**
 * One balanced posting: a movement (payment, capture, refund, void), a provider's fee or a settlement of one transaction.
 * Its entries sum to zero in its one currency (a statement trigger in 0004 refuses anything else); nothing is changed or removed.
 */
export const ledgerGroups = pgTable(
  "ledger_groups",
  {
    id: bigint({ mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text().notNull(), // payment | capture | refund | void | fee | settlement | dispute_hold | dispute_reversal | dispute_loss | dispute_fee | dispute_reversal_fee
    movementId: bigint({ mode: "bigint" }).references(() => moneyMovements.id),
    transactionId: uuid().notNull(),
    accountId: text().notNull(),
    provider: text().notNull(),
    currency: char({ length: 3 }).notNull(),
    /** The group's amount (positive for money in; a refund's is positive too, its entries carry the direction). */
    amountMinor: bigint({ mode: "bigint" }).notNull(),
    /** When the money moved: the movement's time, the settlement's, or the report's for a fee. */
    occurredAt: ts("occurred_at").notNull(),
    /** When the transaction's own money moved: settlements and fees count on the day of the sale they belong to. */
    originAt: ts("origin_at").notNull(),
    source: text().notNull(), // movement | settled_at | report
    reportRowId: bigint({ mode: "bigint" }),
    /** A dispute's hold, reversal or loss (db/queries/disputes-ledger.ts). */
    disputeId: uuid(),
    recordedAt: ts("recorded_at").notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("ledger_groups_movement")
      .on(t.movementId)
      .where(sql`movement_id is not null`),
    uniqueIndex("ledger_groups_settlement")
      .on(t.transactionId)
      .where(sql`kind = 'settlement'`),
    uniqueIndex("ledger_groups_fee")
      .on(t.transactionId)
      .where(sql`kind = 'fee'`),
    uniqueIndex("ledger_groups_dispute_fee")
      .on(t.disputeId, t.kind)
      .where(sql`kind in ('dispute_fee', 'dispute_reversal_fee')`),
    index("ledger_groups_transaction").on(t.transactionId),
    index("ledger_groups_origin").on(t.originAt, t.id),
  ],
);

/** Debits positive, credits negative, in minor units; dimensions copied from the group so balances need no join. */
export const ledgerEntries = pgTable(
  "ledger_entries",
  {
    id: bigint({ mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    groupId: bigint({ mode: "bigint" })
      .notNull()
      .references(() => ledgerGroups.id),
    // provider_receivable | merchant_cash | sales | refunds | fees | authorization_released | authorization_control
    ledgerAccount: text().notNull(),
    amountMinor: bigint({ mode: "bigint" }).notNull(),
    currency: char({ length: 3 }).notNull(),
    accountId: text().notNull(),
    provider: text().notNull(),
    transactionId: uuid().notNull(),
    kind: text().notNull(),
    occurredAt: ts("occurred_at").notNull(),
    originAt: ts("origin_at").notNull(),
  },
  (t) => [
    index("ledger_entries_group").on(t.groupId),
    index("ledger_entries_account_time").on(t.ledgerAccount, t.currency, t.occurredAt),
    index("ledger_entries_origin").on(t.originAt, t.id),
    index("ledger_entries_occurred").on(t.occurredAt, t.id),
    // Settling reads one transaction's receivable: all three columns, so no other index looks cheaper to the planner.
    index("ledger_entries_transaction").on(t.transactionId, t.ledgerAccount, t.currency),
  ],
);

/** A provider report as fetched (API) or uploaded by hand: the period it covers and who brought it. */
export const providerReports = pgTable(
  "provider_reports",
  {
    id: bigint({ mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    accountId: text().notNull(),
    provider: text().notNull(),
    source: text().notNull(), // api | upload
    name: text().notNull(), // the report's own name (settle-list, settlement details file, …) or the uploaded file's
    periodFrom: ts("period_from").notNull(),
    periodTo: ts("period_to").notNull(),
    rowCount: integer().notNull(),
    fetchedBy: text(),
    fetchedByName: text(),
    fetchedAt: ts("fetched_at").notNull().defaultNow(),
  },
  (t) => [index("provider_reports_account").on(t.accountId, t.periodFrom)],
);

/** One transaction as the provider's report states it, normalised (minor units, our type and status names). */
export const providerReportRows = pgTable(
  "provider_report_rows",
  {
    id: bigint({ mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    reportId: bigint({ mode: "bigint" })
      .notNull()
      .references(() => providerReports.id),
    accountId: text().notNull(),
    provider: text().notNull(),
    providerUid: text().notNull(),
    parentProviderUid: text(),
    type: text().notNull(),
    status: text().notNull(),
    amountMinor: bigint({ mode: "bigint" }).notNull(),
    currency: char({ length: 3 }).notNull(),
    feeMinor: bigint({ mode: "bigint" }),
    occurredAt: ts("occurred_at").notNull(),
    settledAt: ts("settled_at"),
    raw: jsonb(),
  },
  (t) => [
    index("provider_report_rows_key").on(t.accountId, t.providerUid, t.reportId),
    index("provider_report_rows_report").on(t.reportId),
    index("provider_report_rows_occurred").on(t.occurredAt),
    index("provider_report_rows_disputes")
      .on(t.accountId, t.providerUid)
      .where(sql`type in ('dispute', 'dispute_reversal')`),
  ],
);

/** One run of the three-way reconciliation over a period. */
export const reconciliationRuns = pgTable("reconciliation_runs", {
  id: bigint({ mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
  periodFrom: ts("period_from").notNull(),
  periodTo: ts("period_to").notNull(),
  accountId: text(),
  startedBy: text(),
  startedByName: text(),
  at: ts("at").notNull().defaultNow(),
  counts: jsonb().$type<Record<string, number>>().notNull().default({}),
});

/**
 * A mismatch between our ledger, what the provider notified / answered to queries, and its report. Kept across runs by
 * (account, uid, kind): open until resolved with a note, or cleared when a later run no longer finds it.
 */
export const reconciliationItems = pgTable(
  "reconciliation_items",
  {
    id: bigint({ mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    kind: text().notNull(), // missing_in_report | missing_in_ours | amount_differs | status_differs | currency_differs
    state: text().notNull().default("open"), // open | resolved | cleared
    accountId: text().notNull(),
    provider: text().notNull(),
    providerUid: text().notNull(),
    transactionId: uuid(),
    reportRowId: bigint({ mode: "bigint" }),
    occurredAt: ts("occurred_at").notNull(),
    ledgerAmountMinor: bigint({ mode: "bigint" }),
    ledgerCurrency: char({ length: 3 }),
    notifiedStatus: text(),
    notifiedAmountMinor: bigint({ mode: "bigint" }),
    notifiedCurrency: char({ length: 3 }),
    reportStatus: text(),
    reportAmountMinor: bigint({ mode: "bigint" }),
    reportCurrency: char({ length: 3 }),
    atStakeMinor: bigint({ mode: "bigint" }).notNull(),
    atStakeCurrency: char({ length: 3 }).notNull(),
    detail: text().notNull(),
    runId: bigint({ mode: "bigint" }).notNull(),
    firstSeenAt: ts("first_seen_at").notNull().defaultNow(),
    lastSeenAt: ts("last_seen_at").notNull().defaultNow(),
    resolvedBy: text(),
    resolvedByName: text(),
    resolvedAt: ts("resolved_at"),
    resolutionNote: text(),
    /** transaction: a payment's money; dispute: a dispute row against the disputes we hold (migration 0013). */
    subject: text().notNull().default("transaction"),
    disputeId: uuid(),
  },
  (t) => [
    uniqueIndex("reconciliation_items_key").on(t.accountId, t.providerUid, t.kind),
    index("reconciliation_items_occurred").on(t.occurredAt, t.id),
    index("reconciliation_items_open").on(t.state, t.occurredAt),
  ],
);
