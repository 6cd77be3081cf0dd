import { describe, expect, it } from "vitest";
import { changesState, decideTransition } from "./state-machine.ts";
import type { TransactionStatus } from "./transaction.ts";

const t0 = new Date("2026-11-01T10:00:00Z");
const t1 = new Date("2026-11-01T10:00:05Z");
const at = (status: TransactionStatus, time: Date | null = t0) => ({ status, providerUpdatedAt: time });

describe("decideTransition", () => {
  it("creates what it has never seen", () => {
    expect(decideTransition(null, at("pending"))).toBe("create");
  });

  it.each([
    ["pending", "incomplete", "advance"],
    ["pending", "successful", "advance"],
    ["incomplete", "failed", "advance"],
    ["incomplete", "expired", "advance"],
    ["pending", "error", "advance"],
  ] as const)("%s -> %s is %s", (from, to, expected) => {
    expect(decideTransition(at(from), at(to))).toBe(expected);
  });

  it("never moves a final status back to pending or incomplete", () => {
    for (const final of ["successful", "failed", "expired", "error"] as const) {
      expect(decideTransition(at(final, t0), at("pending", t1))).toBe("stale");
      expect(decideTransition(at(final, t0), at("incomplete", t1))).toBe("stale");
    }
  });

  it("flags a different final status after a final one as a conflict and keeps the first", () => {
    expect(decideTransition(at("successful"), at("failed", t1))).toBe("conflict");
    expect(changesState("conflict")).toBe(false);
  });

  it("refreshes details only when the provider's time is newer", () => {
    expect(decideTransition(at("successful", t0), at("successful", t1))).toBe("refresh");
    expect(decideTransition(at("successful", t1), at("successful", t0))).toBe("stale");
    expect(decideTransition(at("successful", t0), at("successful", t0))).toBe("stale");
    expect(decideTransition(at("pending", null), at("pending", t0))).toBe("refresh");
  });

  it("ignores an incomplete that arrives after the transaction moved on", () => {
    expect(decideTransition(at("incomplete", t1), at("pending", t0))).toBe("stale");
  });
});
