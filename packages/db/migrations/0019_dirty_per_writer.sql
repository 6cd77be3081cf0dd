-- Ingest at the database's ceiling (docs/performance.md): every transaction that applied webhooks upserted the same
-- row of analytics_dirty (its source and minute) and held that row's lock until it committed, so concurrent appliers
-- (a server's lanes, a second server) queued behind each other's whole batch. Each database session now marks a row of
-- its own (writer = its backend pid): writers never wait for one another, and the refresher still skips a mark whose
-- transaction is open (its rows are not visible yet) and takes it after the commit.
ALTER TABLE "analytics_dirty" ADD COLUMN "writer" integer DEFAULT 0 NOT NULL;
--> statement-breakpoint
ALTER TABLE "analytics_dirty" DROP CONSTRAINT "analytics_dirty_source_bucket_pk";
--> statement-breakpoint
ALTER TABLE "analytics_dirty" ADD CONSTRAINT "analytics_dirty_source_bucket_writer_pk" PRIMARY KEY ("source", "bucket", "writer");
--> statement-breakpoint
CREATE OR REPLACE FUNCTION analytics_mark_tx() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_dirty (source, bucket, writer)
    SELECT DISTINCT 'tx', date_trunc('minute', created_at), pg_backend_pid() FROM analytics_new_rows
  ON CONFLICT (source, bucket, writer) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION analytics_mark_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_dirty (source, bucket, writer)
    SELECT DISTINCT 'events', date_trunc('minute', occurred_at), pg_backend_pid() FROM analytics_new_rows WHERE kind = 'webhook'
  ON CONFLICT (source, bucket, writer) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION analytics_mark_calls() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_dirty (source, bucket, writer)
    SELECT DISTINCT 'calls', date_trunc('minute', started_at), pg_backend_pid() FROM analytics_new_rows
  ON CONFLICT (source, bucket, writer) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION analytics_mark_rejected_webhook() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO analytics_dirty (source, bucket, writer) VALUES ('inbox', date_trunc('minute', NEW.received_at), pg_backend_pid())
  ON CONFLICT (source, bucket, writer) DO UPDATE SET marked_at = now();
  RETURN NULL;
END $$;
