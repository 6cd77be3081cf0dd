import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "../../i18n/index.ts";
import { formatBucketTime, formatCompact, formatCount, formatMs, formatPercent, formatPoints } from "./format-chart.ts";

describe("chart formatters", () => {
  it("formats rates with sensible decimals", () => {
    expect(formatPercent(0.9734)).toBe("97.3%");
    expect(formatPercent(0.5)).toBe("50%");
    expect(formatPercent(1)).toBe("100%");
    expect(formatPercent(0)).toBe("0%");
    expect(formatPercent(0.99951)).toBe("99.95%");
    expect(formatPercent(null)).toBe("—");
    expect(formatPercent(0.5, 0)).toBe("50%");
    expect(formatPercent(0.8)).toBe("80%");
  });

  it("formats changes in percentage points with a sign", () => {
    expect(formatPoints(0.031)).toBe("+3.1 pp");
    expect(formatPoints(-0.2)).toBe("−20 pp");
    expect(formatPoints(0.0001)).toBe("0 pp");
    expect(formatPoints(null)).toBe("—");
  });

  it("formats durations in ms, s, min and h", () => {
    expect(formatMs(840)).toBe("840 ms");
    expect(formatMs(1530)).toBe("1.5 s");
    expect(formatMs(42_000)).toBe("42 s");
    expect(formatMs(95_000)).toBe("1.6 min");
    expect(formatMs(7_200_000)).toBe("2 h");
    expect(formatMs(null)).toBe("—");
  });

  it("formats counts in full and compact", () => {
    expect(formatCount(1_234_567)).toBe("1,234,567");
    expect(formatCompact(1234)).toBe("1.2k");
    expect(formatCompact(2_500_000)).toBe("2.5M");
    expect(formatCompact(12)).toBe("12");
  });

  it("formats bucket times in UTC by bucket size", () => {
    const t = Date.UTC(2025, 2, 4, 9, 5);
    expect(formatBucketTime(t, "5m")).toBe("09:05");
    expect(formatBucketTime(t, "1h")).toBe("03-04 09:05");
    expect(formatBucketTime(t, "1d")).toBe("03-04");
  });

  describe("in Russian and Polish", () => {
    afterEach(() => setLanguage("en"));

    it("writes numbers and units as the language does", async () => {
      await setLanguage("ru");
      expect(formatMs(1530)).toBe("1,5 с");
      expect(formatMs(7_200_000)).toBe("2 ч");
      expect(formatPercent(0.973).replace(/\s/g, " ")).toBe("97,3 %");
      expect(formatPoints(0.031)).toBe("+3,1 п. п.");
      expect(formatCount(1234567).replace(/\s/g, " ")).toBe("1 234 567");
      await setLanguage("pl");
      expect(formatMs(95_000)).toBe("1,6 min");
      expect(formatMs(7_200_000)).toBe("2 godz.");
    });
  });
});
