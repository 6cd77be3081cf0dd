-- Alerts that reach people (db/schema/alert-delivery.ts): channels (webhook, Slack, e-mail), routed per rule; mutes;
-- acknowledgement on the alert; one delivery row per alert, channel and event, retried with backoff by a worker.
-- provider_calls.status: the status a create call answered, so the missing-notifications rule waits only for payments
-- the provider has decided (not those waiting for a shopper's 3-D Secure or wallet page).
ALTER TABLE "provider_calls" ADD COLUMN "status" text;
--> statement-breakpoint
CREATE TABLE "alert_channels" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"target" jsonb NOT NULL,
	"secret" text,
	"rules" text[] DEFAULT '{}' NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"source" text DEFAULT 'settings' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_channels_kind" CHECK (kind IN ('webhook', 'slack', 'email')),
	CONSTRAINT "alert_channels_source" CHECK (source IN ('settings', 'environment'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX "alert_channels_environment_once" ON "alert_channels" USING btree ("source") WHERE source = 'environment';
--> statement-breakpoint
CREATE TABLE "alert_mutes" (
	"rule" text NOT NULL,
	"segment" text DEFAULT '*' NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"muted_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "alert_mutes_pk" PRIMARY KEY("rule","segment")
);
--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "acknowledged_at" timestamp with time zone;
--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "acknowledged_by" text;
--> statement-breakpoint
CREATE TABLE "alert_deliveries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "alert_deliveries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"alert_id" uuid NOT NULL,
	"channel_id" uuid NOT NULL,
	"event" text NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "alert_deliveries_event" CHECK (event IN ('opened', 'resolved')),
	CONSTRAINT "alert_deliveries_state" CHECK (state IN ('pending', 'delivered', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_alert_id_alerts_id_fk" FOREIGN KEY ("alert_id") REFERENCES "public"."alerts"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "alert_deliveries" ADD CONSTRAINT "alert_deliveries_channel_id_alert_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."alert_channels"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "alert_deliveries_once" ON "alert_deliveries" USING btree ("alert_id","channel_id","event");
--> statement-breakpoint
CREATE INDEX "alert_deliveries_due" ON "alert_deliveries" USING btree ("next_attempt_at") WHERE state = 'pending';
