// Rollup refresh: claims dirty minute buckets (FOR UPDATE SKIP LOCKED, so several instances share the work and a
// bucket being written by an open transaction waits for its commit) and recomputes them from the raw rows.
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import type { Tx } from "./apply.ts";
import { binSql } from "./analytics-math.ts";
import { dimensionValues } from "./analytics-dimensions.ts";
import { stamp } from "./analytics-filters.ts";
import { bucketKey, type RollupCooldown } from "./analytics-cooldown.ts";

const REFRESH_LOCK = 7_421_005;

export type DirtySource = "tx" | "events" | "calls" | "inbox";
export const DIRTY_SOURCES: readonly DirtySource[] = ["tx", "events", "calls", "inbox"];

const ORIGIN = sql`timestamptz '2000-01-01 00:00:00+00'`;
const minuteOf = (column: string) => sql`date_bin('1 minute', ${sql.raw(column)}, ${ORIGIN})`;
const hourOf = (column: string) => sql`date_bin('1 hour', ${sql.raw(column)}, ${ORIGIN})`;
const list = (dates: Date[]) => sql.join(dates.map(stamp), sql`, `);

/** approved | declined | error | pending from a transaction status; expired (abandoned) counts as declined. */
export const OUTCOME_SQL = sql.raw(
  "case status when 'successful' then 'approved' when 'failed' then 'declined' when 'expired' then 'declined' when 'error' then 'error' else 'pending' end",
);
const ATTEMPT_TYPES = sql.raw("type in ('payment', 'authorization')");

/** Rows between the first and last bucket (so the created_at/started_at index bounds the scan), then exactly those buckets. */
function inBuckets(column: string, buckets: Date[], width: "minute" | "hour"): SQL {
  const first = buckets.reduce((a, b) => (a < b ? a : b));
  const last = buckets.reduce((a, b) => (a > b ? a : b));
  const end = new Date(last.getTime() + (width === "minute" ? 60_000 : 3_600_000));
  const bucket = width === "minute" ? minuteOf(column) : hourOf(column);
  return sql`${sql.raw(column)} >= ${stamp(first)} and ${sql.raw(column)} < ${stamp(end)} and ${bucket} in (${list(buckets)})`;
}

const hourStart = (ms: number) => Math.floor(ms / 3_600_000) * 3_600_000;
const hoursOf = (minutes: Date[]) => [...new Set(minutes.map((m) => hourStart(m.getTime())))].map((ms) => new Date(ms));

/** Which buckets a refresh rewrites: the claimed dirty minutes (and their hours), or everything (a rebuild). */
interface Scope {
  /** Rows of the source (or of a minute rollup) that feed those buckets, by their time column. */
  rows: (column: string, width: "minute" | "hour") => SQL;
  /** The rollup rows to replace, by their `bucket`. */
  buckets: (width: "minute" | "hour") => SQL;
  /**
   * How the inserts order their rows: a rebuild writes them in time order, as the minute-by-minute refresh does
   * naturally, so a chart's window reads a few neighbouring pages (grouped in hash order, one day of 1M-row rollups
   * was spread over 23,000 pages: 0.7 s instead of milliseconds).
   */
  order: SQL;
}

function bucketScope(minutes: Date[]): Scope {
  const hours = hoursOf(minutes);
  const of = (width: "minute" | "hour") => (width === "minute" ? minutes : hours);
  return {
    rows: (column, width) => inBuckets(column, of(width), width),
    buckets: (width) => sql`bucket in (${list(of(width))})`,
    order: sql``,
  };
}

const EVERYTHING: Scope = { rows: () => sql`true`, buckets: () => sql`true`, order: sql`order by 1` };

/**
 * Rebuilds `<table>_1h` for `hours` by summing `<table>_1m` (just refreshed for the dirty minutes): the hour rows equal
 * the minute rows by construction, so a chart reads the same figures from either.
 */
async function sumHours(tx: Tx, table: string, keys: string, counts: string[], scope: Scope): Promise<void> {
  await tx.execute(sql`delete from ${sql.raw(`${table}_1h`)} where ${scope.buckets("hour")}`);
  await tx.execute(sql`
    insert into ${sql.raw(`${table}_1h`)} (bucket, ${sql.raw(keys)}, ${sql.raw(counts.join(", "))})
    select ${hourOf("bucket")}, ${sql.raw(keys)}, ${sql.raw(counts.map((c) => `sum(${c})`).join(", "))}
    from ${sql.raw(`${table}_1m`)} where ${scope.rows("bucket", "hour")} group by 1, ${sql.raw(keys)} ${scope.order}`);
}

