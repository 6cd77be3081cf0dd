// Scheduled reports in the web app: the API's shapes, a new schedule's starting values, and how its timing reads
// (hours and weekdays named by Intl in the active language).
import { activeLocale, t } from "../i18n/index.ts";
import type { RouterInputs, RouterOutputs } from "../trpc.ts";

export type ScheduleInput = RouterInputs["reportSchedules"]["save"];
export type ScheduleRow = RouterOutputs["reportSchedules"]["list"][number];
export type ReportChannel = RouterOutputs["reportSchedules"]["channels"][number];
export type ReportTarget =
  | { source: "view"; viewId: string; viewName: string }
  | {
      source: "settlements";
      filters: { accountId?: string | undefined; provider?: string | undefined; currency?: string | undefined };
    };

/** The browser's zone: where a person means "9 in the morning". */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Every zone the browser knows, with `keep` first among them if it is missing. */
export function timeZones(keep: string): string[] {
  const known = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"];
  const all = known.includes("UTC") ? known : ["UTC", ...known];
  return all.includes(keep) ? all : [keep, ...all];
}

/** "18:00", on the 24-hour clock as the console's other times (format-date.ts). */
export function hourLabel(hour: number): string {
  return new Intl.DateTimeFormat(activeLocale(), {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  }).format(Date.UTC(2026, 0, 1, hour));
}

/** ISO weekday 1 (Monday) … 7 (Sunday), named in the language; 5 January 2026 is a Monday. */
export function weekdayName(weekday: number): string {
  return new Intl.DateTimeFormat(activeLocale(), { weekday: "long", timeZone: "UTC" }).format(
    Date.UTC(2026, 0, 4 + weekday),
  );
}

/** When a report goes, in the viewer's zone: "Mon, Dec 7, 09:00 GMT+1". */
export function whenText(date: Date): string {
  return new Intl.DateTimeFormat(activeLocale(), {
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZoneName: "short",
  }).format(date);
}

export function timingText(s: Pick<ScheduleRow, "cadence" | "weekday" | "hour" | "timeZone">): string {
  const time = hourLabel(s.hour);
  return s.cadence === "weekly"
    ? t("reports.list.weeklyAt", { day: weekdayName(s.weekday ?? 1), time, zone: s.timeZone })
    : t("reports.list.dailyAt", { time, zone: s.timeZone });
}

/** A new schedule for the target: daily at 08:00 in the browser's zone. */
export function newSchedule(target: ReportTarget, name: string): ScheduleInput {
  const base = {
    id: crypto.randomUUID(),
    name,
    channelId: "",
    cadence: "daily" as const,
    weekday: null,
    hour: 8,
    timeZone: browserTimeZone(),
  };
  return target.source === "view"
    ? { ...base, source: "view", viewId: target.viewId }
    : { ...base, source: "settlements", filters: target.filters };
}

/** The saved schedule as the dialog edits it. */
export function editSchedule(row: ScheduleRow): ScheduleInput {
  const base = {
    id: row.id,
    name: row.name,
    channelId: row.channelId,
    cadence: row.cadence,
    weekday: row.weekday,
    hour: row.hour,
    timeZone: row.timeZone,
  };
  return row.source === "view"
    ? { ...base, source: "view", viewId: row.viewId ?? "" }
    : { ...base, source: "settlements", filters: row.filters };
}
