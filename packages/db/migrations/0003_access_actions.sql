CREATE TABLE "api_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	CONSTRAINT "api_tokens_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"csrf_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ip" text,
	"user_agent" text
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"role" text NOT NULL,
	"password_hash" text NOT NULL,
	"disabled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"idempotency_key" text NOT NULL,
	"transaction_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"state" text NOT NULL,
	"amount_minor" bigint,
	"currency" char(3),
	"reason" text,
	"requested_by" text NOT NULL,
	"requested_by_name" text NOT NULL,
	"approved_by" text,
	"approved_by_name" text,
	"retry_of" uuid,
	"child_transaction_id" uuid,
	"outcome" jsonb,
	"error" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone,
	"next_check_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_log" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_log_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor" text,
	"actor_name" text NOT NULL,
	"role" text,
	"ip" text,
	"action" text NOT NULL,
	"transaction_id" uuid,
	"subject" text,
	"before" jsonb,
	"after" jsonb
);
--> statement-breakpoint
CREATE TABLE "money_movements" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "money_movements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"transaction_id" uuid NOT NULL,
	"account_id" text NOT NULL,
	"provider" text NOT NULL,
	"kind" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"action_id" uuid,
	"occurred_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"transaction_id" uuid NOT NULL,
	"author" text NOT NULL,
	"author_name" text NOT NULL,
	"text" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "actions" ADD CONSTRAINT "actions_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "money_movements" ADD CONSTRAINT "money_movements_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notes" ADD CONSTRAINT "notes_transaction_id_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sessions_user" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "actions_idempotency_key" ON "actions" USING btree ("idempotency_key");--> statement-breakpoint