async function refreshTransactionMinutes(tx: Tx, scope: Scope): Promise<void> {
  await tx.execute(sql`delete from analytics_attempts_1m where ${scope.buckets("minute")}`);
  await tx.execute(sql`
    insert into analytics_attempts_1m (bucket, provider, account_id, currency, outcome, reason, attempts)
    select ${minuteOf("created_at")}, provider, account_id, currency, ${OUTCOME_SQL},
      case when ${OUTCOME_SQL} = 'declined' then coalesce(reason, 'unknown') else '' end, count(*)
    from transactions where ${ATTEMPT_TYPES} and ${scope.rows("created_at", "minute")}
    group by 1, 2, 3, 4, 5, 6 ${scope.order}`);
  await tx.execute(sql`delete from analytics_missing_1m where ${scope.buckets("minute")}`);
  await tx.execute(sql`
    insert into analytics_missing_1m (bucket, provider, account_id, missing)
    select ${minuteOf("t.created_at")}, t.provider, t.account_id, count(*)
    from transactions t
    where ${scope.rows("t.created_at", "minute")} and t.status in ('successful', 'failed', 'expired', 'error')
      and exists (select 1 from transaction_events e where e.transaction_id = t.id and e.kind in ('poll', 'backfill') and e.status_to = t.status)
      and not exists (select 1 from transaction_events e where e.transaction_id = t.id and e.kind = 'webhook' and e.status_to = t.status)
    group by 1, 2, 3 ${scope.order}`);
  await sumHours(tx, "analytics_missing", "provider, account_id", ["missing"], scope);
}

/** The hour rollups grouped from the raw rows of whole hours: segments (approval by BIN, issuer, …) and declines. */
async function refreshTransactionHours(tx: Tx, scope: Scope): Promise<void> {
  const segments = sql`
    from transactions t cross join lateral ${dimensionValues("t")} d(dimension, segment)
    where ${ATTEMPT_TYPES} and d.segment is not null and ${scope.rows("t.created_at", "hour")}`;
  await tx.execute(sql`delete from analytics_segments_1h where ${scope.buckets("hour")}`);
  await tx.execute(sql`
    insert into analytics_segments_1h (bucket, provider, account_id, currency, dimension, segment, attempts, approved, declined, errors, pending)
    select ${hourOf("t.created_at")}, t.provider, t.account_id, t.currency, d.dimension, d.segment, count(*),
      count(*) filter (where ${OUTCOME_SQL} = 'approved'), count(*) filter (where ${OUTCOME_SQL} = 'declined'),
      count(*) filter (where ${OUTCOME_SQL} = 'error'), count(*) filter (where ${OUTCOME_SQL} = 'pending')
    ${segments} group by 1, 2, 3, 4, 5, 6 ${scope.order}`);
  await tx.execute(sql`delete from analytics_declines_1h where ${scope.buckets("hour")}`);
  // A code's text without one transaction's notes (what its issuer said): the same for every decline of the code, and
  // a key the console's translations have.
  await tx.execute(sql`
    insert into analytics_declines_1h (bucket, provider, account_id, currency, dimension, segment, reason, code, message, declines)
    select ${hourOf("t.created_at")}, t.provider, t.account_id, t.currency, d.dimension, d.segment,
      coalesce(t.reason, 'unknown'), coalesce(t.code, ''), coalesce(max(coalesce(t.message_parts->>'text', t.message)), ''), count(*)
    from transactions t cross join lateral ${dimensionValues("t", sql`('all', ''), `)} d(dimension, segment)
    where ${ATTEMPT_TYPES} and ${OUTCOME_SQL} = 'declined' and d.segment is not null and ${scope.rows("t.created_at", "hour")}
    group by 1, 2, 3, 4, 5, 6, 7, 8 ${scope.order}`);
}

