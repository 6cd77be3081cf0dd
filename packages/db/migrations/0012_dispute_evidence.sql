-- Evidence sent for a dispute (db/schema/disputes.ts): the file as sent to the provider, who sent it and when.
CREATE TABLE "dispute_evidence" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"dispute_id" uuid NOT NULL,
	"idempotency_key" text NOT NULL,
	"file_name" text NOT NULL,
	"content_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"sha256" char(64) NOT NULL,
	"content" bytea NOT NULL,
	"provider_state" text NOT NULL,
	"author" text NOT NULL,
	"author_name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dispute_evidence_type" CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg')),
	CONSTRAINT "dispute_evidence_size" CHECK (size_bytes > 0 AND size_bytes <= 2097152)
);
--> statement-breakpoint
ALTER TABLE "dispute_evidence" ADD CONSTRAINT "dispute_evidence_dispute_id_disputes_id_fk" FOREIGN KEY ("dispute_id") REFERENCES "public"."disputes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "dispute_evidence_key" ON "dispute_evidence" USING btree ("dispute_id","idempotency_key");
