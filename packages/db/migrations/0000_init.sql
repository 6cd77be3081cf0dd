CREATE TABLE "provider_calls" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "provider_calls_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" text NOT NULL,
	"provider" text NOT NULL,
	"operation" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	"http_status" integer,
	"outcome" text NOT NULL,
	"provider_uid" text,
	"idempotency_key" text,
	"error" text
);
--> statement-breakpoint
CREATE TABLE "webhook_inbox" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "webhook_inbox_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"provider" text NOT NULL,
	"account_id" text,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"request_id" text,
	"remote_address" text,
	"headers" jsonb NOT NULL,
	"raw_body" text NOT NULL,
	"signature_verdict" text NOT NULL,
	"dedup_key" text,
	"provider_uid" text,
	"state" text NOT NULL,
	"error" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"applied_at" timestamp with time zone,
	"transaction_id" uuid
);
--> statement-breakpoint
CREATE TABLE "provider_accounts" (
	"id" text PRIMARY KEY NOT NULL,
	"provider" text NOT NULL,
	"name" text NOT NULL,
	"base_url" text NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "transaction_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "transaction_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"transaction_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"transition" text NOT NULL,
	"status_from" text,
	"status_to" text,
	"code" text,
	"inbox_id" bigint,
	"lag_ms" bigint,
	"provider_time" timestamp with time zone,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"summary" text NOT NULL,
	"payload" jsonb
);
--> statement-breakpoint
CREATE TABLE "transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" text NOT NULL,
	"provider" text NOT NULL,
	"provider_uid" text NOT NULL,
	"parent_provider_uid" text,
	"parent_id" uuid,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"tracking_id" text,
	"description" text,
	"method_type" text,
	"card_brand" text,
	"card_bin" text,
	"card_last4" text,
	"card_holder" text,
	"issuer_name" text,
	"issuer_country" text,
	"customer_email" text,
	"customer_ip" text,
	"customer_country" text,
	"rrn" text,
	"auth_code" text,
	"ref_id" text,
	"network_transaction_id" text,
	"code" text,
	"outcome_letter" char(1),
	"outcome_service" text,
	"message" text,
	"friendly_message" text,
	"reason" text,
	"retryable" boolean,
	"three_ds_status" text,
	"three_ds_eci" text,
	"three_ds_version" text,
	"three_ds_result" text,
	"avs_result" text,
	"cvc_result" text,
	"test" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"provider_updated_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"settled_at" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"expired_at" timestamp with time zone,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_event_at" timestamp with time zone DEFAULT now() NOT NULL,
	"next_poll_at" timestamp with time zone,
	"poll_attempts" integer DEFAULT 0 NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"raw" jsonb
);
--> statement-breakpoint
ALTER TABLE "transaction_events" ADD CONSTRAINT "transaction_events_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_account_id_provider_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."provider_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "provider_calls_started" ON "provider_calls" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "provider_calls_uid" ON "provider_calls" USING btree ("provider_uid");--> statement-breakpoint
CREATE INDEX "webhook_inbox_pending" ON "webhook_inbox" USING btree ("id") WHERE state = 'pending';--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_inbox_applied_once" ON "webhook_inbox" USING btree ("account_id","dedup_key") WHERE state = 'applied';--> statement-breakpoint
CREATE INDEX "webhook_inbox_received" ON "webhook_inbox" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "webhook_inbox_tx" ON "webhook_inbox" USING btree ("transaction_id");--> statement-breakpoint
CREATE INDEX "transaction_events_tx" ON "transaction_events" USING btree ("transaction_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "transactions_account_uid" ON "transactions" USING btree ("account_id","provider_uid");--> statement-breakpoint
CREATE INDEX "transactions_created" ON "transactions" USING btree ("created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "transactions_provider_created" ON "transactions" USING btree ("provider","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "transactions_status_created" ON "transactions" USING btree ("status","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "transactions_parent" ON "transactions" USING btree ("parent_id");--> statement-breakpoint
CREATE INDEX "transactions_tracking" ON "transactions" USING btree ("tracking_id");--> statement-breakpoint
CREATE INDEX "transactions_rrn" ON "transactions" USING btree ("rrn");--> statement-breakpoint
CREATE INDEX "transactions_due_poll" ON "transactions" USING btree ("next_poll_at") WHERE next_poll_at is not null;