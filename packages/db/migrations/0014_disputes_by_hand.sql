-- Disputes recorded by hand (api/actions/record-dispute.ts): where finance learnt of it and who recorded it. A dispute
-- from a provider's API or report has no source. The month index bounds the dispute-rate scans (analytics-disputes.ts).
ALTER TABLE "disputes" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "recorded_by" text;--> statement-breakpoint
ALTER TABLE "disputes" ADD COLUMN "recorded_by_name" text;--> statement-breakpoint
ALTER TABLE "disputes" ADD CONSTRAINT "disputes_recorded_by_hand" CHECK ((source IS NULL) = (recorded_by IS NULL) AND (source IS NULL) = (recorded_by_name IS NULL));--> statement-breakpoint
CREATE INDEX "disputes_opened" ON "disputes" USING btree ("opened_at");
