import { describe, expect, it } from "vitest";
import {
  addDays,
  daySearchQuery,
  exportQuery,
  periodOf,
  startOfDayIn,
  todayIn,
  validateSettlementsSearch,
} from "./settlements-search.ts";

describe("settlements search", () => {
  it("keeps only valid filters from the URL", () => {
    expect(
      validateSettlementsSearch({
        from: "2026-11-01",
        to: "2026-11-31x",
        tz: "Europe/Warsaw",
        provider: "stripe",
        account: "begateway-361",
        currency: "eur",
        day: "2026-11-05",
      }),
    ).toEqual({ from: "2026-11-01", tz: "Europe/Warsaw", account: "begateway-361", day: "2026-11-05" });
    expect(validateSettlementsSearch({ tz: "Mars/Olympus" })).toEqual({});
    expect(validateSettlementsSearch({ tz: "UTC" })).toEqual({});
  });

  it("defaults to the last fourteen days up to today in the zone", () => {
    const now = new Date("2026-12-03T23:30:00Z");
    expect(todayIn("Asia/Tokyo", now)).toBe("2026-12-04");
    expect(periodOf({}, now)).toEqual({ from: "2026-11-20", to: "2026-12-03", timeZone: "UTC" });
    expect(periodOf({ tz: "Asia/Tokyo", provider: "antom", currency: "USD" }, now)).toEqual({
      from: "2026-11-21",
      to: "2026-12-04",
      timeZone: "Asia/Tokyo",
      provider: "antom",
      currency: "USD",
    });
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("builds export links and a search for a day's transactions", () => {
    expect(
      exportQuery(
        { from: "2026-11-01", to: "2026-11-30", timeZone: "Europe/Warsaw", accountId: "antom-3ds" },
        { states: "open,resolved" },
      ),
    ).toBe("from=2026-11-01&to=2026-11-30&timeZone=Europe%2FWarsaw&states=open%2Cresolved&accountId=antom-3ds");
    expect(startOfDayIn("2026-10-25", "Europe/Warsaw").toISOString()).toBe("2026-10-24T22:00:00.000Z");
    expect(startOfDayIn("2026-10-26", "Europe/Warsaw").toISOString()).toBe("2026-10-25T23:00:00.000Z");
    expect(daySearchQuery("antom-3ds", "EUR", "2026-10-24T22:00:00.000Z", "2026-10-25T23:00:00.000Z")).toBe(
      "account:antom-3ds currency:EUR created>=2026-10-24T22:00:00.000Z created<2026-10-25T23:00:00.000Z",
    );
  });
});
