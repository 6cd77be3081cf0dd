import { describe, expect, it } from "vitest";
import { approvalTotals, toApprovalRows, toProviderPanels } from "./to-series.ts";

const point = (minute: number, approved: number, declined: number, errors = 0, pending = 0) => ({
  t: new Date(Date.UTC(2025, 0, 1, 0, minute)),
  approved,
  declined,
  errors,
  pending,
  rate: approved + declined ? approved / (approved + declined) : null,
  // Stand-ins for the server's Wilson bounds: the shaping only carries them.
  ciLow: approved + declined ? 0.1 : null,
  ciHigh: approved + declined ? 0.9 : null,
  thin: approved + declined > 0 && approved + declined < 20,
});

describe("approval rate shaping", () => {
  it("orders buckets by time and adds the volume of every outcome", () => {
    const rows = toApprovalRows([point(5, 8, 2, 1, 1), point(0, 0, 0)]);
    expect(rows.map((row) => row.t)).toEqual([Date.UTC(2025, 0, 1, 0, 0), Date.UTC(2025, 0, 1, 0, 5)]);
    expect(rows[1]).toMatchObject({ rate: 0.8, attempts: 12, errors: 1, pending: 1 });
    expect(rows[0]?.rate).toBeNull();
  });

  it("keeps thin buckets off the line, as marks with their interval", () => {
    const [thin, solid, empty] = toApprovalRows([point(0, 3, 1), point(5, 40, 10), point(10, 0, 0)]);
    expect(thin).toMatchObject({ rate: 0.75, lineRate: null, thinRate: 0.75, ci: [0.1, 0.9], band: null });
    expect(thin?.thinError?.[0]).toBeCloseTo(0.65);
    expect(thin?.thinError?.[1]).toBeCloseTo(0.15);
    expect(solid).toMatchObject({ rate: 0.8, lineRate: 0.8, thinRate: null, band: [0.1, 0.9], thinError: null });
    expect(empty).toMatchObject({ rate: null, lineRate: null, thinRate: null, ci: null, band: null });
  });

  it("computes the period rate from counts, leaving errors and pending out of it", () => {
    const totals = approvalTotals([point(0, 9, 1, 5, 5), point(5, 1, 9)]);
    expect(totals).toEqual({ approved: 10, declined: 10, errors: 5, pending: 5, attempts: 30, rate: 0.5 });
    expect(approvalTotals([point(0, 0, 0, 3)]).rate).toBeNull();
  });

  it("gives one panel per provider with traffic, in name order", () => {
    const panels = toProviderPanels({
      definition: "",
      thinBelow: 20,
      series: [],
      byProvider: [
        { provider: "pockyt", series: [point(0, 1, 1)] },
        { provider: "antom", series: [point(0, 3, 1)] },
        { provider: "begateway", series: [point(0, 0, 0)] },
      ],
    });
    expect(panels.map((panel) => [panel.provider, panel.totals.rate])).toEqual([
      ["antom", 0.75],
      ["pockyt", 0.5],
    ]);
  });
});
