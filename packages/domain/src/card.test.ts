import { describe, expect, it } from "vitest";
import { containsPan, luhnValid, maskCardData, maskPans, normalizeBrand } from "./card.ts";

describe("card data", () => {
  it("checks Luhn", () => {
    expect(luhnValid("4200000000000000")).toBe(true);
    expect(luhnValid("4005550000000019")).toBe(true);
    expect(luhnValid("4200000000000001")).toBe(false);
  });

  it("masks Luhn-valid card numbers, keeping BIN and last 4", () => {
    expect(maskPans("card 4200000000000000 ok")).toBe("card 420000******0000 ok");
    expect(maskPans("id 4200000000000001")).toBe("id 4200000000000001");
    expect(containsPan('{"number":"5204240000015003"}')).toBe(true);
    expect(containsPan(maskPans('{"number":"5204240000015003"}'))).toBe(false);
  });

  it("masks nested values and hides CVV fields", () => {
    const masked = maskCardData({ credit_card: { number: "4200000000000000", verification_value: "123" }, list: ["4005550000000019"] });
    expect(masked).toEqual({ credit_card: { number: "420000******0000", verification_value: "***" }, list: ["400555******0019"] });
  });
});

describe("normalizeBrand", () => {
  it("gives every provider's spelling of a brand one name", () => {
    expect(normalizeBrand("master")).toBe("mastercard");
    expect(normalizeBrand("MASTERCARD")).toBe("mastercard");
    expect(normalizeBrand("American Express")).toBe("amex");
    expect(normalizeBrand("VISA")).toBe("visa");
    expect(normalizeBrand(null)).toBeNull();
  });
});
