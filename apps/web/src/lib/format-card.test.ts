import { describe, expect, it } from "vitest";
import { formatCard } from "./format-card.ts";

describe("formatCard", () => {
  it("shows brand, BIN and last 4", () => {
    expect(formatCard({ cardBrand: "visa", cardBin: "420000", cardLast4: "0000" })).toBe("VISA 420000…0000");
  });
  it("marks missing halves and falls back to the method", () => {
    expect(formatCard({ cardBrand: "master", cardLast4: "4444" })).toBe("MC ••••…4444");
    expect(formatCard({ cardBrand: "mastercard", cardBin: "523227", cardLast4: "9743" })).toBe("MC 523227…9743");
    expect(formatCard({ methodType: "alipay_cn" })).toBe("Alipay CN");
    expect(formatCard({ methodType: "bank_transfer" })).toBe("Bank transfer");
    expect(formatCard({})).toBeNull();
  });
});
