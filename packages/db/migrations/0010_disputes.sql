CREATE TABLE "disputes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider" text NOT NULL,
	"account_id" text NOT NULL,
	"provider_dispute_id" text NOT NULL,
	"payment_provider_uid" text NOT NULL,
	"transaction_id" uuid,
	"stage" text NOT NULL,
	"status" text NOT NULL,
	"reason_code" text,
	"reason_message" text,
	"reason_category" text,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"network_reference" text,
	"due_at" timestamp with time zone,
	"opened_at" timestamp with time zone NOT NULL,
	"provider_updated_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"raw" jsonb NOT NULL,
	CONSTRAINT "disputes_stage" CHECK (stage IN ('inquiry', 'chargeback', 'pre_arbitration', 'arbitration')),
	CONSTRAINT "disputes_status" CHECK (status IN ('needs_response', 'under_review', 'won', 'lost', 'accepted', 'cancelled')),
	CONSTRAINT "disputes_reason_category" CHECK (reason_category IN ('fraud', 'authorisation', 'processing_error', 'consumer_dispute'))
);
--> statement-breakpoint
CREATE TABLE "dispute_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"dispute_id" uuid NOT NULL,
	"inbox_id" bigint,
	"event" text NOT NULL,
	"transition" text NOT NULL,
	"status_from" text,
	"status_to" text NOT NULL,
	"stage" text NOT NULL,
	"provider_at" timestamp with time zone,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_account_id_provider_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."provider_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dispute_events" ADD CONSTRAINT "dispute_events_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "disputes_provider_id" ON "disputes" USING btree ("account_id","provider_dispute_id");--> statement-breakpoint
CREATE INDEX "disputes_queue" ON "disputes" USING btree ("status","due_at");--> statement-breakpoint
CREATE INDEX "disputes_transaction" ON "disputes" USING btree ("transaction_id");--> statement-breakpoint
CREATE INDEX "disputes_payment_unlinked" ON "disputes" USING btree ("account_id","payment_provider_uid") WHERE transaction_id is null;--> statement-breakpoint
CREATE INDEX "disputes_network_reference" ON "disputes" USING btree ("network_reference");--> statement-breakpoint
CREATE INDEX "dispute_events_dispute" ON "dispute_events" USING btree ("dispute_id","received_at");
--> statement-breakpoint
-- A dispute's money (db/queries/disputes-ledger.ts): held while open, released on a win, lost on a loss.
ALTER TABLE "ledger_groups" ADD COLUMN "dispute_id" uuid;--> statement-breakpoint
ALTER TABLE "ledger_groups" DROP CONSTRAINT "ledger_groups_kind";--> statement-breakpoint
ALTER TABLE "ledger_groups" ADD CONSTRAINT "ledger_groups_kind" CHECK (kind IN ('payment', 'capture', 'refund', 'void', 'fee', 'settlement', 'dispute_hold', 'dispute_reversal', 'dispute_loss'));--> statement-breakpoint
CREATE INDEX "ledger_groups_dispute" ON "ledger_groups" USING btree ("dispute_id") WHERE dispute_id IS NOT NULL;
--> statement-breakpoint
ALTER TABLE "ledger_entries" DROP CONSTRAINT "ledger_entries_account";--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account" CHECK (ledger_account IN ('provider_receivable', 'merchant_cash', 'sales', 'refunds', 'fees', 'authorization_released', 'authorization_control', 'disputes_held', 'dispute_losses'));
