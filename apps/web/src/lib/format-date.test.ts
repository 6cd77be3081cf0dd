import { describe, expect, it } from "vitest";
import {
  endOfLocalDay,
  formatDateTime,
  formatRelative,
  formatShortDateTime,
  lastUtcDays,
  parseLocalDay,
  toLocalDay,
  toUtcDay,
} from "./format-date.ts";

const at = new Date("2026-11-23T13:03:05.123Z");

describe("absolute times", () => {
  it("formats the dense and the full form in a given zone", () => {
    expect(formatShortDateTime(at, { locale: "en-US", timeZone: "UTC" })).toBe("Nov 23, 13:03:05");
    expect(formatDateTime(at, { locale: "en-US", timeZone: "UTC" })).toBe("Nov 23, 2026, 13:03:05.123 UTC");
  });
});

describe("formatRelative", () => {
  const now = new Date("2026-11-23T12:00:00Z");
  const ago = (ms: number) => formatRelative(new Date(now.getTime() - ms), now);
  it("reads like a human", () => {
    expect(ago(2000)).toBe("just now");
    expect(ago(42_000)).toBe("42 s ago");
    expect(ago(5 * 60_000 + 10_000)).toBe("5 min ago");
    expect(ago(3 * 3_600_000)).toBe("3 h ago");
    expect(ago(50 * 3_600_000)).toBe("2 d ago");
    expect(ago(-5 * 60_000)).toBe("in 5 min");
  });
});

describe("local days", () => {
  it("round-trips a calendar day and rejects impossible ones", () => {
    const day = parseLocalDay("2026-02-28");
    expect(day).not.toBeNull();
    expect(day && toLocalDay(day)).toBe("2026-02-28");
    expect(parseLocalDay("2026-02-30")).toBeNull();
    expect(parseLocalDay("yesterday")).toBeNull();
  });

  it("ends a day at the next local midnight", () => {
    const end = endOfLocalDay("2026-12-31");
    expect(end && toLocalDay(end)).toBe("2027-01-01");
    expect(end?.getHours()).toBe(0);
  });
});

describe("UTC days", () => {
  it("names the UTC day and the last n days up to today", () => {
    const now = new Date("2026-11-23T23:30:00-05:00");
    expect(toUtcDay(now)).toBe("2026-11-24");
    expect(lastUtcDays(1, now)).toEqual({ from: "2026-11-24", to: "2026-11-24" });
    expect(lastUtcDays(7, now)).toEqual({ from: "2026-11-18", to: "2026-11-24" });
  });
});
