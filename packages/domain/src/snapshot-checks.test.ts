import { describe, expect, it } from "vitest";
import { suspiciousChange } from "./snapshot-checks.ts";

const paid = { status: "successful" as const, amountMinor: 10000n, currency: "EUR" };

describe("signed but wrong", () => {
  it("refuses a negative amount, new or not, and a successful zero", () => {
    expect(suspiciousChange(null, { status: "pending", amountMinor: -1n, currency: "EUR" })).toBe(
      "negative amount -0.01 EUR: not applied",
    );
    expect(suspiciousChange(null, { status: "successful", amountMinor: 0n, currency: "EUR" })).toMatch(/zero amount/);
    expect(suspiciousChange(null, { status: "failed", amountMinor: 0n, currency: "EUR" })).toBeNull();
  });

  it("refuses a currency change at any stage", () => {
    expect(
      suspiciousChange({ ...paid, status: "pending" }, { status: "successful", amountMinor: 10000n, currency: "USD" }),
    ).toBe("currency changed from EUR to USD: not applied");
  });

  it("refuses a new amount once the transaction is final, and allows it before", () => {
    expect(suspiciousChange(paid, { status: "successful", amountMinor: 100n, currency: "EUR" })).toBe(
      "amount changed from 100.00 EUR to 1.00 EUR after the transaction was successful: not applied",
    );
    expect(
      suspiciousChange(
        { ...paid, status: "incomplete" },
        { status: "successful", amountMinor: 9000n, currency: "EUR" },
      ),
    ).toBeNull();
    expect(suspiciousChange(paid, { status: "successful", amountMinor: 10000n, currency: "EUR" })).toBeNull();
  });
});
