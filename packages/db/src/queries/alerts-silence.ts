// The figures the rules for what did not happen read: payments still waiting for their final notification, each
// provider's usual webhook lag, and each account's traffic (the last minute it had any, and its rate the day before).
import { sql } from "drizzle-orm";
import { FINAL_STATUSES } from "@paylens/domain/transaction";
import type { Db } from "../client.ts";
import { num, stamp } from "./analytics-filters.ts";
import { percentileOf } from "./analytics-math.ts";

const FINAL = sql.raw(FINAL_STATUSES.map((s) => `'${s}'`).join(", "));

export interface AwaitingCounts {
  provider: string;
  accountId: string;
  /** Payments started in the span. */
  started: number;
  /** Of those, how many have no notification of a final status yet. */
  waiting: number;
  oldestWaiting: Date | null;
}

/**
 * Payments of `provider` started in [from, to) that the provider has decided, and how many still lack a notification of
 * a final status. A payment is known from the create call Paylens made (pay, authorize) when its answer was final, or
 * from its transaction row once final (learned by a status query); one still waiting for its shopper (3-D Secure, a
 * wallet page) has nothing to notify yet. A notification received but not applied yet counts as arrived; payments
 * imported by the demo's back-fill are left out (nobody notifies those).
 */
export async function awaitingNotifications(db: Db, provider: string, from: Date, to: Date): Promise<AwaitingCounts[]> {
  const result = await db.execute<{
    provider: string;
    account_id: string;
    started: string;
    waiting: string;
    oldest: string | Date | null;
  }>(sql`
    with started as (
      select account_id, provider_uid, started_at as at from provider_calls
      where provider = ${provider} and operation in ('pay', 'authorize') and status in (${FINAL})
        and provider_uid is not null and started_at >= ${stamp(from)} and started_at < ${stamp(to)}
      union all
      select t.account_id, t.provider_uid, t.created_at from transactions t
      where t.provider = ${provider} and t.type in ('payment', 'authorization') and t.status in (${FINAL})
        and t.created_at >= ${stamp(from)} and t.created_at < ${stamp(to)}
    ), unapplied as (
      -- Received but not applied yet: the notification came, Paylens is behind (the inbox depth says so elsewhere).
      select distinct account_id, provider_uid from webhook_inbox where state = 'pending' and provider = ${provider}
    ), payments as (
      select s.account_id, s.provider_uid, min(s.at) as at, not exists (
        select 1 from transactions t join transaction_events e on e.transaction_id = t.id
        where t.account_id = s.account_id and t.provider_uid = s.provider_uid and e.kind = 'webhook' and e.status_to in (${FINAL})
      ) and not exists (
        select 1 from unapplied u where u.account_id = s.account_id and u.provider_uid = s.provider_uid
      ) as waiting
      from started s
      -- The demo's back-fill creates payments now, dated in the past, with no notification address: nobody notifies them.
      where not exists (
        select 1 from transactions t join transaction_events e on e.transaction_id = t.id
        where t.account_id = s.account_id and t.provider_uid = s.provider_uid and e.kind = 'backfill'
      )
      group by 1, 2
    )
    select ${provider} as provider, account_id, count(*)::bigint as started, count(*) filter (where waiting)::bigint as waiting,
      min(at) filter (where waiting) as oldest
    from payments group by account_id order by account_id`);
  return result.rows.map((row) => ({
    provider: row.provider,
    accountId: row.account_id,
    started: num(row.started),
    waiting: num(row.waiting),
    oldestWaiting: row.oldest === null ? null : new Date(row.oldest),
  }));
}

/** Providers with a configured account: the ones whose notifications can be missed. */
export async function configuredProviders(db: Db): Promise<string[]> {
  const result = await db.execute<{ provider: string }>(
    sql`select distinct provider from provider_accounts order by provider`,
  );
  return result.rows.map((row) => row.provider);
}

/** Each provider's median webhook lag over [from, to) from the hourly lag rollup; providers without data are absent. */
export async function usualWebhookLag(db: Db, from: Date, to: Date): Promise<Map<string, number>> {
  const result = await db.execute<{ provider: string; le: number; n: string }>(sql`
    select provider, le, sum(hits)::bigint as n from analytics_webhook_lag_1h
    where bucket >= ${stamp(from)} and bucket < ${stamp(to)} group by 1, 2`);
  const bins = new Map<string, Map<number, number>>();
  for (const row of result.rows) {
    let provider = bins.get(row.provider);
    if (!provider) bins.set(row.provider, (provider = new Map()));
    provider.set(Number(row.le), num(row.n));
  }
  const out = new Map<string, number>();
  // The median, not a high percentile: an outage's released backlog must not make the next outage look usual.
  for (const [provider, histogram] of bins) {
    const p50 = percentileOf(histogram, 0.5);
    if (p50 !== null) out.set(provider, p50);
  }
  return out;
}

export interface AccountTraffic {
  provider: string;
  accountId: string;
  /** Payments created per hour over the baseline. */
  baselinePerHour: number;
  /** The end of the last minute with any traffic since `recentFrom` (payments, create calls, notifications); null: none. */
  lastSeen: Date | null;
}

/**
 * Traffic per account from the rollups: the baseline from the hourly segments (dimension provider: every payment once),
 * the last active minute from payments created, create calls made and notifications received, so an account whose
 * notifications stopped but whose payments go on is not silent.
 */
export async function accountTraffic(
  db: Db,
  baselineFrom: Date,
  baselineTo: Date,
  recentFrom: Date,
): Promise<AccountTraffic[]> {
  const result = await db.execute<{
    provider: string;
    account_id: string;
    attempts: string | null;
    last_seen: string | Date | null;
  }>(sql`
    with baseline as (
      select provider, account_id, sum(attempts)::bigint as attempts from analytics_segments_1h
      where dimension = 'provider' and bucket >= ${stamp(baselineFrom)} and bucket < ${stamp(baselineTo)} group by 1, 2
    ), recent as (
      select provider, account_id, max(bucket) as bucket from (
        select provider, account_id, bucket from analytics_attempts_1m where bucket >= ${stamp(recentFrom)} and attempts > 0
        union all
        select provider, account_id, bucket from analytics_calls_1m
          where bucket >= ${stamp(recentFrom)} and operation in ('pay', 'authorize') and hits > 0
        union all
        select provider, account_id, bucket from analytics_webhooks_1m where bucket >= ${stamp(recentFrom)} and deliveries > 0
      ) r group by 1, 2
    )
    select b.provider, b.account_id, b.attempts, r.bucket + interval '1 minute' as last_seen
    from baseline b left join recent r on r.provider = b.provider and r.account_id = b.account_id
    order by 1, 2`);
  const hours = (baselineTo.getTime() - baselineFrom.getTime()) / 3_600_000;
  return result.rows.map((row) => ({
    provider: row.provider,
    accountId: row.account_id,
    baselinePerHour: hours > 0 ? num(row.attempts) / hours : 0,
    lastSeen: row.last_seen === null ? null : new Date(row.last_seen),
  }));
}