async function refreshEvents(tx: Tx, minutes: Date[], sloMs: number): Promise<void> {
  const from = sql`from transaction_events e join transactions t on t.id = e.transaction_id
    where e.kind = 'webhook' and ${inBuckets("e.occurred_at", minutes, "minute")}`;
  await tx.execute(sql`delete from analytics_webhooks_1m where bucket in (${list(minutes)})`);
  await tx.execute(sql`
    insert into analytics_webhooks_1m (bucket, provider, account_id, deliveries, late, duplicates)
    select ${minuteOf("e.occurred_at")}, t.provider, t.account_id, count(*) filter (where e.transition <> 'duplicate'),
      count(*) filter (where e.transition <> 'duplicate' and e.lag_ms > ${sloMs}), count(*) filter (where e.transition = 'duplicate')
    ${from} group by 1, 2, 3`);
  await tx.execute(sql`delete from analytics_webhook_lag_1m where bucket in (${list(minutes)})`);
  await tx.execute(sql`
    insert into analytics_webhook_lag_1m (bucket, provider, account_id, le, hits)
    select ${minuteOf("e.occurred_at")}, t.provider, t.account_id, ${sql.raw(binSql("e.lag_ms"))}, count(*)
    ${from} and e.transition <> 'duplicate' and e.lag_ms is not null group by 1, 2, 3, 4`);
  const hours = bucketScope(minutes);
  await sumHours(tx, "analytics_webhooks", "provider, account_id", ["deliveries", "late", "duplicates"], hours);
  await sumHours(tx, "analytics_webhook_lag", "provider, account_id, le", ["hits"], hours);
}

async function refreshCalls(tx: Tx, minutes: Date[]): Promise<void> {
  await tx.execute(sql`delete from analytics_calls_1m where bucket in (${list(minutes)})`);
  await tx.execute(sql`
    insert into analytics_calls_1m (bucket, provider, account_id, operation, le, hits, errors, timeouts)
    select ${minuteOf("started_at")}, provider, account_id, operation, ${sql.raw(binSql("duration_ms"))}, count(*),
      count(*) filter (where outcome = 'error'), count(*) filter (where outcome = 'timeout')
    from provider_calls where ${inBuckets("started_at", minutes, "minute")} group by 1, 2, 3, 4, 5`);
  await sumHours(
    tx,
    "analytics_calls",
    "provider, account_id, operation, le",
    ["hits", "errors", "timeouts"],
    bucketScope(minutes),
  );
}

async function refreshInbox(tx: Tx, minutes: Date[]): Promise<void> {
  await tx.execute(sql`delete from analytics_rejected_1m where bucket in (${list(minutes)})`);
  await tx.execute(sql`
    insert into analytics_rejected_1m (bucket, provider, account_id, rejected)
    select ${minuteOf("received_at")}, provider, coalesce(account_id, ''), count(*)
    from webhook_inbox where state = 'rejected' and ${inBuckets("received_at", minutes, "minute")} group by 1, 2, 3`);
  await sumHours(tx, "analytics_rejected", "provider, account_id", ["rejected"], bucketScope(minutes));
}

export interface RefreshOptions {
  /** Webhooks slower than this count as late (applies to buckets refreshed from now on). */
  sloMs: number;
  /** Minute buckets per source and transaction: bounds one refresh's work. */
  batch?: number;
  /** Spaces out costly refreshes of the same buckets (the worker's; without it every pass refreshes them). */
  cooldown?: RollupCooldown;
}

/** Marks minutes dirty again (as writer 0), so a later pass refreshes what a cooldown held back. */
async function markAgain(tx: Tx, source: DirtySource, minutes: Date[]): Promise<void> {
  if (minutes.length === 0) return;
  const rows = minutes.map((minute) => sql`(${source}, ${stamp(minute)}, 0)`);
  await tx.execute(sql`insert into analytics_dirty (source, bucket, writer) values ${sql.join(rows, sql`, `)}
    on conflict (source, bucket, writer) do nothing`);
}

/** The buckets a cooldown lets through now, and those it holds back. */
async function sift(
  tx: Tx,
  cooldown: RollupCooldown | undefined,
  family: string,
  width: "minute" | "hour",
  buckets: Date[],
) {
  const key = (bucket: Date) => bucketKey(family, width, bucket);
  const ready = new Set(cooldown ? await cooldown.ready(tx, buckets.map(key)) : buckets.map(key));
  return { ready: buckets.filter((b) => ready.has(key(b))), held: buckets.filter((b) => !ready.has(key(b))) };
}

