import { describe, expect, it } from "vitest";
import { amountThreshold, createdRange, identifierKindsFor, identifierModes } from "./search-values.ts";

const d = (iso: string) => new Date(iso);

describe("createdRange", () => {
  it("reads a day as the whole UTC day", () => {
    expect(createdRange("2026-11-01", ":")).toEqual({
      from: { at: d("2026-11-01T00:00:00Z"), inclusive: true },
      to: { at: d("2026-11-02T00:00:00Z"), inclusive: false },
    });
    expect(createdRange("2026-11-01", ">")).toEqual({
      from: { at: d("2026-11-02T00:00:00Z"), inclusive: true },
      to: null,
    });
    expect(createdRange("2026-11-01", ">=")).toEqual({
      from: { at: d("2026-11-01T00:00:00Z"), inclusive: true },
      to: null,
    });
    expect(createdRange("2026-11-01", "<")).toEqual({
      from: null,
      to: { at: d("2026-11-01T00:00:00Z"), inclusive: false },
    });
    expect(createdRange("2026-11-01", "<=")).toEqual({
      from: null,
      to: { at: d("2026-11-02T00:00:00Z"), inclusive: false },
    });
    expect(createdRange("2026-12-31", ":").to?.at).toEqual(d("2027-01-01T00:00:00Z"));
  });

  it("reads a time as an instant", () => {
    const at = d("2026-11-01T10:00:00Z");
    expect(createdRange("2026-11-01T10:00:00.000Z", ":")).toEqual({
      from: { at, inclusive: true },
      to: { at, inclusive: true },
    });
    expect(createdRange("2026-11-01T10:00:00.000Z", ">")).toEqual({ from: { at, inclusive: false }, to: null });
    expect(createdRange("2026-11-01T10:00:00.000Z", "<=")).toEqual({ from: null, to: { at, inclusive: true } });
  });
});

describe("amountThreshold", () => {
  it("converts major units exactly by the currency's exponent", () => {
    expect(amountThreshold("100.00", ">", 2)).toEqual({ op: ">", minor: 10000n });
    expect(amountThreshold("100", ">=", 0)).toEqual({ op: ">=", minor: 100n });
    expect(amountThreshold("1.5", ":", 3)).toEqual({ op: "=", minor: 1500n });
    expect(amountThreshold("0.1", "<", 1)).toEqual({ op: "<", minor: 1n });
    expect(amountThreshold("90071992547409.93", ":", 2)).toEqual({ op: "=", minor: 9007199254740993n });
  });

  it("compares correctly when the value is finer than the currency", () => {
    // 100.005 EUR lies between 10000 and 10001 cents.
    expect(amountThreshold("100.005", ">", 2)).toEqual({ op: ">", minor: 10000n });
    expect(amountThreshold("100.005", ">=", 2)).toEqual({ op: ">", minor: 10000n });
    expect(amountThreshold("100.005", "<", 2)).toEqual({ op: "<=", minor: 10000n });
    expect(amountThreshold("100.005", "<=", 2)).toEqual({ op: "<=", minor: 10000n });
    expect(amountThreshold("100.005", ":", 2)).toBeNull();
    expect(amountThreshold("100.5", ":", 0)).toBeNull();
    expect(amountThreshold("100.50", ":", 0)).toBeNull();
    expect(amountThreshold("100.0", ":", 0)).toEqual({ op: "=", minor: 100n });
  });
});

describe("identifier recognition", () => {
  it("probes e-mail only for words with an @, our id only for UUIDs", () => {
    expect(identifierKindsFor("john@example.com")).toEqual(["email"]);
    expect(identifierKindsFor("46154-aba1cf5e57")).toEqual(["uid", "tracking", "rrn", "auth", "ref", "network"]);
    expect(identifierKindsFor("0b9f3f4e-8a51-4c1e-9d51-6b1e0f0c2a11")[0]).toBe("id");
  });

  it("tries last 4 beside an amount and a BIN for 6–8 digits, after the identifier columns", () => {
    expect(identifierModes("4242", true)).toEqual(["identifiers", "last4+amount"]);
    expect(identifierModes("4242", false)).toEqual(["identifiers"]);
    expect(identifierModes("420000", false)).toEqual(["identifiers", "bin"]);
    expect(identifierModes("123456789012", true)).toEqual(["identifiers"]);
  });
});
