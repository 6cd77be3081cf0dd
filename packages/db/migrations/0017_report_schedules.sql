-- Scheduled reports (db/queries/report-schedules.ts): a saved view or the settlements sent as CSV, daily or weekly at a
-- local hour, through an alert channel. One run per schedule and period (the unique key is the claim between server
-- instances), retried with the alert deliveries' backoff and recorded: sent, failed and why.
CREATE TABLE "report_schedules" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner" text NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"view_id" uuid,
	"filters" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cadence" text NOT NULL,
	"weekday" integer,
	"hour" integer NOT NULL,
	"time_zone" text NOT NULL,
	"channel_id" uuid NOT NULL,
	"paused" boolean DEFAULT false NOT NULL,
	"active_since" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "report_schedules_source" CHECK (source IN ('view', 'settlements')),
	CONSTRAINT "report_schedules_view" CHECK ((source = 'view') = (view_id IS NOT NULL)),
	CONSTRAINT "report_schedules_cadence" CHECK (cadence IN ('daily', 'weekly')),
	CONSTRAINT "report_schedules_weekday" CHECK ((cadence = 'weekly') = (weekday IS NOT NULL) AND (weekday IS NULL OR weekday BETWEEN 1 AND 7)),
	CONSTRAINT "report_schedules_hour" CHECK (hour BETWEEN 0 AND 23)
);
--> statement-breakpoint
ALTER TABLE "report_schedules" ADD CONSTRAINT "report_schedules_view_id_saved_views_id_fk" FOREIGN KEY ("view_id") REFERENCES "public"."saved_views"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
ALTER TABLE "report_schedules" ADD CONSTRAINT "report_schedules_channel_id_alert_channels_id_fk" FOREIGN KEY ("channel_id") REFERENCES "public"."alert_channels"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
CREATE INDEX "report_schedules_owner" ON "report_schedules" USING btree ("owner");
--> statement-breakpoint
CREATE TABLE "report_runs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "report_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"schedule_id" uuid NOT NULL,
	"period" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"last_error" text,
	"rows" integer,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "report_runs_state" CHECK (state IN ('pending', 'sent', 'failed'))
);
--> statement-breakpoint
ALTER TABLE "report_runs" ADD CONSTRAINT "report_runs_schedule_id_report_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."report_schedules"("id") ON DELETE cascade ON UPDATE no action;
--> statement-breakpoint
CREATE UNIQUE INDEX "report_runs_once" ON "report_runs" USING btree ("schedule_id","period");
--> statement-breakpoint
CREATE INDEX "report_runs_due" ON "report_runs" USING btree ("next_attempt_at") WHERE state = 'pending';
