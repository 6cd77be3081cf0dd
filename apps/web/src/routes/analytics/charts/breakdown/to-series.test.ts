import { describe, expect, it } from "vitest";
import type { BreakdownRow } from "../../../../lib/analytics-types.ts";
import { changeTrend, sortBreakdown, toBreakdownBars } from "./to-series.ts";

const row = (
  segment: string,
  attempts: number,
  rate: number | null,
  ciLow: number | null,
  ciHigh: number | null,
  change: number | null = null,
): BreakdownRow => ({
  segment,
  attempts,
  approved: 0,
  declined: 0,
  rate,
  ciLow,
  ciHigh,
  previousRate: null,
  change,
  query: `bin:${segment}`,
});

const reliable = row("411111", 5000, 0.92, 0.91, 0.93, -0.02);
const thin = row("555555", 3, 1, 0.44, 1, 0.1);
const weak = row("400000", 800, 0.6, 0.56, 0.64, 0.001);
const none = row("377777", 2, null, null, null);

describe("breakdown shaping", () => {
  it("ranks by the interval so a thin segment does not top the best or the worst", () => {
    expect(sortBreakdown([thin, weak, reliable], "rate", "desc").map((r) => r.segment)).toEqual([
      "411111",
      "400000",
      "555555",
    ]);
    expect(sortBreakdown([thin, weak, reliable], "rate", "asc").map((r) => r.segment)).toEqual([
      "400000",
      "411111",
      "555555",
    ]);
  });

  it("sorts by attempts, change and name, with missing figures last", () => {
    expect(sortBreakdown([thin, none, reliable, weak], "attempts", "desc").map((r) => r.segment)).toEqual([
      "411111",
      "400000",
      "555555",
      "377777",
    ]);
    expect(sortBreakdown([none, thin, reliable], "change", "asc").map((r) => r.segment)).toEqual([
      "411111",
      "555555",
      "377777",
    ]);
    expect(sortBreakdown([thin, reliable, weak], "segment", "asc").map((r) => r.segment)).toEqual([
      "400000",
      "411111",
      "555555",
    ]);
  });

  it("charts the busiest segments with their intervals around the rate", () => {
    const bars = toBreakdownBars([thin, weak, reliable, none], 2);
    expect(bars.map((bar) => bar.segment)).toEqual(["411111", "400000"]);
    expect(bars[0]?.interval[0]).toBeCloseTo(0.01);
    expect(bars[0]?.interval[1]).toBeCloseTo(0.01);
    expect(bars[0]?.query).toBe("bin:411111");
  });

  it("calls a change under half a point flat", () => {
    expect([changeTrend(-0.02), changeTrend(0.1), changeTrend(0.001), changeTrend(null)]).toEqual([
      "down",
      "up",
      "flat",
      "flat",
    ]);
  });
});
