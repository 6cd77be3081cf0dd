// Axis, tooltip and table formatters every chart shares: rates, durations, counts and bucket times, written the way
// the console's language writes numbers and units.
import { formatNumber, t } from "../../i18n/index.ts";

/** 0.9734 → "97.3%"; 1 → "100%"; tiny differences keep a second decimal near 100% ("99.95%"). */
export function formatPercent(rate: number | null | undefined, digits = 1): string {
  if (rate === null || rate === undefined || !Number.isFinite(rate)) return "—";
  const value = rate * 100;
  const places = value === 100 || value === 0 ? 0 : value > 99 && value < 100 && digits < 2 ? 2 : digits;
  return formatNumber(rate, { style: "percent", maximumFractionDigits: places });
}

/** A change in rate, in percentage points with a sign: 0.031 → "+3.1 pp", -0.2 → "−20 pp". */
export function formatPoints(change: number | null | undefined): string {
  if (change === null || change === undefined || !Number.isFinite(change)) return "—";
  const value = Math.round(change * 1000) / 10;
  if (value === 0) return t("common.units.points", { value: formatNumber(0) });
  const size = formatNumber(Math.abs(value), { maximumFractionDigits: 1 });
  return t("common.units.points", { value: `${value > 0 ? "+" : "−"}${size}` });
}

/** Latency and lag: 840 → "840 ms", 1530 → "1.5 s", 95000 → "1.6 min", 7200000 → "2 h". */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return "—";
  const abs = Math.abs(ms);
  const sign = ms < 0 ? "-" : "";
  const short = (value: number) => sign + formatNumber(value, { maximumFractionDigits: value < 10 ? 1 : 0 });
  if (abs < 1000) return t("common.units.ms", { value: short(Math.round(abs)) });
  if (abs < 60_000) return t("common.units.s", { value: short(abs / 1000) });
  if (abs < 3_600_000) return t("common.units.min", { value: short(abs / 60_000) });
  return t("common.units.h", { value: short(abs / 3_600_000) });
}

/** 1234567 → "1,234,567". */
export function formatCount(count: number | null | undefined): string {
  if (count === null || count === undefined || !Number.isFinite(count)) return "—";
  return formatNumber(Math.round(count));
}

/** Axis ticks: 1234 → "1.2k", 2500000 → "2.5M". */
export function formatCompact(count: number): string {
  const abs = Math.abs(count);
  const short = (value: number, unit: string) => `${value.toFixed(1).replace(/\.0$/, "")}${unit}`;
  if (abs >= 1_000_000) return short(count / 1_000_000, "M");
  if (abs >= 1000) return short(count / 1000, "k");
  return String(Math.round(count));
}

/** A bucket's start, in UTC like the rest of the console: minutes for short buckets, the day for daily ones. */
export function formatBucketTime(t: number | Date, bucket: string): string {
  const date = new Date(t);
  const iso = date.toISOString();
  const day = `${iso.slice(5, 7)}-${iso.slice(8, 10)}`;
  if (bucket === "1d") return day;
  if (bucket === "1m" || bucket === "5m" || bucket === "15m") return iso.slice(11, 16);
  return `${day} ${iso.slice(11, 16)}`;
}
