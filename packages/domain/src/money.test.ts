import { describe, expect, it } from "vitest";
import { currencyExponent, formatMinor, nonDefaultExponents, parseMajor, toMinor } from "./money.ts";

describe("money", () => {
  it("knows currency exponents", () => {
    expect(currencyExponent("EUR")).toBe(2);
    expect(currencyExponent("JPY")).toBe(0);
    expect(currencyExponent("KWD")).toBe(3);
    expect(currencyExponent("MOP")).toBe(1);
  });

  it("formats minor units exactly", () => {
    expect(formatMinor(1230n, "EUR")).toBe("12.30");
    expect(formatMinor(5n, "USD")).toBe("0.05");
    expect(formatMinor(-5n, "USD")).toBe("-0.05");
    expect(formatMinor(100n, "JPY")).toBe("100");
    expect(formatMinor(1n, "KWD")).toBe("0.001");
    expect(formatMinor(9007199254740993n, "EUR")).toBe("90071992547409.93");
  });

  it("parses major units without floats and refuses extra decimals", () => {
    expect(parseMajor("100.00", "EUR")).toBe(10000n);
    expect(parseMajor("100.5", "EUR")).toBe(10050n);
    expect(parseMajor("0.1", "EUR")).toBe(10n);
    expect(parseMajor("12.345", "EUR")).toBeNull();
    expect(parseMajor("12.345", "KWD")).toBe(12345n);
    expect(parseMajor("abc", "EUR")).toBeNull();
  });

  it("reads provider amounts only when they are whole numbers", () => {
    expect(toMinor(100)).toBe(100n);
    expect(toMinor("1234")).toBe(1234n);
    expect(toMinor(12.5)).toBeNull();
    expect(toMinor("12.50")).toBeNull();
    expect(toMinor(null)).toBeNull();
  });

  it("lists the currencies whose exponent is not 2, by exponent", () => {
    const groups = nonDefaultExponents();
    expect(groups.map((g) => g.exponent)).toEqual([0, 1, 3]);
    for (const group of groups)
      for (const currency of group.currencies) expect(currencyExponent(currency)).toBe(group.exponent);
    expect(groups.find((g) => g.exponent === 0)?.currencies).toContain("JPY");
  });
});
