import { describe, expect, it } from "vitest";
import { currencyExponent } from "@paylens/domain/money";
import { formatMoney, moneyText, splitMinor } from "./format-money.ts";

const en = (amount: bigint, currency: string, display?: "symbol" | "code" | "none") =>
  formatMoney(amount, currency, { locale: "en-US", display }).replace(/\u00a0/g, " ");

describe("currencyExponent", () => {
  it("knows the exceptions and defaults to 2", () => {
    expect(currencyExponent("JPY")).toBe(0);
    expect(currencyExponent("kwd")).toBe(3);
    expect(currencyExponent("BHD")).toBe(3);
    expect(currencyExponent("EUR")).toBe(2);
    expect(currencyExponent("ZZZ")).toBe(2);
  });
});

describe("splitMinor", () => {
  it("pads small amounts and keeps the sign apart", () => {
    expect(splitMinor(5n, 2)).toEqual({ negative: false, whole: 0n, fraction: "05" });
    expect(splitMinor(-1234n, 3)).toEqual({ negative: true, whole: 1n, fraction: "234" });
    expect(splitMinor(42n, 0)).toEqual({ negative: false, whole: 42n, fraction: "" });
  });
});

describe("formatMoney", () => {
  it("formats two-decimal currencies with symbol and grouping", () => {
    expect(en(123456n, "EUR")).toBe("€1,234.56");
    expect(en(100n, "USD")).toBe("$1.00");
    expect(en(0n, "USD")).toBe("$0.00");
    expect(en(5n, "GBP")).toBe("£0.05");
  });

  it("uses no decimals for JPY and three for KWD and BHD", () => {
    expect(en(123456n, "JPY")).toBe("¥123,456");
    expect(en(1234567n, "KWD")).toBe("KWD 1,234.567");
    expect(en(1n, "BHD")).toBe("BHD 0.001");
  });

  it("keeps the minus sign, also below one major unit", () => {
    expect(en(-5n, "USD")).toBe("-$0.05");
    expect(en(-123456n, "EUR")).toBe("-€1,234.56");
    expect(en(-7n, "JPY")).toBe("-¥7");
  });

  it("is exact far beyond 2^53", () => {
    expect(en(12345678901234567890123n, "USD")).toBe("$123,456,789,012,345,678,901.23");
    expect(en(9007199254740993n, "EUR")).toBe("€90,071,992,547,409.93");
    expect(en(-(2n ** 64n), "JPY")).toBe("-¥18,446,744,073,709,551,616");
  });

  it("can show the ISO code or no currency at all", () => {
    expect(en(123456n, "EUR", "code")).toBe("EUR 1,234.56");
    expect(en(123456n, "EUR", "none")).toBe("1,234.56");
    expect(en(123456n, "JPY", "none")).toBe("123,456");
  });

  it("follows the locale's separators", () => {
    expect(formatMoney(123456n, "EUR", { locale: "de-DE" }).replace(/\u00a0/g, " ")).toBe("1.234,56 €");
  });

  it("falls back to the plain number and code for an unknown currency", () => {
    expect(en(123456n, "eu1")).toBe("1,234.56 EU1");
    expect(en(123456n, "eu1", "none")).toBe("1,234.56");
  });
});

describe("moneyText", () => {
  const count = (text: string, part: string) => text.split(part).length - 1;

  it("writes a headline amount once, with the currency in Intl's own place and no code after it", () => {
    for (const locale of ["en-US", "ru-RU", "pl-PL"]) {
      const { value, code } = moneyText(2599n, "USD", "headline", locale);
      expect(code).toBeNull();
      expect(count(value, "USD") + count(value, "$")).toBe(1);
    }
    expect(moneyText(2599n, "USD", "headline", "en-US").value).toBe("$25.99");
  });

  it("tells dollars apart in a headline where the narrow symbol would not", () => {
    expect(moneyText(2599n, "CAD", "headline", "en-US").value).toBe("CA$25.99");
    expect(moneyText(1234567n, "KWD", "headline", "en-US").value.replace(/\u00a0/g, " ")).toBe("KWD 1,234.567");
  });

  it("puts the code beside the bare number in a column, once", () => {
    expect(moneyText(2599n, "usd", "column", "en-US")).toEqual({ value: "25.99", code: "USD" });
    expect(moneyText(1234567n, "KWD", "column", "en-US")).toEqual({
      value: "1,234.567",
      code: "KWD",
    });
  });
});
