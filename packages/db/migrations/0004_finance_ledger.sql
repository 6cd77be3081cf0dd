CREATE TABLE "ledger_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"group_id" bigint NOT NULL,
	"ledger_account" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"account_id" text NOT NULL,
	"provider" text NOT NULL,
	"transaction_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"origin_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ledger_groups" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ledger_groups_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"movement_id" bigint,
	"transaction_id" uuid NOT NULL,
	"account_id" text NOT NULL,
	"provider" text NOT NULL,
	"currency" char(3) NOT NULL,
	"amount_minor" bigint NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"origin_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"report_row_id" bigint,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "provider_report_rows" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "provider_report_rows_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"report_id" bigint NOT NULL,
	"account_id" text NOT NULL,
	"provider" text NOT NULL,
	"provider_uid" text NOT NULL,
	"parent_provider_uid" text,
	"type" text NOT NULL,
	"status" text NOT NULL,
	"amount_minor" bigint NOT NULL,
	"currency" char(3) NOT NULL,
	"fee_minor" bigint,
	"occurred_at" timestamp with time zone NOT NULL,
	"settled_at" timestamp with time zone,
	"raw" jsonb
);
--> statement-breakpoint
CREATE TABLE "provider_reports" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "provider_reports_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"account_id" text NOT NULL,
	"provider" text NOT NULL,
	"source" text NOT NULL,
	"name" text NOT NULL,
	"period_from" timestamp with time zone NOT NULL,
	"period_to" timestamp with time zone NOT NULL,
	"row_count" integer NOT NULL,
	"fetched_by" text,
	"fetched_by_name" text,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reconciliation_items" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reconciliation_items_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"state" text DEFAULT 'open' NOT NULL,
	"account_id" text NOT NULL,
	"provider" text NOT NULL,
	"provider_uid" text NOT NULL,
	"transaction_id" uuid,
	"report_row_id" bigint,
	"occurred_at" timestamp with time zone NOT NULL,
	"ledger_amount_minor" bigint,
	"ledger_currency" char(3),
	"notified_status" text,
	"notified_amount_minor" bigint,
	"notified_currency" char(3),
	"report_status" text,
	"report_amount_minor" bigint,
	"report_currency" char(3),
	"at_stake_minor" bigint NOT NULL,
	"at_stake_currency" char(3) NOT NULL,
	"detail" text NOT NULL,
	"run_id" bigint NOT NULL,
	"first_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_by" text,
	"resolved_by_name" text,
	"resolved_at" timestamp with time zone,
	"resolution_note" text
);
--> statement-breakpoint
CREATE TABLE "reconciliation_runs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "reconciliation_runs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"period_from" timestamp with time zone NOT NULL,
	"period_to" timestamp with time zone NOT NULL,
	"account_id" text,
	"started_by" text,
	"started_by_name" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"counts" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_group_id_ledger_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."ledger_groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_groups" ADD CONSTRAINT "ledger_groups_movement_id_money_movements_id_fk" FOREIGN KEY ("movement_id") REFERENCES "public"."money_movements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "provider_report_rows" ADD CONSTRAINT "provider_report_rows_report_id_provider_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."provider_reports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ledger_entries_group" ON "ledger_entries" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_time" ON "ledger_entries" USING btree ("ledger_account","currency","occurred_at");--> statement-breakpoint
