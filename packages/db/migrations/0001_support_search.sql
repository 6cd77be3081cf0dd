CREATE TABLE "saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner" text,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"sort" text NOT NULL,
	"dir" text NOT NULL,
	"columns" jsonb NOT NULL,
	"page_size" integer NOT NULL,
	"density" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_views_owner_name" UNIQUE NULLS NOT DISTINCT("owner","name")
);
--> statement-breakpoint
CREATE INDEX "transactions_auth" ON "transactions" USING btree ("auth_code") WHERE auth_code is not null;--> statement-breakpoint
CREATE INDEX "transactions_ref" ON "transactions" USING btree ("ref_id") WHERE ref_id is not null;--> statement-breakpoint
CREATE INDEX "transactions_network_id" ON "transactions" USING btree ("network_transaction_id") WHERE network_transaction_id is not null;--> statement-breakpoint
CREATE INDEX "transactions_email" ON "transactions" USING btree (lower("customer_email")) WHERE customer_email is not null;--> statement-breakpoint
CREATE INDEX "transactions_last4_amount" ON "transactions" USING btree ("card_last4","amount_minor") WHERE card_last4 is not null;--> statement-breakpoint
CREATE INDEX "transactions_bin_created" ON "transactions" USING btree ("card_bin","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE card_bin is not null;--> statement-breakpoint
CREATE INDEX "transactions_reason_created" ON "transactions" USING btree ("reason","created_at" DESC NULLS LAST,"id" DESC NULLS LAST) WHERE reason is not null;--> statement-breakpoint
CREATE INDEX "transactions_code_created" ON "transactions" USING btree ("code","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);