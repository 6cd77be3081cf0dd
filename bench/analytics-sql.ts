// Bench support: webhook events and provider calls derived from seeded transactions (the seed writes transactions
// only), and the naive GROUP BY over raw rows that the rollup figures are compared with.
import { sql } from "drizzle-orm";
import type { Db } from "@paylens/db/client";
import { binSql } from "@paylens/db/queries/analytics-math";
import { OUTCOME_SQL } from "@paylens/db/queries/analytics-refresh";
import { type AnalyticsBucket, type AnalyticsFilter, binned, stamp } from "@paylens/db/queries/analytics-filters";

/**
 * One webhook event (lag from a hash of the id, heavy-tailed) and one provider call per transaction; false when a
 * kept bench database already holds them for every transaction (the store grew: everything is derived again).
 */
export async function insertSyntheticActivity(db: Db): Promise<boolean> {
  const counts = await db.execute<{ tx: string; calls: string }>(
    sql`select (select count(*) from transactions)::text as tx, (select count(*) from provider_calls)::text as calls`,
  );
  const { tx, calls } = counts.rows[0] ?? { tx: "0", calls: "0" };
  if (tx === calls) return false;
  if (calls !== "0") await db.execute(sql`truncate transaction_events, provider_calls`);
  const h = "(('x' || substr(md5(id::text), 1, 8))::bit(32)::int & 2147483647)";
  await db.execute(
    sql.raw(`
    insert into transaction_events (transaction_id, kind, transition, status_to, lag_ms, occurred_at, summary)
    select id, 'webhook', 'create', status, (200 + power(${h} % 1000, 3) / 5000)::bigint,
      created_at + ((200 + power(${h} % 1000, 3) / 5000) || ' milliseconds')::interval, 'bench' from transactions`),
  );
  await db.execute(
    sql.raw(`
    insert into provider_calls (account_id, provider, operation, started_at, duration_ms, outcome)
    select account_id, provider, case when ${h} % 3 = 0 then 'query' else 'pay' end, created_at, 100 + ${h} % 2000,
      case when ${h} % 50 = 0 then 'error' when ${h} % 97 = 0 then 'timeout' else 'ok' end from transactions`),
  );
  return true;
}

/** The approval chart straight from transactions. */
export async function rawApproval(db: Db, filter: AnalyticsFilter, bucket: AnalyticsBucket): Promise<number> {
  const result = await db.execute(sql`
    select ${binned("created_at", bucket)} as t, provider, ${OUTCOME_SQL} as outcome, count(*) from transactions
    where type in ('payment', 'authorization') and created_at >= ${stamp(filter.from)} and created_at < ${stamp(filter.to)} group by 1, 2, 3`);
  return result.rows.length;
}

const COLUMN = {
  bin: "card_bin",
  issuer: "issuer_name",
  brand: "card_brand",
  method: "method_type",
  provider: "provider",
  country: "issuer_country",
} as const;

export async function rawBreakdown(db: Db, filter: AnalyticsFilter, dimension: keyof typeof COLUMN): Promise<number> {
  const result = await db.execute(sql`
    select ${sql.raw(COLUMN[dimension])} as segment, count(*), count(*) filter (where status = 'successful'),
      count(*) filter (where status in ('failed', 'expired'))
    from transactions where type in ('payment', 'authorization') and created_at >= ${stamp(filter.from)}
      and created_at < ${stamp(filter.to)} group by 1`);
  return result.rows.length;
}

export async function rawWebhookLag(db: Db, filter: AnalyticsFilter, bucket: AnalyticsBucket): Promise<number> {
  const result = await db.execute(sql`
    select ${binned("e.occurred_at", bucket)}, t.provider, percentile_disc(array[0.5, 0.95, 0.99]) within group (order by e.lag_ms), count(*)
    from transaction_events e join transactions t on t.id = e.transaction_id
    where e.kind = 'webhook' and e.occurred_at >= ${stamp(filter.from)} and e.occurred_at < ${stamp(filter.to)} group by 1, 2`);
  return result.rows.length;
}

export async function rawLatency(db: Db, filter: AnalyticsFilter, bucket: AnalyticsBucket): Promise<number> {
  const result = await db.execute(sql`
    select ${binned("started_at", bucket)}, provider, operation, ${sql.raw(binSql("duration_ms"))} as le, count(*)
    from provider_calls where started_at >= ${stamp(filter.from)} and started_at < ${stamp(filter.to)} group by 1, 2, 3, 4`);
  return result.rows.length;
}
