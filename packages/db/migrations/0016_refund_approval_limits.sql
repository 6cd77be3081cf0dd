-- The operator's refund approval limits per currency (Settings), over the domain's defaults (domain/refund-approval.ts).
-- A currency without a row uses its default; one with neither holds every refund for a second person.
CREATE TABLE "refund_approval_limits" (
	"currency" text PRIMARY KEY NOT NULL,
	"above_minor" bigint NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "refund_approval_limits_currency" CHECK (currency ~ '^[A-Z]{3}$'),
	CONSTRAINT "refund_approval_limits_above" CHECK (above_minor >= 0)
);
