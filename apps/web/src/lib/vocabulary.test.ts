import { describe, expect, it } from "vitest";
import { humanize, outcomeLetterMeaning, providerName, statusLabel } from "./vocabulary.ts";

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
