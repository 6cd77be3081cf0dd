-- Ingest at the database's ceiling (docs/performance.md): a mark per session (0019) still made writers wait for the
-- rollup refresher. The refresher deletes the marks it takes and keeps them deleted until its refresh commits; a
-- session's next transaction in the same minute upserted the same key and waited on the refresher's whole transaction
-- (sampled from pg_stat_activity: `transactionid` waits of "insert into transactions" and "insert into
-- transaction_events" under load). Each writing transaction now marks a row of its own (writer = its transaction id,
-- folded into the integer column), so no writer meets a mark the refresher holds. The refresher still skips a mark
-- whose transaction is open and takes it after the commit.
CREATE OR REPLACE FUNCTION analytics_mark_tx() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_dirty (source, bucket, writer)
    SELECT DISTINCT 'tx', date_trunc('minute', created_at), (pg_current_xact_id()::text::bigint % 2147483647)::int FROM analytics_new_rows
  ON CONFLICT (source, bucket, writer) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION analytics_mark_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_dirty (source, bucket, writer)
    SELECT DISTINCT 'events', date_trunc('minute', occurred_at), (pg_current_xact_id()::text::bigint % 2147483647)::int FROM analytics_new_rows WHERE kind = 'webhook'
  ON CONFLICT (source, bucket, writer) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION analytics_mark_calls() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_dirty (source, bucket, writer)
    SELECT DISTINCT 'calls', date_trunc('minute', started_at), (pg_current_xact_id()::text::bigint % 2147483647)::int FROM analytics_new_rows
  ON CONFLICT (source, bucket, writer) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION analytics_mark_rejected_webhook() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_dirty (source, bucket, writer) VALUES ('inbox', date_trunc('minute', NEW.received_at), (pg_current_xact_id()::text::bigint % 2147483647)::int)
  ON CONFLICT (source, bucket, writer) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
