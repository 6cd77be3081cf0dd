import { describe, expect, it } from "vitest";
import { minorToInput, parseMoneyInput } from "./parse-money-input.ts";

const minor = (text: string, currency = "EUR") => {
  const parsed = parseMoneyInput(text, currency);
  return parsed.ok ? parsed.minor : parsed.problem;
};

describe("parseMoneyInput", () => {
  it("converts major units to exact minor units without floats", () => {
    expect(minor("12.50")).toBe(1250n);
    expect(minor("0.1")).toBe(10n);
    expect(minor("0.29")).toBe(29n); // 0.29 * 100 is 28.999… as a float
    expect(minor("12")).toBe(1200n);
    expect(minor("12.")).toBe(1200n);
    expect(minor("9007199254740993.01")).toBe(900719925474099301n);
  });

  it("follows the currency's exponent", () => {
    expect(minor("1500", "JPY")).toBe(1500n);
    expect(minor("1.234", "KWD")).toBe(1234n);
    expect(minor("1.5", "JPY")).toBe("decimals");
    expect(minor("1.234", "EUR")).toBe("decimals");
  });

  it("reads decimal commas and thousands separators", () => {
    expect(minor("12,50")).toBe(1250n);
    expect(minor("1 234,50")).toBe(123450n);
    expect(minor("1,234.50")).toBe(123450n);
    expect(minor("1.234,50")).toBe(123450n);
    expect(minor("1.234.567")).toBe(123456700n);
  });

  it("names what is wrong", () => {
    expect(minor("")).toBe("empty");
    expect(minor("0")).toBe("zero");
    expect(minor("-5")).toBe("format");
    expect(minor("1e3")).toBe("format");
    expect(minor("abc")).toBe("format");
  });
});

describe("minorToInput", () => {
  it("writes plain major units for an input", () => {
    expect(minorToInput(123450n, "EUR")).toBe("1234.50");
    expect(minorToInput(5n, "USD")).toBe("0.05");
    expect(minorToInput(1500n, "JPY")).toBe("1500");
    expect(minorToInput(1234567n, "KWD")).toBe("1234.567");
  });

  it("round-trips through the parser", () => {
    for (const [amount, currency] of [
      [1n, "EUR"],
      [99999n, "USD"],
      [7n, "KWD"],
      [42n, "JPY"],
    ] as const) {
      expect(minor(minorToInput(amount, currency), currency)).toBe(amount);
    }
  });
});
