-- The console language a user chose in the user menu (domain/languages.ts), so it follows them to every browser;
-- null until they choose: the browser's preference applies.
ALTER TABLE "users" ADD COLUMN "language" text;
--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_language" CHECK (language IN ('en', 'ru', 'pl'));
