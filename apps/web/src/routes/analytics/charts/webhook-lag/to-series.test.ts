import { describe, expect, it } from "vitest";
import type { WebhookLagOutput } from "../../../../lib/analytics-types.ts";
import { pivotPercentile, toHistogram, toLagCounters } from "./to-series.ts";

const t0 = new Date(Date.UTC(2025, 0, 1, 0));
const t1 = new Date(Date.UTC(2025, 0, 1, 1));
const output: WebhookLagOutput = {
  sloMs: 60_000,
  series: [
    { t: t1, provider: "antom", p50: 800, p95: 2000, p99: 9000, count: 10 },
    { t: t0, provider: "antom", p50: 700, p95: 1500, p99: 4000, count: 5 },
    { t: t0, provider: "pockyt", p50: 0, p95: 90_000, p99: null, count: 2 },
  ],
  histogram: [
    { provider: "pockyt", upperMs: 1000, count: 1 },
    { provider: "antom", upperMs: 1000, count: 9 },
    { provider: "antom", upperMs: 100, count: 4 },
  ],
  late: [{ provider: "pockyt", count: 1 }],
  missing: [{ provider: "begateway", count: 3 }],
  duplicates: [],
  rejected: [{ provider: "antom", count: 2 }],
};

describe("webhook lag shaping", () => {
  it("gives one column per provider for the chosen percentile, gaps as null and zero drawn at 1 ms", () => {
    expect(pivotPercentile(output.series, "p95")).toEqual({
      keys: ["antom", "pockyt"],
      rows: [
        { t: t0.getTime(), antom: 1500, pockyt: 90_000 },
        { t: t1.getTime(), antom: 2000, pockyt: null },
      ],
    });
    expect(pivotPercentile(output.series, "p50").rows[0]?.pockyt).toBe(1);
  });

  it("lays the histogram out by upper bound with a count per provider", () => {
    expect(toHistogram(output)).toEqual({
      providers: ["antom", "pockyt"],
      rows: [
        { upperMs: 100, antom: 4, pockyt: 0 },
        { upperMs: 1000, antom: 9, pockyt: 1 },
      ],
    });
  });

  it("counts received, late, missing, duplicate and rejected webhooks per provider", () => {
    expect(toLagCounters(output)).toEqual([
      { provider: "antom", received: 15, late: 0, missing: 0, duplicates: 0, rejected: 2 },
      { provider: "begateway", received: 0, late: 0, missing: 3, duplicates: 0, rejected: 0 },
      { provider: "pockyt", received: 2, late: 1, missing: 0, duplicates: 0, rejected: 0 },
    ]);
  });
});
