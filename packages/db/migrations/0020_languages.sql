-- The console language a user chose in the user menu (domain/languages.ts), so it follows them to every browser;
-- null until they choose: the browser's preference applies.
ALTER TABLE "users" ADD COLUMN "language" text;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_language" CHECK (language IN ('en', 'ru', 'pl'));
--> statement-breakpoint
-- An alert's message as a key and its figures (domain/alert-messages), so each reader gets it in their language;
-- null for alerts raised before, which keep their English message.
ALTER TABLE "alerts" ADD COLUMN "message_key" text;
--> statement-breakpoint
ALTER TABLE "alerts" ADD COLUMN "message_params" jsonb;
