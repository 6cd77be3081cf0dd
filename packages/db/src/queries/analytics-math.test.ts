import { describe, expect, it } from "vitest";
import { binOf, binUpperMs, bucketInterval, percentileOf, THIN_BUCKET_DECIDED, wilson } from "./analytics-math.ts";

describe("wilson", () => {
  it("matches the textbook interval", () => {
    const ci = wilson(81, 263);
    expect(ci?.low).toBeCloseTo(0.2553, 3);
    expect(ci?.high).toBeCloseTo(0.3662, 3);
    expect(wilson(0, 0)).toBeNull();
    expect(wilson(3, 3)?.low).toBeCloseTo(0.4385, 3);
  });
  it("ranks a tiny perfect segment below a large good one by the lower bound", () => {
    expect(wilson(3, 3)?.low ?? 1).toBeLessThan(wilson(900, 1000)?.low ?? 0);
  });
});

describe("bucketInterval", () => {
  it("gives each bucket its Wilson interval and marks the ones with few decided attempts", () => {
    expect(bucketInterval(3, 1)).toEqual({ ciLow: wilson(3, 4)?.low, ciHigh: wilson(3, 4)?.high, thin: true });
    expect(bucketInterval(3, 1).ciLow ?? 1).toBeLessThan(0.35);
    expect(bucketInterval(THIN_BUCKET_DECIDED, 0).thin).toBe(false);
    expect(bucketInterval(THIN_BUCKET_DECIDED - 1, 0).thin).toBe(true);
    expect(bucketInterval(0, 0)).toEqual({ ciLow: null, ciHigh: null, thin: false });
  });
});

describe("histogram percentiles", () => {
  it("never under-reports and stays within one bin (≤ 19 %) of the exact value", () => {
    const values = Array.from({ length: 5000 }, (_, i) => 1 + Math.floor(((i * 7919) % 5000) ** 1.7 / 10));
    const bins = new Map<number, number>();
    for (const v of values) bins.set(binOf(v), (bins.get(binOf(v)) ?? 0) + 1);
    const sorted = [...values].sort((a, b) => a - b);
    for (const p of [0.5, 0.95, 0.99]) {
      const exact = sorted[Math.ceil(p * sorted.length) - 1] ?? 0;
      const estimate = percentileOf(bins, p) ?? 0;
      expect(estimate).toBeGreaterThanOrEqual(exact);
      expect(estimate).toBeLessThanOrEqual(exact * 2 ** 0.25 + 1e-9);
    }
  });
  it("puts exact powers on their own bound", () => {
    expect(binOf(16)).toBe(16);
    expect(binUpperMs(binOf(16))).toBe(16);
    expect(binOf(17)).toBe(17);
    expect(percentileOf(new Map(), 0.5)).toBeNull();
  });
});
