import { describe, expect, it } from "vitest";
import {
  analyticsScope,
  analyticsSearchOf,
  analyticsWindow,
  bucketsFor,
  resolveAnalyticsView,
  validateAnalyticsSearch,
} from "./analytics-search.ts";

describe("analytics URL state", () => {
  it("leaves defaults out, so the plain view has a clean URL", () => {
    expect(validateAnalyticsSearch({})).toEqual({});
    expect(validateAnalyticsSearch({ range: "24h", bucket: "15m", dim: "bin", sort: "attempts", dir: "desc" })).toEqual(
      {},
    );
    expect(resolveAnalyticsView({})).toMatchObject({
      range: "24h",
      bucket: "15m",
      dimension: "bin",
      sort: "attempts",
      dir: "desc",
      split: false,
    });
  });

  it("round-trips every setting through the URL", () => {
    const raw = {
      range: "7d",
      bucket: "6h",
      provider: "antom,pockyt",
      account: "shop-eu",
      currency: "EUR,USD",
      split: "provider",
      dim: "issuer",
      sort: "rate",
      dir: "asc",
    };
    const search = validateAnalyticsSearch(raw);
    expect(search).toEqual(raw);
    const view = resolveAnalyticsView(search);
    expect(view).toEqual({
      range: "7d",
      bucket: "6h",
      providers: ["antom", "pockyt"],
      accounts: ["shop-eu"],
      currencies: ["EUR", "USD"],
      split: true,
      dimension: "issuer",
      sort: "rate",
      dir: "asc",
    });
    expect(analyticsSearchOf(view)).toEqual(search);
    expect(new URLSearchParams(search as Record<string, string>).toString()).toBe(
      "range=7d&bucket=6h&provider=antom%2Cpockyt&account=shop-eu&currency=EUR%2CUSD&split=provider&dim=issuer&sort=rate&dir=asc",
    );
  });

  it("chooses the bucket from the range and drops buckets that do not fit it", () => {
    expect(resolveAnalyticsView(validateAnalyticsSearch({ range: "1h" })).bucket).toBe("1m");
    expect(resolveAnalyticsView(validateAnalyticsSearch({ range: "90d" })).bucket).toBe("1d");
    expect(validateAnalyticsSearch({ range: "90d", bucket: "1m" })).toEqual({ range: "90d" });
    expect(validateAnalyticsSearch({ range: "1h", bucket: "1d" })).toEqual({ range: "1h" });
    expect(bucketsFor("1h")).toEqual(["1m", "5m", "15m", "1h"]);
  });

  it("ignores unknown values and normalizes lists", () => {
    expect(
      validateAnalyticsSearch({ range: "1y", provider: "stripe,antom,antom", currency: "eur,euro", dim: "planet" }),
    ).toEqual({ provider: "antom", currency: "EUR" });
  });

  it("turns the view into the procedure window and filters", () => {
    const view = resolveAnalyticsView({ range: "6h", provider: "antom" });
    const now = Date.UTC(2025, 0, 1, 12, 0, 30);
    const { from, to } = analyticsWindow(view, now);
    expect(to.toISOString()).toBe("2025-01-01T12:01:00.000Z");
    expect(from.toISOString()).toBe("2025-01-01T06:00:00.000Z");
    expect(analyticsScope(view)).toEqual({ provider: ["antom"] });
  });
});
