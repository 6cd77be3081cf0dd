// Scheduled reports (report_schedules, migration 0017), each owned by the user who made it: a user sees and changes
// only their own. Saving is by an id the form made, so a second submit changes the same schedule.
import { sql } from "drizzle-orm";
import type { ReportCadence, ReportSource } from "@paylens/domain/report-schedule";
import type { Db } from "../client.ts";
import { stamp } from "./analytics-filters.ts";
import type { ChannelKind } from "./alert-channels.ts";

/** Settlements' filters, as on the screen (an account, provider or currency); empty for a view. */
export type ReportFilters = { accountId?: string; provider?: string; currency?: string };

export interface ScheduleInput {
  id: string;
  name: string;
  source: ReportSource;
  viewId: string | null;
  filters: ReportFilters;
  cadence: ReportCadence;
  weekday: number | null;
  hour: number;
  timeZone: string;
  channelId: string;
}

export interface ScheduleRow extends ScheduleInput {
  owner: string;
  paused: boolean;
  activeSince: Date;
  createdAt: Date;
  updatedAt: Date;
  viewName: string | null;
  channel: { kind: ChannelKind; name: string; enabled: boolean };
}

type ScheduleDbRow = {
  id: string;
  owner: string;
  name: string;
  source: ReportSource;
  view_id: string | null;
  view_name: string | null;
  filters: ReportFilters | string;
  cadence: ReportCadence;
  weekday: number | null;
  hour: number;
  time_zone: string;
  channel_id: string;
  channel_kind: ChannelKind;
  channel_name: string;
  channel_enabled: boolean;
  paused: boolean;
  active_since: string | Date;
  created_at: string | Date;
  updated_at: string | Date;
};

const SELECT = sql`
  select s.id, s.owner, s.name, s.source, s.view_id, v.name as view_name, s.filters, s.cadence, s.weekday, s.hour,
    s.time_zone, s.channel_id, c.kind as channel_kind, c.name as channel_name, c.enabled as channel_enabled, s.paused,
    s.active_since, s.created_at, s.updated_at
  from report_schedules s join alert_channels c on c.id = s.channel_id left join saved_views v on v.id = s.view_id`;

function toSchedule(row: ScheduleDbRow): ScheduleRow {
  return {
    id: row.id,
    owner: row.owner,
    name: row.name,
    source: row.source,
    viewId: row.view_id,
    viewName: row.view_name,
    filters: typeof row.filters === "string" ? (JSON.parse(row.filters) as ReportFilters) : row.filters,
    cadence: row.cadence,
    weekday: row.weekday === null ? null : Number(row.weekday),
    hour: Number(row.hour),
    timeZone: row.time_zone,
    channelId: row.channel_id,
    channel: { kind: row.channel_kind, name: row.channel_name, enabled: row.channel_enabled },
    paused: row.paused,
    activeSince: new Date(row.active_since),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
  };
}

export async function listSchedules(db: Db, owner: string): Promise<ScheduleRow[]> {
  const result = await db.execute<ScheduleDbRow>(sql`${SELECT} where s.owner = ${owner} order by s.name, s.id`);
  return result.rows.map(toSchedule);
}

export async function scheduleById(db: Pick<Db, "execute">, owner: string, id: string): Promise<ScheduleRow | null> {
  const result = await db.execute<ScheduleDbRow>(sql`${SELECT} where s.id = ${id} and s.owner = ${owner}`);
  return result.rows[0] ? toSchedule(result.rows[0]) : null;
}

/** Whether the id is free or already this owner's (someone else's id is refused, never taken over). */
export async function scheduleIdOwner(db: Db, id: string): Promise<string | null> {
  const result = await db.execute<{ owner: string }>(sql`select owner from report_schedules where id = ${id}`);
  return result.rows[0]?.owner ?? null;
}

/**
 * Adds or changes the owner's schedule with this id. A changed time counts from now, so an edit never sends at once
 * for a moment that passed before it.
 */
export async function saveSchedule(db: Db, owner: string, input: ScheduleInput, now: Date): Promise<void> {
  await db.execute(sql`
    insert into report_schedules (id, owner, name, source, view_id, filters, cadence, weekday, hour, time_zone,
      channel_id, active_since)
    values (${input.id}, ${owner}, ${input.name}, ${input.source}, ${input.viewId}, ${JSON.stringify(input.filters)}::jsonb,
      ${input.cadence}, ${input.weekday}, ${input.hour}, ${input.timeZone}, ${input.channelId}, ${stamp(now)})
    on conflict (id) do update set name = excluded.name, source = excluded.source, view_id = excluded.view_id,
      filters = excluded.filters, cadence = excluded.cadence, weekday = excluded.weekday, hour = excluded.hour,
      time_zone = excluded.time_zone, channel_id = excluded.channel_id, updated_at = ${stamp(now)},
      active_since = case when (report_schedules.cadence, report_schedules.weekday, report_schedules.hour,
        report_schedules.time_zone) is not distinct from (excluded.cadence, excluded.weekday, excluded.hour,
        excluded.time_zone) then report_schedules.active_since else ${stamp(now)} end
    where report_schedules.owner = ${owner}`);
}

/** Pausing stops new runs; resuming counts from now, so the periods missed while paused are not sent in a burst. */
export async function setSchedulePaused(db: Db, owner: string, id: string, paused: boolean, now: Date) {
  const result = await db.execute<{ id: string }>(sql`
    update report_schedules set paused = ${paused}, updated_at = ${stamp(now)},
      active_since = case when ${paused} or not paused then active_since else ${stamp(now)} end
    where id = ${id} and owner = ${owner} returning id`);
  return result.rows.length > 0;
}

export async function removeSchedule(db: Db, owner: string, id: string): Promise<boolean> {
  const result = await db.execute<{ id: string }>(
    sql`delete from report_schedules where id = ${id} and owner = ${owner} returning id`,
  );
  return result.rows.length > 0;
}

/** Every running schedule, for the worker to see which have a period due (a handful per user: read them all). */
export async function activeSchedules(db: Db): Promise<ScheduleRow[]> {
  const result = await db.execute<ScheduleDbRow>(sql`${SELECT} where not s.paused and c.enabled`);
  return result.rows.map(toSchedule);
}
