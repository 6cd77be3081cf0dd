-- Ten million rows (docs/performance.md): the planner reads no statistics from a partial index, and the e-mail index
-- (lower(customer_email) where customer_email is not null) is one. Without them it guesses 0.5 % of the table for one
-- address (50,000 rows at 10M) and walks the whole created_at index for a first page or a count instead of the e-mail
-- index. Expression statistics give it the real figure (a few rows per address) after the next ANALYZE.
CREATE STATISTICS IF NOT EXISTS "transactions_email_lower" ON (lower("customer_email")) FROM "transactions";
