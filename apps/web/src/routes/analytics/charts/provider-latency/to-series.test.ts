import { describe, expect, it } from "vitest";
import type { LatencyOutput } from "../../../../lib/analytics-types.ts";
import { latencyOperations, sortLatencySummary, toLatencyLines } from "./to-series.ts";

const t0 = new Date(Date.UTC(2025, 0, 1, 0));
const base = { p50: 100, p95: 300, p99: 900, count: 10, errorShare: 0, timeoutShare: 0 };
const output: LatencyOutput = {
  series: [
    { ...base, t: t0, provider: "antom", operation: "pay", p95: 420 },
    { ...base, t: t0, provider: "pockyt", operation: "pay", p95: 610 },
    { ...base, t: t0, provider: "antom", operation: "refund", p95: 5000 },
  ],
  summary: [
    { ...base, provider: "pockyt", operation: "pay", count: 40 },
    { ...base, provider: "antom", operation: "refund", count: 5, errorShare: 0.2 },
    { ...base, provider: "antom", operation: "pay", count: 50 },
  ],
};

describe("provider latency shaping", () => {
  it("offers operations busiest first", () => {
    expect(latencyOperations(output)).toEqual(["pay", "refund"]);
  });

  it("draws one line per provider for the chosen operation and percentile", () => {
    expect(toLatencyLines(output, "pay", "p95")).toEqual({
      keys: ["antom", "pockyt"],
      rows: [{ t: t0.getTime(), antom: 420, pockyt: 610 }],
    });
    expect(toLatencyLines(output, "refund", "p95").keys).toEqual(["antom"]);
  });

  it("orders the summary by provider, then traffic", () => {
    expect(sortLatencySummary(output.summary).map((row) => `${row.provider}/${row.operation}`)).toEqual([
      "antom/pay",
      "antom/refund",
      "pockyt/pay",
    ]);
  });
});
