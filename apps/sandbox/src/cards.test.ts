import { luhnValid } from "@paylens/domain/card";
import { afterEach, describe, expect, it } from "vitest";
import { BIN_CATALOGUE, cardNumber, issuerDecision, lookupBin, setIssuerIncident, testCard } from "./cards.ts";
import { createRng } from "./random.ts";

describe("cards", () => {
  afterEach(() => setIssuerIncident(null));

  it("builds Luhn-valid numbers of the right length inside every catalogue range", () => {
    const rng = createRng(11);
    expect(BIN_CATALOGUE.length).toBeGreaterThanOrEqual(12);
    for (const range of BIN_CATALOGUE) {
      const number = cardNumber(range, rng);
      expect(luhnValid(number)).toBe(true);
      expect(number.startsWith(range.bin)).toBe(true);
      expect(number).toHaveLength(range.length);
      expect(lookupBin(number)).toBe(range);
    }
  });

  it("recognises the documented test cards and falls back to a default issuer", () => {
    expect(testCard("4200000000000000")).toEqual({ outcome: "approve" });
    expect(testCard("4005550000000019")).toEqual({ outcome: "decline" });
    expect(testCard("5204240000015029")).toEqual({ outcome: "three_ds", result: "Y", flow: "challenge" });
    expect(testCard("4012000000001030")).toMatchObject({ result: "R" });
    expect(testCard("4111111111111111")).toBeNull();
    expect(lookupBin("4200000000000000")).toMatchObject({ issuer: "VISA", country: "LT" });
    expect(lookupBin("5599990000000000")).toMatchObject({ brand: "mastercard", country: null, region: "OTHER" });
  });

  it("approves most cards (docs/traffic.md §1: 85-92 %) and draws NSF as the top decline reason", () => {
    const rng = createRng(5);
    const reasons = new Map<string, number>();
    let approved = 0;
    const total = 5000;
    for (let i = 0; i < total; i++) {
      const range = BIN_CATALOGUE[i % BIN_CATALOGUE.length];
      if (!range) continue;
      const decision = issuerDecision({ bin: range.bin }, 2500, rng);
      if (decision.approved) approved += 1;
      else reasons.set(decision.reason, (reasons.get(decision.reason) ?? 0) + 1);
    }
    expect(approved / total).toBeGreaterThan(0.8);
    expect(approved / total).toBeLessThan(0.92);
    const top = [...reasons.entries()].sort((a, b) => b[1] - a[1])[0];
    expect(top?.[0]).toBe("insufficient_funds");
  });

  it("declines expired cards and lets an incident make one issuer decline most cards", () => {
    const rng = createRng(9);
    const expired = issuerDecision({ bin: "403116", expMonth: 1, expYear: 2020 }, 100, rng, {
      at: new Date("2026-06-01T00:00:00Z"),
    });
    expect(expired).toMatchObject({ approved: false, reason: "expired_card", isoCode: "54" });
    setIssuerIncident("chase", 0.05);
    let approvedChase = 0;
    let approvedOther = 0;
    for (let i = 0; i < 400; i++) {
      if (issuerDecision({ bin: "403116" }, 100, rng).approved) approvedChase += 1;
      if (issuerDecision({ bin: "489055" }, 100, rng).approved) approvedOther += 1;
    }
    expect(approvedChase).toBeLessThan(60);
    expect(approvedOther).toBeGreaterThan(300);
  });
});
