CREATE TABLE "alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rule" text NOT NULL,
	"kind" text NOT NULL,
	"segment" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	"figures" jsonb NOT NULL,
	"message" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "analytics_attempts_1m" (
	"bucket" timestamp with time zone NOT NULL,
	"provider" text NOT NULL,
	"account_id" text NOT NULL,
	"currency" text NOT NULL,
	"outcome" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"attempts" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_attempts_1m_bucket_provider_account_id_currency_outcome_reason_pk" PRIMARY KEY("bucket","provider","account_id","currency","outcome","reason")
);
--> statement-breakpoint
CREATE TABLE "analytics_calls_1m" (
	"bucket" timestamp with time zone NOT NULL,
	"provider" text NOT NULL,
	"account_id" text NOT NULL,
	"operation" text NOT NULL,
	"le" integer NOT NULL,
	"hits" bigint DEFAULT 0 NOT NULL,
	"errors" bigint DEFAULT 0 NOT NULL,
	"timeouts" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_calls_1m_bucket_provider_account_id_operation_le_pk" PRIMARY KEY("bucket","provider","account_id","operation","le")
);
--> statement-breakpoint
CREATE TABLE "analytics_declines_1h" (
	"bucket" timestamp with time zone NOT NULL,
	"provider" text NOT NULL,
	"account_id" text NOT NULL,
	"currency" text NOT NULL,
	"dimension" text NOT NULL,
	"segment" text NOT NULL,
	"reason" text NOT NULL,
	"code" text NOT NULL,
	"message" text NOT NULL,
	"declines" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_declines_1h_bucket_provider_account_id_currency_dimension_segment_reason_code_pk" PRIMARY KEY("bucket","provider","account_id","currency","dimension","segment","reason","code")
);
--> statement-breakpoint
CREATE TABLE "analytics_dirty" (
	"source" text NOT NULL,
	"bucket" timestamp with time zone NOT NULL,
	"marked_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "analytics_dirty_source_bucket_pk" PRIMARY KEY("source","bucket")
);
--> statement-breakpoint
CREATE TABLE "analytics_missing_1m" (
	"bucket" timestamp with time zone NOT NULL,
	"provider" text NOT NULL,
	"account_id" text NOT NULL,
	"missing" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_missing_1m_bucket_provider_account_id_pk" PRIMARY KEY("bucket","provider","account_id")
);
--> statement-breakpoint
CREATE TABLE "analytics_rejected_1m" (
	"bucket" timestamp with time zone NOT NULL,
	"provider" text NOT NULL,
	"account_id" text NOT NULL,
	"rejected" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_rejected_1m_bucket_provider_account_id_pk" PRIMARY KEY("bucket","provider","account_id")
);
--> statement-breakpoint
CREATE TABLE "analytics_segments_1h" (
	"bucket" timestamp with time zone NOT NULL,
	"provider" text NOT NULL,
	"account_id" text NOT NULL,
	"currency" text NOT NULL,
	"dimension" text NOT NULL,
	"segment" text NOT NULL,
	"attempts" bigint DEFAULT 0 NOT NULL,
	"approved" bigint DEFAULT 0 NOT NULL,
	"declined" bigint DEFAULT 0 NOT NULL,
	"errors" bigint DEFAULT 0 NOT NULL,
	"pending" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_segments_1h_bucket_provider_account_id_currency_dimension_segment_pk" PRIMARY KEY("bucket","provider","account_id","currency","dimension","segment")
);
--> statement-breakpoint
CREATE TABLE "analytics_webhook_lag_1m" (
	"bucket" timestamp with time zone NOT NULL,
	"provider" text NOT NULL,
	"account_id" text NOT NULL,
	"le" integer NOT NULL,
	"hits" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_webhook_lag_1m_bucket_provider_account_id_le_pk" PRIMARY KEY("bucket","provider","account_id","le")
);
--> statement-breakpoint
CREATE TABLE "analytics_webhooks_1m" (
	"bucket" timestamp with time zone NOT NULL,
	"provider" text NOT NULL,
	"account_id" text NOT NULL,
	"deliveries" bigint DEFAULT 0 NOT NULL,
	"late" bigint DEFAULT 0 NOT NULL,
	"duplicates" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_webhooks_1m_bucket_provider_account_id_pk" PRIMARY KEY("bucket","provider","account_id")
);
--> statement-breakpoint
CREATE UNIQUE INDEX "alerts_active_once" ON "alerts" USING btree ("rule","segment") WHERE ended_at is null;--> statement-breakpoint
CREATE INDEX "alerts_started" ON "alerts" USING btree ("started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "analytics_declines_dim_bucket" ON "analytics_declines_1h" USING btree ("dimension","bucket");--> statement-breakpoint
CREATE INDEX "analytics_segments_dim_bucket" ON "analytics_segments_1h" USING btree ("dimension","bucket");--> statement-breakpoint
CREATE INDEX "transaction_events_webhook_occurred" ON "transaction_events" USING btree ("occurred_at") WHERE kind = 'webhook';--> statement-breakpoint
-- Hand-written below: statement-level triggers mark the minute buckets a write touches, so the rollup worker
-- refreshes exactly those (a bulk INSERT of 50,000 rows costs one extra statement, not 50,000).
CREATE FUNCTION analytics_mark_tx() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_dirty (source, bucket)
    SELECT DISTINCT 'tx', date_trunc('minute', created_at) FROM analytics_new_rows
  ON CONFLICT (source, bucket) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER transactions_analytics_insert AFTER INSERT ON transactions REFERENCING NEW TABLE AS analytics_new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_mark_tx();
--> statement-breakpoint
CREATE TRIGGER transactions_analytics_update AFTER UPDATE ON transactions REFERENCING NEW TABLE AS analytics_new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_mark_tx();
--> statement-breakpoint
CREATE FUNCTION analytics_mark_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_dirty (source, bucket)
    SELECT DISTINCT 'events', date_trunc('minute', occurred_at) FROM analytics_new_rows WHERE kind = 'webhook'
  ON CONFLICT (source, bucket) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER transaction_events_analytics_insert AFTER INSERT ON transaction_events REFERENCING NEW TABLE AS analytics_new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_mark_events();
--> statement-breakpoint
CREATE FUNCTION analytics_mark_calls() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_dirty (source, bucket)
    SELECT DISTINCT 'calls', date_trunc('minute', started_at) FROM analytics_new_rows
  ON CONFLICT (source, bucket) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER provider_calls_analytics_insert AFTER INSERT ON provider_calls REFERENCING NEW TABLE AS analytics_new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_mark_calls();
--> statement-breakpoint
CREATE FUNCTION analytics_mark_inbox() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_dirty (source, bucket)
    SELECT DISTINCT 'inbox', date_trunc('minute', received_at) FROM analytics_new_rows WHERE state = 'rejected'
  ON CONFLICT (source, bucket) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER webhook_inbox_analytics_insert AFTER INSERT ON webhook_inbox REFERENCING NEW TABLE AS analytics_new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_mark_inbox();
--> statement-breakpoint
CREATE TRIGGER webhook_inbox_analytics_update AFTER UPDATE ON webhook_inbox REFERENCING NEW TABLE AS analytics_new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_mark_inbox();
