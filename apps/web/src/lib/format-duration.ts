// Durations such as webhook lag (provider event time → our receipt): short, readable, never misleadingly precise.

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function trimmed(value: number): string {
  return value.toFixed(1).replace(/\.0$/, "");
}

/** 640 → "640 ms", 4200 → "4.2 s", 42000 → "42 s", 200000 → "3 min 20 s", 7500000 → "2 h 5 min". */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return "—";
  const sign = ms < 0 ? "-" : "";
  const abs = Math.abs(Math.round(ms));
  if (abs < SECOND) return `${sign}${abs} ms`;
  if (abs < 10 * SECOND) return `${sign}${trimmed(abs / SECOND)} s`;
  if (abs < MINUTE) return `${sign}${Math.floor(abs / SECOND)} s`;
  if (abs < HOUR) {
    const minutes = Math.floor(abs / MINUTE);
    const seconds = Math.floor((abs % MINUTE) / SECOND);
    return `${sign}${minutes} min${seconds ? ` ${seconds} s` : ""}`;
  }
  if (abs < DAY) {
    const hours = Math.floor(abs / HOUR);
    const minutes = Math.floor((abs % HOUR) / MINUTE);
    return `${sign}${hours} h${minutes ? ` ${minutes} min` : ""}`;
  }
  const days = Math.floor(abs / DAY);
  const hours = Math.floor((abs % DAY) / HOUR);
  return `${sign}${days} d${hours ? ` ${hours} h` : ""}`;
}

export type LagTone = "ok" | "warn" | "bad";

/** Webhook lag as ops read it: under 5 s is healthy, under a minute is slow, beyond that is late. */
export function lagTone(ms: number): LagTone {
  const abs = Math.abs(ms);
  if (abs < 5 * SECOND) return "ok";
  if (abs < MINUTE) return "warn";
  return "bad";
}
