-- Rollup buckets whose last refresh was costly wait before the next one (db/queries/analytics-cooldown.ts). The wait is
-- kept here rather than in each process, so that with several instances the refresher of each keeps it.
CREATE TABLE "analytics_cooldown" (
  "bucket_key" text PRIMARY KEY NOT NULL,
  "until" timestamp with time zone NOT NULL
);
