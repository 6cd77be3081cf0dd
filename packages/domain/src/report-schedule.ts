// When a scheduled report is due: daily or weekly, at a whole hour of a named time zone. A period is named by the local
// day its report is due on, so "one run per schedule and period" is a unique key the database can hold.
import { nextDay, zoneOffsetMs } from "./time-zone.ts";

export const REPORT_CADENCES = ["daily", "weekly"] as const;
export type ReportCadence = (typeof REPORT_CADENCES)[number];

/** What a schedule sends: a saved transactions view, or the settlements of the period just ended. */
export const REPORT_SOURCES = ["view", "settlements"] as const;
export type ReportSource = (typeof REPORT_SOURCES)[number];

/** ISO weekdays: 1 is Monday, 7 is Sunday. */
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export interface ReportTiming {
  cadence: ReportCadence;
  /** 0–23, local to `timeZone`. */
  hour: number;
  /** 1–7 (ISO), weekly only. */
  weekday: number | null;
  timeZone: string;
}

export interface DuePeriod {
  /** The local day the report is due on (YYYY-MM-DD): the run's key. */
  period: string;
  dueAt: Date;
}

const DAY_MS = 86_400_000;

function shiftDay(day: string, days: number): string {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

function isoWeekday(day: string): number {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay() || 7;
}

/**
 * The instant a local day's hour begins in the zone. An hour skipped by a spring-forward change is taken as the first
 * moment after the gap; an hour that happens twice in autumn, as its first occurrence.
 */
export function zonedHour(day: string, hour: number, timeZone: string): Date {
  const [y, m, d] = day.split("-").map(Number) as [number, number, number];
  const wall = Date.UTC(y, m - 1, d, hour);
  const before = wall - zoneOffsetMs(wall - DAY_MS / 2, timeZone);
  const after = wall - zoneOffsetMs(wall + DAY_MS / 2, timeZone);
  const valid = [before, after].filter((at) => at + zoneOffsetMs(at, timeZone) === wall).sort((a, b) => a - b);
  return new Date(valid[0] ?? before);
}

function localDay(at: Date, timeZone: string): string {
  return new Date(at.getTime() + zoneOffsetMs(at.getTime(), timeZone)).toISOString().slice(0, 10);
}

/** The latest due moment at or before `now`: the period a worker should have sent. */
export function lastDue(timing: ReportTiming, now: Date): DuePeriod {
  let day = shiftDay(localDay(now, timing.timeZone), 1);
  // At most 8 days back reaches the latest matching weekday whose hour has passed.
  for (let i = 0; i < 9; i += 1, day = shiftDay(day, -1)) {
    if (timing.cadence === "weekly" && isoWeekday(day) !== timing.weekday) continue;
    const dueAt = zonedHour(day, timing.hour, timing.timeZone);
    if (dueAt.getTime() <= now.getTime()) return { period: day, dueAt };
  }
  throw new Error("no due moment found in the last week");
}

/** The next due moment after `now` (shown beside the schedule). */
export function nextDue(timing: ReportTiming, now: Date): DuePeriod {
  let day = localDay(now, timing.timeZone);
  for (let i = 0; i < 9; i += 1, day = nextDay(day)) {
    if (timing.cadence === "weekly" && isoWeekday(day) !== timing.weekday) continue;
    const dueAt = zonedHour(day, timing.hour, timing.timeZone);
    if (dueAt.getTime() > now.getTime()) return { period: day, dueAt };
  }
  throw new Error("no due moment found in the next week");
}

/** The days a period's report covers: the day before it is due (daily), or the seven days before (weekly). */
export function reportedDays(cadence: ReportCadence, period: string): { from: string; to: string } {
  return { from: shiftDay(period, cadence === "daily" ? -1 : -7), to: shiftDay(period, -1) };
}
