import { describe, expect, it } from "vitest";
import { cardExpiry } from "./card-expiry.ts";

describe("cardExpiry", () => {
  it("prefers the provider extras", () => {
    expect(cardExpiry({ expMonth: 7, expYear: 2027 }, { payment_method: { exp_month: 1, exp_year: 2030 } })).toBe(
      "07/2027",
    );
  });
  it("reads beGateway's payment_method or credit_card sections", () => {
    expect(cardExpiry({}, { payment_method: { exp_month: "12", exp_year: "2029" } })).toBe("12/2029");
    expect(cardExpiry(null, { credit_card: { exp_month: 3, exp_year: 28 } })).toBe("03/2028");
  });
  it("gives up on implausible or missing values", () => {
    expect(cardExpiry({ expMonth: 13, expYear: 2027 }, null)).toBeNull();
    expect(cardExpiry(undefined, "text")).toBeNull();
  });
});
