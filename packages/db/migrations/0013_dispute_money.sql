-- Dispute fees in the ledger (db/queries/reports-disputes.ts): Dr dispute_fees / Cr provider_receivable, one group per
-- dispute and report row type (the fee a DISPUTE row states, and the one a DISPUTE_REVERSAL row states), so a report
-- imported again never posts twice.
ALTER TABLE "ledger_groups" DROP CONSTRAINT "ledger_groups_kind";--> statement-breakpoint
ALTER TABLE "ledger_groups" ADD CONSTRAINT "ledger_groups_kind" CHECK (kind IN ('payment', 'capture', 'refund', 'void', 'fee', 'settlement', 'dispute_hold', 'dispute_reversal', 'dispute_loss', 'dispute_fee', 'dispute_reversal_fee'));--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_groups_dispute_fee" ON "ledger_groups" USING btree ("dispute_id", "kind") WHERE kind IN ('dispute_fee', 'dispute_reversal_fee');--> statement-breakpoint
ALTER TABLE "ledger_entries" DROP CONSTRAINT "ledger_entries_account";--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account" CHECK (ledger_account IN ('provider_receivable', 'merchant_cash', 'sales', 'refunds', 'fees', 'authorization_released', 'authorization_control', 'disputes_held', 'dispute_losses', 'dispute_fees'));--> statement-breakpoint
-- Reconciliation also compares the providers' dispute rows with the disputes we hold (db/queries/reconciliation-disputes.ts).
ALTER TABLE "reconciliation_items" ADD COLUMN "subject" text DEFAULT 'transaction' NOT NULL;--> statement-breakpoint
ALTER TABLE "reconciliation_items" ADD COLUMN "dispute_id" uuid;--> statement-breakpoint
ALTER TABLE "reconciliation_items" ADD CONSTRAINT "reconciliation_items_subject" CHECK (subject IN ('transaction', 'dispute'));--> statement-breakpoint
CREATE INDEX "provider_report_rows_disputes" ON "provider_report_rows" USING btree ("account_id", "provider_uid") WHERE type IN ('dispute', 'dispute_reversal');
