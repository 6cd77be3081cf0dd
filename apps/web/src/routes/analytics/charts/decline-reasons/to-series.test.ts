import { describe, expect, it } from "vitest";
import type { DeclinesOutput } from "../../../../lib/analytics-types.ts";
import { toDeclineStack, toReasonBars, topReasons } from "./to-series.ts";

const t0 = new Date(Date.UTC(2025, 0, 1, 0));
const t1 = new Date(Date.UTC(2025, 0, 1, 1));
const output: DeclinesOutput = {
  reasons: [
    { reason: "do_not_honor", count: 5, share: 0.5 },
    { reason: "insufficient_funds", count: 4, share: 0.4 },
    { reason: "expired_card", count: 1, share: 0.1 },
  ],
  codes: [],
  series: [
    { t: t1, reason: "do_not_honor", count: 3 },
    { t: t0, reason: "do_not_honor", count: 2 },
    { t: t0, reason: "insufficient_funds", count: 4 },
    { t: t1, reason: "expired_card", count: 1 },
  ],
};

describe("decline reasons shaping", () => {
  it("keeps the most frequent reasons and stacks the rest as other, every key on every row", () => {
    const keys = topReasons(output, 2);
    expect(keys).toEqual(["do_not_honor", "insufficient_funds"]);
    const { rows, hasOther } = toDeclineStack(output, keys);
    expect(hasOther).toBe(true);
    expect(rows).toEqual([
      { t: t0.getTime(), do_not_honor: 2, insufficient_funds: 4, other: 0 },
      { t: t1.getTime(), do_not_honor: 3, insufficient_funds: 0, other: 1 },
    ]);
  });

  it("ranks reasons by count", () => {
    expect(toReasonBars({ ...output, reasons: [...output.reasons].reverse() }, 2).map((bar) => bar.reason)).toEqual([
      "do_not_honor",
      "insufficient_funds",
    ]);
  });
});
