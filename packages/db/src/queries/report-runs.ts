// Runs of scheduled reports (report_runs, migration 0017). The unique (schedule, period) row is the claim: however many
// server instances see a period due, one row is made, and the sender takes it with SKIP LOCKED and a lease, as the
// alert deliveries are taken (alert-deliveries.ts).
import { sql } from "drizzle-orm";
import type { ReportCadence, ReportSource } from "@paylens/domain/report-schedule";
import type { Db } from "../client.ts";
import { stamp } from "./analytics-filters.ts";
import type { ChannelKind, ChannelTarget } from "./alert-channels.ts";
import type { ReportFilters } from "./report-schedules.ts";

export type RunState = "pending" | "sent" | "failed";

/** Makes the period's run unless one exists; true when this call made it. */
export async function enqueueRun(db: Db, scheduleId: string, period: string, dueAt: Date, now: Date) {
  const result = await db.execute<{ id: string }>(sql`
    insert into report_runs (schedule_id, period, due_at, next_attempt_at, created_at)
    values (${scheduleId}, ${period}, ${stamp(dueAt)}, ${stamp(now)}, ${stamp(now)})
    on conflict (schedule_id, period) do nothing returning id::text as id`);
  return result.rows.length > 0;
}

export interface DueRun {
  id: string;
  period: string;
  attempts: number;
  schedule: {
    id: string;
    name: string;
    source: ReportSource;
    cadence: ReportCadence;
    timeZone: string;
    filters: ReportFilters;
    view: { id: string; name: string; query: string; sort: string; dir: string } | null;
  };
  channel: { id: string; kind: ChannelKind; name: string; target: ChannelTarget; secret: string | null };
}

type DueDbRow = {
  id: string;
  period: string;
  attempts: number;
  schedule_id: string;
  name: string;
  source: ReportSource;
  cadence: ReportCadence;
  time_zone: string;
  filters: ReportFilters | string;
  view_id: string | null;
  view_name: string | null;
  query: string | null;
  sort: string | null;
  dir: string | null;
  channel_id: string;
  kind: ChannelKind;
  channel_name: string;
  target: ChannelTarget | string;
  secret: string | null;
};

/** Claims due runs and pushes them `leaseMs` ahead before anything is sent (an instance dying mid-send leaves them due). */
export async function claimDueRuns(db: Db, now: Date, limit: number, leaseMs: number): Promise<DueRun[]> {
  return db.transaction(async (tx) => {
    const due = await tx.execute<{ id: string }>(sql`
      select r.id from report_runs r where r.state = 'pending' and r.next_attempt_at <= ${stamp(now)}
      order by r.next_attempt_at, r.id limit ${limit} for update of r skip locked`);
    if (due.rows.length === 0) return [];
    const list = sql.join(
      due.rows.map((row) => sql`${row.id}::bigint`),
      sql`, `,
    );
    const result = await tx.execute<DueDbRow>(sql`
      update report_runs r set next_attempt_at = ${stamp(new Date(now.getTime() + leaseMs))}
      from report_schedules s join alert_channels c on c.id = s.channel_id left join saved_views v on v.id = s.view_id
      where r.id in (${list}) and s.id = r.schedule_id
      returning r.id::text as id, r.period, r.attempts, s.id as schedule_id, s.name, s.source, s.cadence, s.time_zone,
        s.filters, v.id as view_id, v.name as view_name, v.query, v.sort, v.dir, c.id as channel_id, c.kind,
        c.name as channel_name, c.target, c.secret`);
    return result.rows.map((row) => ({
      id: row.id,
      period: row.period,
      attempts: Number(row.attempts),
      schedule: {
        id: row.schedule_id,
        name: row.name,
        source: row.source,
        cadence: row.cadence,
        timeZone: row.time_zone,
        filters: typeof row.filters === "string" ? (JSON.parse(row.filters) as ReportFilters) : row.filters,
        view:
          row.view_id === null
            ? null
            : {
                id: row.view_id,
                name: row.view_name ?? "",
                query: row.query ?? "",
                sort: row.sort ?? "created",
                dir: row.dir ?? "desc",
              },
      },
      channel: {
        id: row.channel_id,
        kind: row.kind,
        name: row.channel_name,
        target: typeof row.target === "string" ? (JSON.parse(row.target) as ChannelTarget) : row.target,
        secret: row.secret,
      },
    }));
  });
}

/** After an attempt: sent (with its row count), retried at `retryAt`, or failed when there is no retry left. */
export async function recordRunAttempt(
  db: Db,
  id: string,
  outcome: { ok: true; rows: number } | { ok: false; error: string; retryAt: Date | null },
  now: Date,
): Promise<void> {
  if (outcome.ok) {
    await db.execute(sql`
      update report_runs set state = 'sent', attempts = attempts + 1, sent_at = ${stamp(now)}, rows = ${outcome.rows},
        last_error = null where id = ${id}::bigint`);
    return;
  }
  await db.execute(sql`
    update report_runs set attempts = attempts + 1, last_error = ${outcome.error.slice(0, 500)},
      state = ${outcome.retryAt ? "pending" : "failed"}, next_attempt_at = ${stamp(outcome.retryAt ?? now)}
    where id = ${id}::bigint`);
}

export interface RunRow {
  id: string;
  scheduleId: string;
  period: string;
  dueAt: Date;
  state: RunState;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  rows: number | null;
  sentAt: Date | null;
}

/** The latest `perSchedule` runs of each schedule, newest first. */
export async function recentRuns(db: Db, scheduleIds: string[], perSchedule: number): Promise<RunRow[]> {
  if (scheduleIds.length === 0) return [];
  const ids = sql.join(
    scheduleIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await db.execute<{
    id: string;
    schedule_id: string;
    period: string;
    due_at: string | Date;
    state: RunState;
    attempts: number;
    next_attempt_at: string | Date;
    last_error: string | null;
    rows: number | null;
    sent_at: string | Date | null;
  }>(sql`
    select * from (
      select r.id::text as id, r.schedule_id, r.period, r.due_at, r.state, r.attempts, r.next_attempt_at, r.last_error,
        r.rows, r.sent_at, row_number() over (partition by r.schedule_id order by r.due_at desc, r.id desc) as n
      from report_runs r where r.schedule_id in (${ids})
    ) ranked where n <= ${perSchedule} order by due_at desc, id desc`);
  return result.rows.map((row) => ({
    id: row.id,
    scheduleId: row.schedule_id,
    period: row.period,
    dueAt: new Date(row.due_at),
    state: row.state,
    attempts: Number(row.attempts),
    nextAttemptAt: new Date(row.next_attempt_at),
    lastError: row.last_error,
    rows: row.rows === null ? null : Number(row.rows),
    sentAt: row.sent_at === null ? null : new Date(row.sent_at),
  }));
}