CREATE INDEX "ledger_entries_origin" ON "ledger_entries" USING btree ("origin_at","id");--> statement-breakpoint
CREATE INDEX "ledger_entries_occurred" ON "ledger_entries" USING btree ("occurred_at","id");--> statement-breakpoint
CREATE INDEX "ledger_entries_transaction" ON "ledger_entries" USING btree ("transaction_id","ledger_account","currency");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_groups_movement" ON "ledger_groups" USING btree ("movement_id") WHERE movement_id is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_groups_settlement" ON "ledger_groups" USING btree ("transaction_id") WHERE kind = 'settlement';--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_groups_fee" ON "ledger_groups" USING btree ("transaction_id") WHERE kind = 'fee';--> statement-breakpoint
CREATE INDEX "ledger_groups_transaction" ON "ledger_groups" USING btree ("transaction_id");--> statement-breakpoint
CREATE INDEX "ledger_groups_origin" ON "ledger_groups" USING btree ("origin_at","id");--> statement-breakpoint
CREATE INDEX "provider_report_rows_key" ON "provider_report_rows" USING btree ("account_id","provider_uid","report_id");--> statement-breakpoint
CREATE INDEX "provider_report_rows_report" ON "provider_report_rows" USING btree ("report_id");--> statement-breakpoint
CREATE INDEX "provider_report_rows_occurred" ON "provider_report_rows" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "provider_reports_account" ON "provider_reports" USING btree ("account_id","period_from");--> statement-breakpoint
CREATE UNIQUE INDEX "reconciliation_items_key" ON "reconciliation_items" USING btree ("account_id","provider_uid","kind");--> statement-breakpoint
CREATE INDEX "reconciliation_items_occurred" ON "reconciliation_items" USING btree ("occurred_at","id");--> statement-breakpoint
CREATE INDEX "reconciliation_items_open" ON "reconciliation_items" USING btree ("state","occurred_at");--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_nonzero" CHECK (amount_minor <> 0);--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account" CHECK (ledger_account IN ('provider_receivable', 'merchant_cash', 'sales', 'refunds', 'fees', 'authorization_released', 'authorization_control'));--> statement-breakpoint
ALTER TABLE "ledger_groups" ADD CONSTRAINT "ledger_groups_kind" CHECK (kind IN ('payment', 'capture', 'refund', 'void', 'fee', 'settlement'));--> statement-breakpoint
ALTER TABLE "reconciliation_items" ADD CONSTRAINT "reconciliation_items_kind" CHECK (kind IN ('missing_in_report', 'missing_in_ours', 'amount_differs', 'status_differs', 'currency_differs'));--> statement-breakpoint
ALTER TABLE "reconciliation_items" ADD CONSTRAINT "reconciliation_items_resolved" CHECK (state <> 'resolved' OR (resolved_at IS NOT NULL AND length(trim(resolution_note)) > 0));--> statement-breakpoint
-- Double entry, enforced here whatever writes: after every insert, each group it touched sums to zero in one currency
-- and has at least two entries. A group is therefore written in one statement.
CREATE FUNCTION ledger_groups_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  bad record;
BEGIN
  SELECT e.group_id, sum(e.amount_minor) AS total, count(DISTINCT e.currency) AS currencies, count(*) AS entries INTO bad
    FROM ledger_entries e
   WHERE e.group_id IN (SELECT DISTINCT group_id FROM ledger_new_entries)
   GROUP BY e.group_id
  HAVING sum(e.amount_minor) <> 0 OR count(DISTINCT e.currency) <> 1 OR count(*) < 2
   LIMIT 1;
  IF FOUND THEN
    RAISE EXCEPTION 'ledger group % does not balance: % entries in % currencies sum to %', bad.group_id, bad.entries, bad.currencies, bad.total
      USING ERRCODE = 'check_violation', CONSTRAINT = 'ledger_group_balanced';
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries REFERENCING NEW TABLE AS ledger_new_entries FOR EACH STATEMENT EXECUTE FUNCTION ledger_groups_balanced();
--> statement-breakpoint
-- The ledger is append-only: a correction is a new group, never an edit.
CREATE FUNCTION ledger_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME USING ERRCODE = 'insufficient_privilege';
END $$;
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE OR DELETE ON ledger_entries FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
--> statement-breakpoint
CREATE TRIGGER ledger_groups_no_update BEFORE UPDATE OR DELETE ON ledger_groups FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
--> statement-breakpoint
CREATE TRIGGER ledger_entries_no_truncate BEFORE TRUNCATE ON ledger_entries FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
--> statement-breakpoint
CREATE TRIGGER ledger_groups_no_truncate BEFORE TRUNCATE ON ledger_groups FOR EACH STATEMENT EXECUTE FUNCTION ledger_append_only();
--> statement-breakpoint
-- Settles what the provider still owes on each of these transactions once it has a settled_at: the transaction's open
-- receivable (its sale or refund, less a fee already taken) moves to merchant cash. At most one settlement per transaction.
CREATE FUNCTION ledger_settle(ids uuid[]) RETURNS integer LANGUAGE plpgsql AS $$
DECLARE
  posted integer;
