// Alert rows and the windowed figures the alert rules read.
import type { AlertMessageKey } from "@paylens/domain/alert-messages/en";
import type { AlertMessage } from "@paylens/domain/alert-messages/render";
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { num, stamp } from "./analytics-filters.ts";
import { enqueueDeliveries } from "./alert-deliveries.ts";
import { OUTCOME_SQL } from "./analytics-refresh.ts";

export const ALERT_DIMENSIONS = ["provider", "issuer", "bin", "method"] as const;
export type AlertDimension = (typeof ALERT_DIMENSIONS)[number];
const COLUMN: Record<AlertDimension, string> = {
  provider: "provider",
  issuer: "issuer_name",
  bin: "card_bin",
  method: "method_type",
};

export interface SegmentCounts {
  dimension: AlertDimension;
  segment: string;
  approved: number;
  declined: number;
}

/** Decided attempts per segment created in [since, until), straight from the transactions (the span is short). */
export async function recentSegmentCounts(db: Db, since: Date, until: Date | null = null): Promise<SegmentCounts[]> {
  const values = ALERT_DIMENSIONS.map((d) => `('${d}', t.${COLUMN[d]})`).join(", ");
  const result = await db.execute<{
    dimension: AlertDimension;
    segment: string;
    approved: string;
    declined: string;
  }>(sql`
    select d.dimension, d.segment, count(*) filter (where o.outcome = 'approved') as approved,
      count(*) filter (where o.outcome = 'declined') as declined
    from transactions t cross join lateral (select ${OUTCOME_SQL} as outcome) o
      cross join lateral (values ${sql.raw(values)}) d(dimension, segment)
    where t.created_at >= ${stamp(since)} ${until ? sql`and t.created_at < ${stamp(until)}` : sql``}
      and t.type in ('payment', 'authorization') and d.segment is not null
    group by 1, 2`);
  return result.rows.map((row) => ({
    dimension: row.dimension,
    segment: row.segment,
    approved: num(row.approved),
    declined: num(row.declined),
  }));
}

/** The same from the hourly rollup over [from, to) (the baseline). */
export async function baselineSegmentCounts(db: Db, from: Date, to: Date): Promise<SegmentCounts[]> {
  const result = await db.execute<{
    dimension: AlertDimension;
    segment: string;
    approved: string;
    declined: string;
  }>(sql`
    select dimension, segment, sum(approved)::bigint as approved, sum(declined)::bigint as declined from analytics_segments_1h
    where dimension in ('provider', 'issuer', 'bin', 'method') and bucket >= ${stamp(from)} and bucket < ${stamp(to)} group by 1, 2`);
  return result.rows.map((row) => ({
    dimension: row.dimension,
    segment: row.segment,
    approved: num(row.approved),
    declined: num(row.declined),
  }));
}

/** Webhook lag histogram per provider since `since`. */
export async function recentLagBins(db: Db, since: Date): Promise<Map<string, Map<number, number>>> {
  const result = await db.execute<{ provider: string; le: number; n: string }>(sql`
    select provider, le, sum(hits)::bigint as n from analytics_webhook_lag_1m where bucket >= ${stamp(since)} group by 1, 2`);
  const out = new Map<string, Map<number, number>>();
  for (const row of result.rows) {
    let bins = out.get(row.provider);
    if (!bins) out.set(row.provider, (bins = new Map()));
    bins.set(Number(row.le), num(row.n));
  }
  return out;
}

/** Provider calls and how many failed (error or timeout) per provider over [from, to). */
export async function callFailures(
  db: Db,
  from: Date,
  to: Date,
): Promise<Map<string, { calls: number; failed: number }>> {
  const result = await db.execute<{ provider: string; calls: string; failed: string }>(sql`
    select provider, sum(hits)::bigint as calls, sum(errors + timeouts)::bigint as failed from analytics_calls_1m
    where bucket >= ${stamp(from)} and bucket < ${stamp(to)} group by 1`);
  return new Map(result.rows.map((row) => [row.provider, { calls: num(row.calls), failed: num(row.failed) }]));
}

/** Signed messages kept but not applied (flagged) since `since`, per account, with the newest reason. */
export async function flaggedMessages(
  db: Db,
  since: Date,
): Promise<Array<{ provider: string; accountId: string; count: number; reason: string }>> {
  const result = await db.execute<{ provider: string; accountId: string; count: string; reason: string }>(sql`
    select provider, account_id as "accountId", count(*)::bigint as count, (array_agg(error order by id desc))[1] as reason
      from webhook_inbox where state = 'flagged' and received_at >= ${stamp(since)} group by 1, 2`);
  return result.rows.map((row) => ({ ...row, count: num(row.count) }));
}

export interface FiringAlert {
  rule: string;
  kind: string;
  segment: string;
  figures: Record<string, number | string>;
  /** In English, for logs and readers without the catalogue. */
  message: string;
  /** The same message as a key and figures, for each reader's language; null on alerts raised before it existed. */
  text?: AlertMessage | null;
}

export interface AlertRow extends FiringAlert {
  id: string;
  startedAt: Date;
  endedAt: Date | null;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
}

const ALERT_LOCK = 7_421_006;