/** Runs a refresh of `buckets` and tells the cooldown what it cost. */
async function timed(
  tx: Tx,
  cooldown: RollupCooldown | undefined,
  family: string,
  width: "minute" | "hour",
  buckets: Date[],
  refresh: () => Promise<void>,
): Promise<void> {
  const started = performance.now();
  await refresh();
  await cooldown?.refreshed(
    tx,
    buckets.map((bucket) => bucketKey(family, width, bucket)),
    performance.now() - started,
  );
}

/**
 * The minute rollups of the ready minutes, and the hour rollups of their hours unless the cooldown holds an hour back:
 * then a mark of its last claimed minute goes back, so the hour is refreshed on a later pass.
 */
async function refreshTransactionsIn(tx: Tx, minutes: Date[], cooldown: RollupCooldown | undefined): Promise<void> {
  await timed(tx, cooldown, "tx", "minute", minutes, () => refreshTransactionMinutes(tx, bucketScope(minutes)));
  const hours = await sift(tx, cooldown, "tx", "hour", hoursOf(minutes));
  const lastMinuteOf = (hour: Date) =>
    new Date(Math.max(...minutes.map((m) => m.getTime()).filter((m) => hourStart(m) === hour.getTime())));
  await markAgain(tx, "tx", hours.held.map(lastMinuteOf));
  if (hours.ready.length === 0) return;
  // An hour's start is a minute of it: the scope of those minutes covers exactly these hours.
  await timed(tx, cooldown, "tx", "hour", hours.ready, () => refreshTransactionHours(tx, bucketScope(hours.ready)));
}

/**
 * One pass: refreshes up to `batch` dirty minutes of each source (less those a cooldown holds back, marked again for a
 * later pass); returns how many minutes it refreshed.
 */
export async function refreshRollups(db: Db, options: RefreshOptions): Promise<number> {
  const { cooldown } = options;
  let refreshed = 0;
  for (const source of DIRTY_SOURCES) {
    refreshed += await db.transaction(async (tx) => {
      // One refresher at a time across instances: hour rollups are rebuilt whole, so two at once would collide.
      const lock = await tx.execute<{ ok: boolean }>(sql`select pg_try_advisory_xact_lock(${REFRESH_LOCK}) as ok`);
      if (!lock.rows[0]?.ok) return 0;
      // A mark still locked by its writer's open transaction is skipped and taken after that commit (migration 0019).
      const claimed = await tx.execute<{ bucket: string | Date }>(sql`
        delete from analytics_dirty where source = ${source} and (bucket, writer) in (
          select bucket, writer from analytics_dirty where source = ${source} order by bucket limit ${options.batch ?? 1440} for update skip locked)
        returning bucket`);
      const distinct = new Set(claimed.rows.map((row) => new Date(row.bucket).getTime()));
      const { ready: minutes, held } = await sift(
        tx,
        cooldown,
        source,
        "minute",
        [...distinct].map((ms) => new Date(ms)),
      );
      await markAgain(tx, source, held);
      if (minutes.length === 0) return 0;
      if (source === "tx") await refreshTransactionsIn(tx, minutes, cooldown);
      else
        await timed(tx, cooldown, source, "minute", minutes, async () => {
          if (source === "events") await refreshEvents(tx, minutes, options.sloMs);
          else if (source === "calls") await refreshCalls(tx, minutes);
          else await refreshInbox(tx, minutes);
        });
      return minutes.length;
    });
  }
  return refreshed;
}

/**
 * Rewrites the transactions' rollups whole in one pass (after a bulk seed: ten million rows mark every minute of 90
 * days dirty, and refreshing them minute batch by minute batch takes an hour where one pass takes minutes).
 */
export async function rebuildTransactionRollups(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${REFRESH_LOCK})`);
    // Grouping every row at once: the aggregates want memory rather than spilling to temp files.
    await tx.execute(sql`set local work_mem = '256MB'`);
    await tx.execute(sql`delete from analytics_dirty where source = 'tx'`);
    await refreshTransactionMinutes(tx, EVERYTHING);
    await refreshTransactionHours(tx, EVERYTHING);
  });
}

/** Refreshes until nothing is dirty (after a seed, and in tests). */
export async function refreshAllRollups(db: Db, options: Omit<RefreshOptions, "cooldown">): Promise<number> {
  let total = 0;
  for (;;) {
    const n = await refreshRollups(db, options);
    total += n;
    if (n === 0) return total;
  }
}
