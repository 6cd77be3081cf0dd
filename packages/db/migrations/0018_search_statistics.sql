-- Ten million rows (docs/performance.md): the planner reads no statistics from a partial index, and the e-mail index
-- (lower(customer_email) where customer_email is not null) is one. Without them it guesses 0.5 % of the table for one
-- address (50,000 rows at 10M) and walks the whole created_at index for a first page or a count instead of the e-mail
-- index. Expression statistics give it the real figure (a few rows per address) after the next ANALYZE.
CREATE STATISTICS IF NOT EXISTS "transactions_email_lower" ON (lower("customer_email")) FROM "transactions";
--> statement-breakpoint
-- The common filters combine columns that depend on each other (a reason only on failed rows, an issuer country per
-- provider's traffic, a BIN per brand). Assumed independent, their estimates fall tenfold short, and the count beside
-- a page would count exactly a result it believed small. Multi-column statistics give the planner the joint figures.
CREATE STATISTICS IF NOT EXISTS "transactions_status_reason" (dependencies, mcv) ON "status", "reason" FROM "transactions";
--> statement-breakpoint
CREATE STATISTICS IF NOT EXISTS "transactions_status_code" (dependencies, mcv) ON "status", "code" FROM "transactions";
--> statement-breakpoint
CREATE STATISTICS IF NOT EXISTS "transactions_provider_country" (dependencies, mcv) ON "provider", "issuer_country", "method_type" FROM "transactions";
--> statement-breakpoint
CREATE STATISTICS IF NOT EXISTS "transactions_brand_bin" (dependencies, mcv) ON "card_brand", "card_bin" FROM "transactions";
