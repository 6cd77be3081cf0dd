// Durations such as webhook lag (provider event time → our receipt): short, readable, never misleadingly precise,
// with the units of the console's language.
import { formatNumber, t } from "../i18n/index.ts";

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = "ms" | "s" | "min" | "h" | "d";

/** A value in a unit, written the console's way: "4.2 s", "4,2 с", "738 мс". */
function unit(key: Unit, value: number): string {
  return t(`common.units.${key}`, { value: formatNumber(value, { maximumFractionDigits: 1 }) });
}

/** 640 → "640 ms", 4200 → "4.2 s", 42000 → "42 s", 200000 → "3 min 20 s", 7500000 → "2 h 5 min". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return "—";
  const sign = ms < 0 ? "-" : "";
  const abs = Math.abs(Math.round(ms));
  if (abs < SECOND) return sign + unit("ms", abs);
  if (abs < 10 * SECOND) return sign + unit("s", Math.round(abs / 100) / 10);
  if (abs < MINUTE) return sign + unit("s", Math.floor(abs / SECOND));
  const [big, small, bigSize, smallSize]: [Unit, Unit, number, number] =
    abs < HOUR ? ["min", "s", MINUTE, SECOND] : abs < DAY ? ["h", "min", HOUR, MINUTE] : ["d", "h", DAY, HOUR];
  const whole = Math.floor(abs / bigSize);
  const rest = Math.floor((abs % bigSize) / smallSize);
  return sign + unit(big, whole) + (rest ? ` ${unit(small, rest)}` : "");
}

export type LagTone = "ok" | "warn" | "bad";

/** Webhook lag as ops read it: under 5 s is healthy, under a minute is slow, beyond that is late. */
export function lagTone(ms: number): LagTone {
  const abs = Math.abs(ms);
  if (abs < 5 * SECOND) return "ok";
  if (abs < MINUTE) return "warn";
  return "bad";
}