/** Raises what fires and is not active yet, refreshes the figures of what stays, ends what no longer fires. */
export async function syncAlerts(
  db: Db,
  firing: FiringAlert[],
  now: Date,
): Promise<{ raised: number; ended: number } | null> {
  return db.transaction(async (tx) => {
    const lock = await tx.execute<{ ok: boolean }>(sql`select pg_try_advisory_xact_lock(${ALERT_LOCK}) as ok`);
    if (!lock.rows[0]?.ok) return null; // another instance is evaluating
    const raised: string[] = [];
    for (const alert of firing) {
      const result = await tx.execute<{ id: string; inserted: boolean }>(sql`
        insert into alerts (rule, kind, segment, started_at, updated_at, figures, message, message_key, message_params)
        values (${alert.rule}, ${alert.kind}, ${alert.segment}, ${stamp(now)}, ${stamp(now)},
          ${JSON.stringify(alert.figures)}::jsonb, ${alert.message}, ${alert.text?.key ?? null},
          ${alert.text ? JSON.stringify(alert.text.params) : null}::jsonb)
        on conflict (rule, segment) where ended_at is null
        do update set figures = excluded.figures, message = excluded.message, message_key = excluded.message_key,
          message_params = excluded.message_params, updated_at = excluded.updated_at
        returning id, (xmax = 0) as inserted`);
      const row = result.rows[0];
      if (row?.inserted) raised.push(row.id);
    }
    const keep = firing.map((a) => sql`(${a.rule}, ${a.segment})`);
    const ended = await tx.execute<{ id: string }>(sql`
      update alerts set ended_at = ${stamp(now)}, updated_at = ${stamp(now)} where ended_at is null
      ${keep.length > 0 ? sql`and (rule, segment) not in (${sql.join(keep, sql`, `)})` : sql``} returning id`);
    // Only queued here: sending is the delivery worker's, so a slow receiver never holds evaluation up.
    await enqueueDeliveries(tx, raised, "opened", now);
    await enqueueDeliveries(
      tx,
      ended.rows.map((row) => row.id),
      "resolved",
      now,
    );
    return { raised: raised.length, ended: ended.rows.length };
  });
}

const json = (value: string | Record<string, string | number> | null): Record<string, string | number> =>
  value === null ? {} : typeof value === "string" ? (JSON.parse(value) as Record<string, string | number>) : value;

type AlertDbRow = {
  id: string;
  rule: string;
  kind: string;
  segment: string;
  started_at: string | Date;
  ended_at: string | Date | null;
  figures: Record<string, number | string>;
  message: string;
  message_key: string | null;
  message_params: string | Record<string, string | number> | null;
  acknowledged_at: string | Date | null;
  acknowledged_by: string | null;
};

export async function listAlerts(db: Db, state: "active" | "ended" | "all", limit: number): Promise<AlertRow[]> {
  const where =
    state === "active" ? sql`where ended_at is null` : state === "ended" ? sql`where ended_at is not null` : sql``;
  const result = await db.execute<AlertDbRow>(sql`
    select id, rule, kind, segment, started_at, ended_at, figures, message, message_key, message_params,
      acknowledged_at, acknowledged_by
    from alerts ${where} order by started_at desc, id limit ${limit}`);
  return result.rows.map((row) => ({
    id: row.id,
    rule: row.rule,
    kind: row.kind,
    segment: row.segment,
    startedAt: new Date(row.started_at),
    endedAt: row.ended_at === null ? null : new Date(row.ended_at),
    figures:
      typeof row.figures === "string" ? (JSON.parse(row.figures) as Record<string, number | string>) : row.figures,
    message: row.message,
    text:
      row.message_key === null ? null : { key: row.message_key as AlertMessageKey, params: json(row.message_params) },
    acknowledgedAt: row.acknowledged_at === null ? null : new Date(row.acknowledged_at),
    acknowledgedBy: row.acknowledged_by,
  }));
}

/** Someone is on it: the first acknowledgement stands (a second click changes nothing). Null when there is no such alert. */
export async function acknowledgeAlert(
  db: Db,
  id: string,
  by: string,
  now: Date,
): Promise<{ rule: string; segment: string; acknowledgedAt: Date; acknowledgedBy: string; fresh: boolean } | null> {
  const result = await db.execute<{
    rule: string;
    segment: string;
    acknowledged_at: string | Date;
    acknowledged_by: string;
    fresh: boolean;
  }>(sql`
    update alerts set acknowledged_at = coalesce(acknowledged_at, ${stamp(now)}), acknowledged_by = coalesce(acknowledged_by, ${by})
    where id = ${id} returning rule, segment, acknowledged_at, acknowledged_by, (acknowledged_at = ${stamp(now)}) as fresh`);
  const row = result.rows[0];
  return row
    ? {
        rule: row.rule,
        segment: row.segment,
        acknowledgedAt: new Date(row.acknowledged_at),
        acknowledgedBy: row.acknowledged_by,
        fresh: row.fresh,
      }
    : null;
}

/** For /metrics: active alerts per rule, the inbox's pending depth and the age of its oldest pending message. */
export async function operationalGauges(
  db: Db,
): Promise<{ activeByRule: Map<string, number>; inboxDepth: number; oldestPendingSeconds: number }> {
  const active = await db.execute<{ rule: string; n: string }>(
    sql`select rule, count(*)::bigint as n from alerts where ended_at is null group by rule`,
  );
  const inbox = await db.execute<{ n: string; oldest: string | null }>(sql`
    select count(*)::bigint as n, extract(epoch from now() - min(received_at))::float8 as oldest from webhook_inbox where state = 'pending'`);
  return {
    activeByRule: new Map(active.rows.map((row) => [row.rule, num(row.n)])),
    inboxDepth: num(inbox.rows[0]?.n),
    oldestPendingSeconds: num(inbox.rows[0]?.oldest),
  };
}
