// Times are shown in the viewer's time zone; the relative age answers "how long ago?" at a glance. Without a locale
// given, the console's language decides the format.
import { activeLocale, i18n } from "../i18n/index.ts";

export interface DateFormatOptions {
  locale?: string;
  timeZone?: string;
}

/** Dense table form: "Nov 23, 14:03:05". */
export function formatShortDateTime(date: Date, options: DateFormatOptions = {}): string {
  return new Intl.DateTimeFormat(options.locale ?? activeLocale(), {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
    timeZone: options.timeZone,
  }).format(date);
}

/** Full form with year and zone: "Nov 23, 2026, 14:03:05.123 GMT+1". */
export function formatDateTime(date: Date, options: DateFormatOptions = {}): string {
  return new Intl.DateTimeFormat(options.locale ?? activeLocale(), {
    year: "numeric",
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    fractionalSecondDigits: 3,
    hourCycle: "h23",
    timeZoneName: "short",
    timeZone: options.timeZone,
  }).format(date);
}

/** "just now", "42 s ago", "5 min ago", "3 h ago", "2 d ago"; "in 5 min" for a time ahead of the clock. */
export function formatRelative(date: Date, now: Date = new Date()): string {
  const diff = now.getTime() - date.getTime();
  const abs = Math.abs(diff);
  const seconds = Math.floor(abs / 1000);
  if (seconds < 5) return i18n.t("common.time.justNow");
  let text: string;
  if (seconds < 60) text = i18n.t("common.time.seconds", { count: seconds });
  else if (seconds < 3600) text = i18n.t("common.time.minutes", { count: Math.floor(seconds / 60) });
  else if (seconds < 86_400) text = i18n.t("common.time.hours", { count: Math.floor(seconds / 3600) });
  else text = i18n.t("common.time.days", { count: Math.floor(seconds / 86_400) });
  return diff >= 0 ? i18n.t("common.time.ago", { text }) : i18n.t("common.time.ahead", { text });
}

/** "2026-11-23" for the viewer's local calendar day (what <input type="date"> uses). */
export function toLocalDay(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, "0");
  const day = String(date.getDate()).padStart(2, "0");
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Local midnight at the start of "2026-11-23", or null when the text is not such a day. */
export function parseLocalDay(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(year, month - 1, day);
  if (date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date;
}

/** Local midnight that ends the given day (the start of the next one): an exclusive upper bound. */
export function endOfLocalDay(text: string): Date | null {
  const start = parseLocalDay(text);
  if (!start) return null;
  return new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
}

/** "2026-11-23" for the UTC calendar day: how the search language reads `created>=2026-11-23`. */
export function toUtcDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The UTC days from `days - 1` days ago up to today, both inclusive. */
export function lastUtcDays(days: number, now: Date = new Date()): { from: string; to: string } {
  const start = new Date(now.getTime() - (days - 1) * 86_400_000);
  return { from: toUtcDay(start), to: toUtcDay(now) };
}
