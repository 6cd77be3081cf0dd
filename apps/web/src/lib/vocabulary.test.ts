import { describe, expect, it } from "vitest";
import { formatCard, humanize, outcomeLetterMeaning, providerName, statusLabel } from "./vocabulary.ts";

describe("formatCard", () => {
  it("shows brand, BIN and last 4", () => {
    expect(formatCard({ cardBrand: "visa", cardBin: "420000", cardLast4: "0000" })).toBe("VISA 420000…0000");
  });
  it("marks missing halves and falls back to the method", () => {
    expect(formatCard({ cardBrand: "master", cardLast4: "4444" })).toBe("MASTER ••••…4444");
    expect(formatCard({ methodType: "alipay_cn" })).toBe("Alipay CN");
    expect(formatCard({ methodType: "bank_transfer" })).toBe("Bank transfer");
    expect(formatCard({})).toBeNull();
  });
});

describe("names", () => {
  it("names providers, statuses and reasons", () => {
    expect(providerName("begateway")).toBe("beGateway");
    expect(providerName("stripe")).toBe("stripe");
    expect(statusLabel("successful")).toBe("Successful");
    expect(statusLabel("on_hold")).toBe("On hold");
    expect(humanize("insufficient_funds")).toBe("Insufficient funds");
  });
  it("explains outcome letters", () => {
    expect(outcomeLetterMeaning("F")).toMatch(/^Failed/);
    expect(outcomeLetterMeaning("s")).toBe("Successful");
    expect(outcomeLetterMeaning("Q")).toBeNull();
    expect(outcomeLetterMeaning(null)).toBeNull();
  });
});
