import { describe, expect, it } from "vitest";
import { lastDue, nextDue, reportedDays, zonedHour, type ReportTiming } from "./report-schedule.ts";

const daily = (hour: number, timeZone: string): ReportTiming => ({ cadence: "daily", hour, weekday: null, timeZone });
const at = (iso: string) => new Date(iso);

describe("report due times", () => {
  it("is due daily at the hour of the zone, the period named by the local day", () => {
    const warsaw = daily(7, "Europe/Warsaw");
    // 07:00 in Warsaw in December is 06:00 UTC.
    expect(lastDue(warsaw, at("2026-12-07T06:00:00Z"))).toEqual({
      period: "2026-12-07",
      dueAt: at("2026-12-07T06:00:00Z"),
    });
    expect(lastDue(warsaw, at("2026-12-07T05:59:59Z"))).toEqual({
      period: "2026-12-06",
      dueAt: at("2026-12-06T06:00:00Z"),
    });
    expect(nextDue(warsaw, at("2026-12-07T06:00:00Z")).dueAt).toEqual(at("2026-12-08T06:00:00Z"));
  });

  it("names the period by the zone's day, not UTC's", () => {
    // 23:30 UTC on the 6th is already the 7th in Minsk (UTC+3): today's 01:00 there has passed.
    expect(lastDue(daily(1, "Europe/Minsk"), at("2026-12-06T23:30:00Z"))).toEqual({
      period: "2026-12-07",
      dueAt: at("2026-12-06T22:00:00Z"),
    });
    // And in Los Angeles it is still the 6th, 15:30: its 16:00 is not due yet.
    expect(lastDue(daily(16, "America/Los_Angeles"), at("2026-12-06T23:30:00Z")).period).toBe("2026-12-05");
  });

  it("is due weekly on the chosen weekday only", () => {
    const monday9 = { cadence: "weekly", hour: 9, weekday: 1, timeZone: "UTC" } as const;
    // 2026-12-07 is a Monday.
    expect(lastDue(monday9, at("2026-12-07T08:59:00Z")).period).toBe("2026-11-30");
    expect(lastDue(monday9, at("2026-12-07T09:00:00Z")).period).toBe("2026-12-07");
    expect(lastDue(monday9, at("2026-12-13T23:00:00Z")).period).toBe("2026-12-07");
    expect(nextDue(monday9, at("2026-12-07T09:00:00Z")).period).toBe("2026-12-14");
    const sunday = { ...monday9, weekday: 7 };
    expect(lastDue(sunday, at("2026-12-07T09:00:00Z")).period).toBe("2026-12-06");
  });

  it("keeps the local hour across a DST change, one run per day", () => {
    const warsaw = daily(9, "Europe/Warsaw");
    // Summer time starts on 2026-03-29: 09:00 is 08:00 UTC before and 07:00 UTC after.
    expect(lastDue(warsaw, at("2026-03-28T12:00:00Z")).dueAt).toEqual(at("2026-03-28T08:00:00Z"));
    expect(lastDue(warsaw, at("2026-03-29T12:00:00Z")).dueAt).toEqual(at("2026-03-29T07:00:00Z"));
    // It ends on 2026-10-25: back to 08:00 UTC.
    expect(lastDue(warsaw, at("2026-10-25T12:00:00Z")).dueAt).toEqual(at("2026-10-25T08:00:00Z"));
    expect(lastDue(warsaw, at("2026-10-24T12:00:00Z")).dueAt).toEqual(at("2026-10-24T07:00:00Z"));
  });

  it("sends an hour skipped by spring-forward just after the gap, and a doubled autumn hour once", () => {
    // 02:00 does not exist in Warsaw on 2026-03-29: the clocks jump from 02:00 to 03:00 (01:00 UTC).
    expect(zonedHour("2026-03-29", 2, "Europe/Warsaw")).toEqual(at("2026-03-29T01:00:00Z"));
    const twoAm = daily(2, "Europe/Warsaw");
    expect(lastDue(twoAm, at("2026-03-29T00:59:00Z")).period).toBe("2026-03-28");
    expect(lastDue(twoAm, at("2026-03-29T01:00:00Z")).period).toBe("2026-03-29");
    // 02:00 happens twice on 2026-10-25 (00:00 and 01:00 UTC): the first one, and the second is the same period.
    expect(zonedHour("2026-10-25", 2, "Europe/Warsaw")).toEqual(at("2026-10-25T00:00:00Z"));
    expect(lastDue(twoAm, at("2026-10-25T00:30:00Z"))).toEqual({
      period: "2026-10-25",
      dueAt: at("2026-10-25T00:00:00Z"),
    });
    expect(lastDue(twoAm, at("2026-10-25T01:30:00Z")).period).toBe("2026-10-25");
  });

  it("reports the day before, or the seven days before", () => {
    expect(reportedDays("daily", "2026-03-01")).toEqual({ from: "2026-02-28", to: "2026-02-28" });
    expect(reportedDays("weekly", "2026-12-07")).toEqual({ from: "2026-11-30", to: "2026-12-06" });
  });
});
