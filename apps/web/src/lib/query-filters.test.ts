import { describe, expect, it } from "vitest";
import { activeFilterCount, applyFilters, filtersFromQuery, toggleValue } from "./query-filters.ts";

describe("filtersFromQuery", () => {
  it("reads every control from the text", () => {
    const filters = filtersFromQuery(
      'provider:antom,POCKYT status:failed reason:insufficient_funds currency:eur method:alipay_cn brand:visa country:lt created>=2026-11-01 created<=2026-11-23 amount>=10 amount<=100.50 issuer:"Bank of X"',
    );
    expect(filters).toEqual({
      provider: ["antom", "pockyt"],
      status: ["failed"],
      reason: ["insufficient_funds"],
      currency: ["EUR"],
      method: ["alipay_cn"],
      brand: ["visa"],
      country: ["LT"],
      createdFrom: "2026-11-01",
      createdTo: "2026-11-23",
      amountMin: "10",
      amountMax: "100.50",
    });
    expect(activeFilterCount(filters)).toBe(9);
  });

  it("leaves negations, odd values and bare words to the text", () => {
    const filters = filtersFromQuery("-provider:antom created>=yesterday amount>=abc order-1");
    expect(filters.provider).toEqual([]);
    expect(filters.createdFrom).toBeNull();
    expect(filters.amountMin).toBeNull();
    expect(activeFilterCount(filters)).toBe(0);
  });
});

describe("applyFilters", () => {
  it("writes controls as query terms, keeping what the user typed", () => {
    const query = applyFilters("order-1", {
      provider: ["antom"],
      status: ["failed", "expired"],
      createdFrom: "2026-11-01",
      amountMax: "99.99",
    });
    expect(query).toBe("order-1 provider:antom status:failed,expired created>=2026-11-01 amount<=99.99");
    expect(filtersFromQuery(query)).toMatchObject({
      provider: ["antom"],
      status: ["failed", "expired"],
      createdFrom: "2026-11-01",
      amountMax: "99.99",
    });
  });

  it("replaces a strict bound and clears controls", () => {
    expect(applyFilters("created>2026-10-01 x", { createdFrom: "2026-11-01" })).toBe("created>=2026-11-01 x");
    expect(
      applyFilters("provider:antom created>=2026-11-01 amount>=5", {
        provider: [],
        createdFrom: null,
        amountMin: "  ",
      }),
    ).toBe("");
  });

  it("round-trips: controls → text → controls", () => {
    const patch = {
      reason: ["do_not_honor"],
      currency: ["EUR", "USD"],
      country: ["LT"],
      createdTo: "2026-11-23",
      amountMin: "100.00",
    };
    expect(filtersFromQuery(applyFilters("", patch))).toMatchObject(patch);
  });

  it("toggles list values", () => {
    expect(toggleValue(["a"], "b")).toEqual(["a", "b"]);
    expect(toggleValue(["a", "b"], "a")).toEqual(["b"]);
  });
});