CREATE INDEX "actions_transaction" ON "actions" USING btree ("transaction_id","created_at");--> statement-breakpoint
CREATE INDEX "actions_open" ON "actions" USING btree ("state") WHERE state in ('pending_approval', 'sending', 'pending', 'unknown');--> statement-breakpoint
CREATE INDEX "audit_log_at" ON "audit_log" USING btree ("at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "audit_log_tx" ON "audit_log" USING btree ("transaction_id") WHERE transaction_id is not null;--> statement-breakpoint
CREATE INDEX "audit_log_actor" ON "audit_log" USING btree ("actor","at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "money_movements_transaction" ON "money_movements" USING btree ("transaction_id");--> statement-breakpoint
CREATE INDEX "money_movements_occurred" ON "money_movements" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "notes_transaction" ON "notes" USING btree ("transaction_id","created_at");--> statement-breakpoint
-- The audit log is append-only: nobody, not even Paylens itself, changes or removes what was recorded.
CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only();
--> statement-breakpoint
-- What is left to refund (of a successful payment or capture) or to capture (of a successful authorization):
-- the amount minus children the provider already has (outside Paylens' actions) minus live actions.
-- A void leaves nothing to capture.
CREATE FUNCTION action_headroom(target uuid, action_kind text, exclude uuid DEFAULT NULL) RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  tx record;
  child_type text := CASE action_kind WHEN 'refund' THEN 'refund' ELSE 'capture' END;
  used bigint;
BEGIN
  SELECT type, status, amount_minor INTO tx FROM transactions WHERE id = target;
  IF NOT FOUND OR tx.status <> 'successful' THEN RETURN 0; END IF;
  IF action_kind = 'refund' AND tx.type NOT IN ('payment', 'capture') THEN RETURN 0; END IF;
  IF action_kind IN ('capture', 'void') AND tx.type <> 'authorization' THEN RETURN 0; END IF;
  IF action_kind IN ('capture', 'void') AND EXISTS (
    SELECT 1 FROM transactions c WHERE c.parent_id = target AND c.type = 'void' AND c.status IN ('successful', 'pending')
  ) THEN RETURN 0; END IF;
  SELECT coalesce(sum(c.amount_minor), 0) INTO used FROM transactions c
   WHERE c.parent_id = target AND c.type = child_type AND c.status IN ('successful', 'pending', 'incomplete')
     AND NOT EXISTS (SELECT 1 FROM actions a WHERE a.child_transaction_id = c.id);
  IF action_kind = 'void' THEN
    -- A void is only for an authorization nothing was captured from.
    IF used > 0 OR EXISTS (SELECT 1 FROM actions a WHERE a.transaction_id = target AND a.kind IN ('capture', 'void') AND a.id IS DISTINCT FROM exclude
       AND a.state IN ('pending_approval', 'sending', 'pending', 'unknown', 'succeeded')) THEN RETURN 0; END IF;
    RETURN tx.amount_minor;
  END IF;
  used := used + coalesce((SELECT sum(a.amount_minor) FROM actions a WHERE a.transaction_id = target AND a.kind = action_kind
     AND a.id IS DISTINCT FROM exclude AND a.state IN ('pending_approval', 'sending', 'pending', 'unknown', 'succeeded')), 0);
  RETURN greatest(tx.amount_minor - used, 0);
END $$;
--> statement-breakpoint
-- Enforced here, not only in the UI or the API: the transaction row is locked, so two refunds at once take turns
-- and the second sees the first.
CREATE FUNCTION actions_within_headroom() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  left_minor bigint;
BEGIN
  IF NEW.kind NOT IN ('refund', 'capture', 'void') THEN RETURN NEW; END IF;
  IF TG_OP = 'UPDATE' AND OLD.state NOT IN ('declined', 'rejected', 'failed', 'cancelled') THEN RETURN NEW; END IF;
  IF NEW.state NOT IN ('pending_approval', 'sending', 'pending', 'unknown', 'succeeded') THEN RETURN NEW; END IF;
  PERFORM 1 FROM transactions WHERE id = NEW.transaction_id FOR UPDATE;
  left_minor := action_headroom(NEW.transaction_id, NEW.kind, NEW.id);
  IF NEW.kind = 'void' AND left_minor = 0 THEN
    RAISE EXCEPTION 'nothing to void: the authorization is not open or has captures' USING ERRCODE = 'check_violation', CONSTRAINT = 'actions_headroom';
  END IF;
  IF NEW.kind <> 'void' AND (NEW.amount_minor IS NULL OR NEW.amount_minor <= 0 OR NEW.amount_minor > left_minor) THEN
    RAISE EXCEPTION 'amount % exceeds what is left to %: %', NEW.amount_minor, NEW.kind, left_minor USING ERRCODE = 'check_violation', CONSTRAINT = 'actions_headroom';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER actions_headroom BEFORE INSERT OR UPDATE OF state ON actions FOR EACH ROW EXECUTE FUNCTION actions_within_headroom();
--> statement-breakpoint
-- One live retry per failed payment: two people retrying at once must not charge the customer twice.
CREATE UNIQUE INDEX "actions_one_payment_retry" ON "actions" ("transaction_id") WHERE kind = 'retry' AND state IN ('pending_approval', 'sending', 'pending', 'unknown', 'succeeded');
--> statement-breakpoint
-- Ingest speed: only rejected webhooks feed the analytics, so only they fire a trigger (a row trigger with WHEN
-- costs nothing for the pending rows every acknowledgement inserts; the statement trigger cost a millisecond each).
DROP TRIGGER webhook_inbox_analytics_insert ON webhook_inbox;
--> statement-breakpoint
DROP TRIGGER webhook_inbox_analytics_update ON webhook_inbox;
--> statement-breakpoint
CREATE FUNCTION analytics_mark_rejected_webhook() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_dirty (source, bucket) VALUES ('inbox', date_trunc('minute', NEW.received_at))
  ON CONFLICT (source, bucket) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER webhook_inbox_analytics_rejected AFTER INSERT OR UPDATE OF state ON webhook_inbox FOR EACH ROW WHEN (NEW.state = 'rejected') EXECUTE FUNCTION analytics_mark_rejected_webhook();
