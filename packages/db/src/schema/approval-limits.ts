// Refund approval limits set by an admin (migration 0016); a currency without a row uses the domain's default.
import { sql } from "drizzle-orm";
import { bigint, check, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const refundApprovalLimits = pgTable(
  "refund_approval_limits",
  {
    currency: text().primaryKey(),
    /** Refunds above this many minor units of the currency wait for a second person; 0: every refund does. */
    aboveMinor: bigint({ mode: "bigint" }).notNull(),
    updatedBy: text(),
    updatedAt: timestamp({ withTimezone: true }).defaultNow().notNull(),
  },
  (t) => [
    check("refund_approval_limits_currency", sql`${t.currency} ~ '^[A-Z]{3}$'`),
    check("refund_approval_limits_above", sql`${t.aboveMinor} >= 0`),
  ],
);
