CREATE TABLE "analytics_calls_1h" (
	"bucket" timestamp with time zone NOT NULL,
	"provider" text NOT NULL,
	"account_id" text NOT NULL,
	"operation" text NOT NULL,
	"le" integer NOT NULL,
	"hits" bigint DEFAULT 0 NOT NULL,
	"errors" bigint DEFAULT 0 NOT NULL,
	"timeouts" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_calls_1h_bucket_provider_account_id_operation_le_pk" PRIMARY KEY("bucket","provider","account_id","operation","le")
);
--> statement-breakpoint
CREATE TABLE "analytics_missing_1h" (
	"bucket" timestamp with time zone NOT NULL,
	"provider" text NOT NULL,
	"account_id" text NOT NULL,
	"missing" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_missing_1h_bucket_provider_account_id_pk" PRIMARY KEY("bucket","provider","account_id")
);
--> statement-breakpoint
CREATE TABLE "analytics_rejected_1h" (
	"bucket" timestamp with time zone NOT NULL,
	"provider" text NOT NULL,
	"account_id" text NOT NULL,
	"rejected" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_rejected_1h_bucket_provider_account_id_pk" PRIMARY KEY("bucket","provider","account_id")
);
--> statement-breakpoint
CREATE TABLE "analytics_webhook_lag_1h" (
	"bucket" timestamp with time zone NOT NULL,
	"provider" text NOT NULL,
	"account_id" text NOT NULL,
	"le" integer NOT NULL,
	"hits" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_webhook_lag_1h_bucket_provider_account_id_le_pk" PRIMARY KEY("bucket","provider","account_id","le")
);
--> statement-breakpoint
CREATE TABLE "analytics_webhooks_1h" (
	"bucket" timestamp with time zone NOT NULL,
	"provider" text NOT NULL,
	"account_id" text NOT NULL,
	"deliveries" bigint DEFAULT 0 NOT NULL,
	"late" bigint DEFAULT 0 NOT NULL,
	"duplicates" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_webhooks_1h_bucket_provider_account_id_pk" PRIMARY KEY("bucket","provider","account_id")
);
--> statement-breakpoint
-- Hand-written below: a store that already has minute rollups gets its hour rollups summed from them once; from
-- here on the refresh worker rebuilds the hours of every dirty minute.
INSERT INTO "analytics_calls_1h" ("bucket", "provider", "account_id", "operation", "le", "hits", "errors", "timeouts")
  SELECT date_bin('1 hour', "bucket", timestamptz '2000-01-01 00:00:00+00'), "provider", "account_id", "operation", "le", sum("hits"), sum("errors"), sum("timeouts")
  FROM "analytics_calls_1m" GROUP BY 1, 2, 3, 4, 5;
--> statement-breakpoint
INSERT INTO "analytics_missing_1h" ("bucket", "provider", "account_id", "missing")
  SELECT date_bin('1 hour', "bucket", timestamptz '2000-01-01 00:00:00+00'), "provider", "account_id", sum("missing")
  FROM "analytics_missing_1m" GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO "analytics_rejected_1h" ("bucket", "provider", "account_id", "rejected")
  SELECT date_bin('1 hour', "bucket", timestamptz '2000-01-01 00:00:00+00'), "provider", "account_id", sum("rejected")
  FROM "analytics_rejected_1m" GROUP BY 1, 2, 3;
--> statement-breakpoint
INSERT INTO "analytics_webhook_lag_1h" ("bucket", "provider", "account_id", "le", "hits")
  SELECT date_bin('1 hour', "bucket", timestamptz '2000-01-01 00:00:00+00'), "provider", "account_id", "le", sum("hits")
  FROM "analytics_webhook_lag_1m" GROUP BY 1, 2, 3, 4;
--> statement-breakpoint
INSERT INTO "analytics_webhooks_1h" ("bucket", "provider", "account_id", "deliveries", "late", "duplicates")
  SELECT date_bin('1 hour', "bucket", timestamptz '2000-01-01 00:00:00+00'), "provider", "account_id", sum("deliveries"), sum("late"), sum("duplicates")
  FROM "analytics_webhooks_1m" GROUP BY 1, 2, 3;
