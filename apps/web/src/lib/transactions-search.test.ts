import { describe, expect, it } from "vitest";
import { toLocalDay } from "./format-date.ts";
import { hasFilters, parseList, toListInput, toggleInList, validateTransactionsSearch } from "./transactions-search.ts";
import { PROVIDERS } from "./vocabulary.ts";

describe("validateTransactionsSearch", () => {
  it("keeps known values in canonical order and drops the rest", () => {
    expect(
      validateTransactionsSearch({ provider: "pockyt,stripe,begateway,pockyt", status: "failed,nope", size: 100, from: "2026-11-01", to: "not-a-day" }),
    ).toEqual({ provider: "begateway,pockyt", status: "failed", size: 100, from: "2026-11-01" });
  });

  it("leaves the default page size and bad cursors out of the URL", () => {
    expect(validateTransactionsSearch({ size: 50, cursor: "abc/def" })).toEqual({});
    expect(validateTransactionsSearch({ size: "25", cursor: "MjAyNi0xMS0yM1Q" })).toEqual({ size: 25, cursor: "MjAyNi0xMS0yM1Q" });
    expect(validateTransactionsSearch({ size: 30 })).toEqual({});
  });

  it("accepts arrays from older links", () => {
    expect(validateTransactionsSearch({ provider: ["antom", "begateway"] })).toEqual({ provider: "begateway,antom" });
  });
});

describe("toListInput", () => {
  it("maps the view to the API input with an exclusive end of day", () => {
    const input = toListInput({ provider: "antom", status: "failed,error", from: "2026-11-01", to: "2026-11-23", size: 25 });
    expect(input.provider).toEqual(["antom"]);
    expect(input.status).toEqual(["failed", "error"]);
    expect(input.limit).toBe(25);
    expect(input.cursor).toBeNull();
    expect(input.from && toLocalDay(input.from)).toBe("2026-11-01");
    expect(input.to && toLocalDay(input.to)).toBe("2026-11-24");
  });

  it("sends only the page size by default", () => {
    expect(toListInput({})).toEqual({ limit: 50, cursor: null });
  });
});

describe("list helpers", () => {
  it("toggles values and reports filters", () => {
    expect(toggleInList(undefined, "antom", PROVIDERS)).toBe("antom");
    expect(toggleInList("antom", "begateway", PROVIDERS)).toBe("begateway,antom");
    expect(toggleInList("antom", "antom", PROVIDERS)).toBeUndefined();
    expect(parseList(42, PROVIDERS)).toEqual([]);
    expect(hasFilters({ size: 25 })).toBe(false);
    expect(hasFilters({ status: "failed" })).toBe(true);
  });
});