BEGIN
  WITH due AS (
    SELECT t.id, t.account_id, t.provider, t.currency, t.settled_at, r.balance, r.origin_at
      FROM (SELECT DISTINCT unnest(ids) AS id) AS wanted
      JOIN transactions t ON t.id = wanted.id
      JOIN LATERAL (SELECT sum(e.amount_minor) AS balance, min(e.origin_at) AS origin_at FROM ledger_entries e
                     WHERE e.transaction_id = t.id AND e.ledger_account = 'provider_receivable' AND e.currency = t.currency) r ON true
     WHERE t.settled_at IS NOT NULL AND r.balance <> 0
       AND NOT EXISTS (SELECT 1 FROM ledger_groups s WHERE s.transaction_id = t.id AND s.kind = 'settlement')
  ), g AS (
    INSERT INTO ledger_groups (kind, transaction_id, account_id, provider, currency, amount_minor, occurred_at, origin_at, source)
    SELECT 'settlement', id, account_id, provider, currency, abs(balance), settled_at, origin_at, 'settled_at' FROM due
    ON CONFLICT (transaction_id) WHERE kind = 'settlement' DO NOTHING
    RETURNING id, transaction_id
  )
  INSERT INTO ledger_entries (group_id, ledger_account, amount_minor, currency, account_id, provider, transaction_id, kind, occurred_at, origin_at)
  SELECT g.id, p.account, p.sign * d.balance, d.currency, d.account_id, d.provider, d.id, 'settlement', d.settled_at, d.origin_at
    FROM g JOIN due d ON d.id = g.transaction_id
   CROSS JOIN LATERAL (VALUES ('merchant_cash', 1), ('provider_receivable', -1)) AS p(account, sign);
  GET DIAGNOSTICS posted = ROW_COUNT;
  RETURN posted / 2;
END $$;
--> statement-breakpoint
-- Every money movement becomes one balanced group in the same transaction that recorded it (idempotent per movement):
--   payment, capture: Dr provider_receivable / Cr sales;   refund: Dr refunds / Cr provider_receivable;
--   void: a memo pair (authorization_released / authorization_control): released holds never reach the books.
CREATE FUNCTION ledger_post_movements() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  WITH g AS (
    INSERT INTO ledger_groups (kind, movement_id, transaction_id, account_id, provider, currency, amount_minor, occurred_at, origin_at, source)
    SELECT m.kind, m.id, m.transaction_id, m.account_id, m.provider, m.currency, m.amount_minor, m.occurred_at, m.occurred_at, 'movement'
      FROM ledger_new_movements m WHERE m.amount_minor <> 0
    ON CONFLICT (movement_id) WHERE movement_id IS NOT NULL DO NOTHING
    RETURNING id, kind, transaction_id, account_id, provider, currency, amount_minor, occurred_at, origin_at
  )
  INSERT INTO ledger_entries (group_id, ledger_account, amount_minor, currency, account_id, provider, transaction_id, kind, occurred_at, origin_at)
  SELECT g.id, p.account, p.sign * g.amount_minor, g.currency, g.account_id, g.provider, g.transaction_id, g.kind, g.occurred_at, g.origin_at
    FROM g CROSS JOIN LATERAL (VALUES
      (CASE g.kind WHEN 'refund' THEN 'refunds' WHEN 'void' THEN 'authorization_released' ELSE 'provider_receivable' END, 1),
      (CASE g.kind WHEN 'refund' THEN 'provider_receivable' WHEN 'void' THEN 'authorization_control' ELSE 'sales' END, -1)) AS p(account, sign);
  PERFORM ledger_settle(ARRAY(SELECT DISTINCT transaction_id FROM ledger_new_movements));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER money_movements_ledger AFTER INSERT ON money_movements REFERENCING NEW TABLE AS ledger_new_movements FOR EACH STATEMENT EXECUTE FUNCTION ledger_post_movements();
--> statement-breakpoint
CREATE FUNCTION ledger_settle_transaction() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM ledger_settle(ARRAY[NEW.id]);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER transactions_ledger_settle AFTER UPDATE OF settled_at ON transactions FOR EACH ROW
  WHEN (OLD.settled_at IS NULL AND NEW.settled_at IS NOT NULL) EXECUTE FUNCTION ledger_settle_transaction();
