// The delivery queue (alert_deliveries, migration 0015): alert evaluation only inserts rows, in its own transaction;
// the delivery worker claims due rows with SKIP LOCKED, sends, and records the outcome or the next attempt.
import type { AlertMessageKey } from "@paylens/domain/alert-messages/en";
import type { AlertMessage } from "@paylens/domain/alert-messages/render";
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import type { Tx } from "./apply.ts";
import { stamp } from "./analytics-filters.ts";
import type { ChannelKind, ChannelTarget } from "./alert-channels.ts";

export type DeliveryEvent = "opened" | "resolved";

const ids = (list: string[]) =>
  sql.join(
    list.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

/**
 * An opened alert goes to every enabled channel routed its rule, unless the rule (or this alert's segment) is muted; a
 * resolution goes to the channels that were told it opened, so nobody is left with an alert that never ends.
 */
export async function enqueueDeliveries(
  tx: Pick<Tx, "execute">,
  alertIds: string[],
  event: DeliveryEvent,
  now: Date,
): Promise<void> {
  if (alertIds.length === 0) return;
  if (event === "opened") {
    await tx.execute(sql`
      insert into alert_deliveries (alert_id, channel_id, event, next_attempt_at, created_at)
      select a.id, c.id, 'opened', ${stamp(now)}, ${stamp(now)} from alerts a
        join alert_channels c on c.enabled and (cardinality(c.rules) = 0 or a.rule = any(c.rules))
      where a.id in (${ids(alertIds)}) and not exists (
        select 1 from alert_mutes m where m.rule = a.rule and m.segment in ('*', a.segment) and m.until > ${stamp(now)})
      on conflict (alert_id, channel_id, event) do nothing`);
    return;
  }
  await tx.execute(sql`
    insert into alert_deliveries (alert_id, channel_id, event, next_attempt_at, created_at)
    select d.alert_id, d.channel_id, 'resolved', ${stamp(now)}, ${stamp(now)} from alert_deliveries d
      join alert_channels c on c.id = d.channel_id and c.enabled
    where d.event = 'opened' and d.alert_id in (${ids(alertIds)})
    on conflict (alert_id, channel_id, event) do nothing`);
}

export interface DueDelivery {
  id: string;
  event: DeliveryEvent;
  attempts: number;
  alert: {
    id: string;
    rule: string;
    kind: string;
    segment: string;
    message: string;
    /** The message as a key and figures (domain/alert-messages); null on alerts raised before. */
    text: AlertMessage | null;
    figures: Record<string, number | string>;
    startedAt: Date;
    endedAt: Date | null;
  };
  channel: { id: string; kind: ChannelKind; name: string; target: ChannelTarget; secret: string | null };
}

type DueDbRow = {
  id: string;
  event: DeliveryEvent;
  attempts: number;
  alert_id: string;
  rule: string;
  alert_kind: string;
  segment: string;
  message: string;
  message_key: string | null;
  message_params: Record<string, string | number> | string | null;
  figures: Record<string, number | string> | string;
  started_at: string | Date;
  ended_at: string | Date | null;
  channel_id: string;
  channel_kind: ChannelKind;
  channel_name: string;
  target: ChannelTarget | string;
  secret: string | null;
};

/**
 * Claims due deliveries and pushes them `leaseMs` ahead before anything is sent: an instance that dies mid-send leaves
 * them due again after the lease, and two instances never send the same row at once. A resolution waits while its
 * opening is still being retried, so the receiver never hears of the end before the start.
 */
export async function claimDueDeliveries(db: Db, now: Date, limit: number, leaseMs: number): Promise<DueDelivery[]> {
  return db.transaction(async (tx) => {
    const due = await tx.execute<{ id: string }>(sql`
      select d.id from alert_deliveries d where d.state = 'pending' and d.next_attempt_at <= ${stamp(now)}
        and not (d.event = 'resolved' and exists (select 1 from alert_deliveries o where o.alert_id = d.alert_id
          and o.channel_id = d.channel_id and o.event = 'opened' and o.state = 'pending'))
      order by d.next_attempt_at, d.id limit ${limit} for update of d skip locked`);
    if (due.rows.length === 0) return [];
    const list = sql.join(
      due.rows.map((row) => sql`${row.id}::bigint`),
      sql`, `,
    );
    const result = await tx.execute<DueDbRow>(sql`
      update alert_deliveries d set next_attempt_at = ${stamp(new Date(now.getTime() + leaseMs))}
      from alerts a, alert_channels c
      where d.id in (${list}) and a.id = d.alert_id and c.id = d.channel_id
      returning d.id::text as id, d.event, d.attempts, a.id as alert_id, a.rule, a.kind as alert_kind, a.segment, a.message,
        a.message_key, a.message_params, a.figures, a.started_at, a.ended_at, c.id as channel_id, c.kind as channel_kind, c.name as channel_name, c.target, c.secret`);
    return result.rows
      .map((row) => ({
        id: row.id,
        event: row.event,
        attempts: row.attempts,
        alert: {
          id: row.alert_id,
          rule: row.rule,
          kind: row.alert_kind,
          segment: row.segment,
          message: row.message,
          text:
            row.message_key === null
              ? null
              : {
                  key: row.message_key as AlertMessageKey,
                  params:
                    typeof row.message_params === "string"
                      ? (JSON.parse(row.message_params) as Record<string, string | number>)
                      : (row.message_params ?? {}),
                },
          figures:
            typeof row.figures === "string"
              ? (JSON.parse(row.figures) as Record<string, number | string>)
              : row.figures,
          startedAt: new Date(row.started_at),
          endedAt: row.ended_at === null ? null : new Date(row.ended_at),
        },
        channel: {
          id: row.channel_id,
          kind: row.channel_kind,
          name: row.channel_name,
          target: typeof row.target === "string" ? (JSON.parse(row.target) as ChannelTarget) : row.target,
          secret: row.secret,
        },
      }))
      .sort((a, b) => Number(BigInt(a.id) - BigInt(b.id)));
  });
}

/** After an attempt: delivered, retried at `retryAt`, or given up (failed) when there is no retry left. */
export async function recordDeliveryAttempt(
  db: Db,
  id: string,
  outcome: { ok: true } | { ok: false; error: string; retryAt: Date | null },
  now: Date,
): Promise<void> {
  if (outcome.ok) {
    await db.execute(sql`
      update alert_deliveries set state = 'delivered', attempts = attempts + 1, delivered_at = ${stamp(now)},
        last_error = null where id = ${id}::bigint`);
    return;
  }
  const error = outcome.error.slice(0, 500);
  await db.execute(sql`
    update alert_deliveries set attempts = attempts + 1, last_error = ${error},
      state = ${outcome.retryAt ? "pending" : "failed"},
      next_attempt_at = ${stamp(outcome.retryAt ?? now)} where id = ${id}::bigint`);
}

export interface DeliveryRow {
  id: string;
  alertId: string;
  event: DeliveryEvent;
  state: "pending" | "delivered" | "failed";
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
  channel: { id: string; kind: ChannelKind; name: string; hint: string | null };
}

/** The delivery log of some alerts (the Alerts screen), oldest first. */
export async function deliveriesOf(db: Db, alertIds: string[]): Promise<DeliveryRow[]> {
  if (alertIds.length === 0) return [];
  const result = await db.execute<{
    id: string;
    alert_id: string;
    event: DeliveryEvent;
    state: DeliveryRow["state"];
    attempts: number;
    next_attempt_at: string | Date;
    last_error: string | null;
    delivered_at: string | Date | null;
    created_at: string | Date;
    channel_id: string;
    kind: ChannelKind;
    name: string;
    target: ChannelTarget | string;
  }>(sql`
    select d.id::text as id, d.alert_id, d.event, d.state, d.attempts, d.next_attempt_at, d.last_error, d.delivered_at,
      d.created_at, c.id as channel_id, c.kind, c.name, c.target
    from alert_deliveries d join alert_channels c on c.id = d.channel_id
    where d.alert_id in (${ids(alertIds)}) order by d.created_at, d.id`);
  return result.rows.map((row) => {
    const target = typeof row.target === "string" ? (JSON.parse(row.target) as ChannelTarget) : row.target;
    return {
      id: row.id,
      alertId: row.alert_id,
      event: row.event,
      state: row.state,
      attempts: Number(row.attempts),
      nextAttemptAt: new Date(row.next_attempt_at),
      lastError: row.last_error,
      deliveredAt: row.delivered_at === null ? null : new Date(row.delivered_at),
      createdAt: new Date(row.created_at),
      channel: {
        id: row.channel_id,
        kind: row.kind,
        name: row.name,
        // The webhook's URL and the mail's recipients are not secret; a Slack URL is, so it is not named.
        hint: row.kind === "email" ? String(target.to ?? "") : row.kind === "webhook" ? String(target.url ?? "") : null,
      },
    };
  });
}
