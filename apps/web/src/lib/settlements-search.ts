// The Settlements screen's view lives in the URL: period, time zone, provider, account, currency, and the day opened.
import { isProviderId } from "@paylens/providers/catalog";

export interface SettlementsSearch {
  /** First and last day, both included (YYYY-MM-DD, in `tz`). */
  from?: string;
  to?: string;
  /** IANA time zone the days are cut in; UTC when absent. */
  tz?: string;
  provider?: string;
  account?: string;
  currency?: string;
  /** The day row opened for drill-down: day, account and currency. */
  day?: string;
  dayAccount?: string;
  dayCurrency?: string;
}

export { PROVIDERS } from "./vocabulary.ts";
export const TIME_ZONES = [
  "UTC",
  "Europe/London",
  "Europe/Warsaw",
  "Europe/Berlin",
  "America/New_York",
  "America/Los_Angeles",
  "Asia/Shanghai",
  "Asia/Tokyo",
  "Australia/Sydney",
];

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const DEFAULT_DAYS = 14;

const day = (v: unknown) => (typeof v === "string" && DAY.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined);
const text = (v: unknown, pattern: RegExp) => (typeof v === "string" && pattern.test(v) ? v : undefined);

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return /^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name);
  } catch {
    return false;
  }
}

export function validateSettlementsSearch(raw: Record<string, unknown>): SettlementsSearch {
  const tz = typeof raw.tz === "string" && isTimeZone(raw.tz) && raw.tz !== "UTC" ? raw.tz : undefined;
  const search: SettlementsSearch = {
    from: day(raw.from),
    to: day(raw.to),
    tz,
    provider: typeof raw.provider === "string" && isProviderId(raw.provider) ? raw.provider : undefined,
    account: text(raw.account, /^[\w.:-]{1,100}$/),
    currency: text(raw.currency, /^[A-Z]{3}$/),
    day: day(raw.day),
    dayAccount: text(raw.dayAccount, /^[\w.:-]{1,100}$/),
    dayCurrency: text(raw.dayCurrency, /^[A-Z]{3}$/),
  };
  return Object.fromEntries(Object.entries(search).filter(([, v]) => v !== undefined)) as SettlementsSearch;
}

/** Today in the zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat("en-CA", {
    timeZone,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}`;
}

export function addDays(dayText: string, days: number): string {
  const [y, m, d] = dayText.split("-").map(Number);
  return new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days)).toISOString().slice(0, 10);
}

export interface Period {
  from: string;
  to: string;
  timeZone: string;
  provider?: string;
  accountId?: string;
  currency?: string;
}

/** The API's period: the URL's, or the last two weeks up to today in the zone. */
export function periodOf(search: SettlementsSearch, now = new Date()): Period {
  const timeZone = search.tz ?? "UTC";
  const to = search.to ?? todayIn(timeZone, now);
  const from = search.from ?? addDays(to, -(DEFAULT_DAYS - 1));
  return {
    from: from <= to ? from : to,
    to,
    timeZone,
    ...(search.provider ? { provider: search.provider } : {}),
    ...(search.account ? { accountId: search.account } : {}),
    ...(search.currency ? { currency: search.currency } : {}),
  };
}

/** The query string of a CSV export of the period. */
export function exportQuery(period: Period, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams({ from: period.from, to: period.to, timeZone: period.timeZone, ...extra });
  if (period.provider) params.set("provider", period.provider);
  if (period.accountId) params.set("accountId", period.accountId);
  if (period.currency) params.set("currency", period.currency);
  return params.toString();
}

/** Transactions created on that day in the zone, in the search language (the day's instants, so any zone works). */
export function daySearchQuery(accountId: string, currency: string, startIso: string, endIso: string): string {
  return `account:${accountId} currency:${currency} created>=${startIso} created<${endIso}`;
}

/** The instant a day starts in a zone (DST-aware: the offset is read at the candidate instant, twice). */
export function startOfDayIn(dayText: string, timeZone: string): Date {
  const [y, m, d] = dayText.split("-").map(Number);
  const wall = Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1);
  const offset = (at: number) => {
    const parts = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    }).formatToParts(new Date(at));
    const p = (type: string) => Number(parts.find((x) => x.type === type)?.value ?? 0);
    return Date.UTC(p("year"), p("month") - 1, p("day"), p("hour"), p("minute"), p("second")) - at;
  };
  const first = wall - offset(wall);
  return new Date(wall - offset(first));
}
