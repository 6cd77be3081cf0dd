import { describe, expect, it } from "vitest";
import { actionAppliesTo, needsSecondApprover } from "./action-rules.ts";
import { formatMinor } from "./money.ts";
import {
  approvalLimitTable,
  REFUND_APPROVAL_DEFAULTS,
  refundApprovalLimit,
  refundNeedsApproval,
} from "./refund-approval.ts";

describe("refund approval limits per currency", () => {
  it("counts yen in whole yen: JPY 60,000 waits, JPY 40,000 does not", () => {
    expect(refundNeedsApproval(60_000n, "JPY")).toBe(true);
    expect(refundNeedsApproval(40_000n, "JPY")).toBe(false);
    expect(refundApprovalLimit("JPY")).toEqual({ currency: "JPY", aboveMinor: 50_000n, source: "default" });
  });

  it("counts dollars in cents: USD 600.00 waits, USD 500.00 exactly does not", () => {
    expect(refundNeedsApproval(60_000n, "USD")).toBe(true);
    expect(refundNeedsApproval(50_000n, "USD")).toBe(false);
    expect(refundNeedsApproval(50_001n, "usd")).toBe(true);
  });

  it("reads every default through the currency's exponent", () => {
    expect(formatMinor(REFUND_APPROVAL_DEFAULTS.get("CNY") ?? 0n, "CNY")).toBe("3500.00");
    expect(formatMinor(REFUND_APPROVAL_DEFAULTS.get("BYN") ?? 0n, "BYN")).toBe("1500.00");
    expect(formatMinor(REFUND_APPROVAL_DEFAULTS.get("KWD") ?? 0n, "KWD")).toBe("150.000");
    expect(REFUND_APPROVAL_DEFAULTS.get("KWD")).toBe(150_000n);
  });

  it("lets the operator's override win over the default", () => {
    const overrides = new Map([["JPY", 100_000n]]);
    expect(refundNeedsApproval(60_000n, "JPY", overrides)).toBe(false);
    expect(refundApprovalLimit("JPY", overrides).source).toBe("override");
    // A lower limit catches what the default let through.
    expect(refundNeedsApproval(40_000n, "JPY", new Map([["JPY", 30_000n]]))).toBe(true);
  });

  it("holds every refund in a currency with neither a default nor an override", () => {
    expect(refundApprovalLimit("MNT")).toEqual({ currency: "MNT", aboveMinor: 0n, source: "unlisted" });
    expect(refundNeedsApproval(1n, "MNT")).toBe(true);
    expect(refundNeedsApproval(1n, "MNT", new Map([["MNT", 100_000n]]))).toBe(false);
  });

  it("lists defaults and overrides alphabetically, with each row's default", () => {
    const table = approvalLimitTable(
      new Map([
        ["MNT", 100_000n],
        ["EUR", 20_000n],
      ]),
    );
    expect(table.map((row) => row.currency)).toEqual([...table.map((row) => row.currency)].sort());
    expect(table.find((row) => row.currency === "MNT")).toEqual({
      currency: "MNT",
      aboveMinor: 100_000n,
      source: "override",
      defaultMinor: null,
    });
    expect(table.find((row) => row.currency === "EUR")).toMatchObject({ aboveMinor: 20_000n, defaultMinor: 50_000n });
  });

  it("only holds refunds: a capture of any size goes straight out", () => {
    expect(needsSecondApprover("capture", 10n ** 9n, 0n)).toBe(false);
    expect(needsSecondApprover("refund", 60_000n, refundApprovalLimit("JPY").aboveMinor)).toBe(true);
  });
});

describe("which action applies to a list row", () => {
  it("refunds successful payments and captures, voids successful authorizations, re-syncs anything", () => {
    expect(actionAppliesTo("refund", { type: "payment", status: "successful" })).toBe(true);
    expect(actionAppliesTo("refund", { type: "capture", status: "successful" })).toBe(true);
    expect(actionAppliesTo("refund", { type: "payment", status: "failed" })).toBe(false);
    expect(actionAppliesTo("refund", { type: "authorization", status: "successful" })).toBe(false);
    expect(actionAppliesTo("void", { type: "authorization", status: "successful" })).toBe(true);
    expect(actionAppliesTo("void", { type: "payment", status: "successful" })).toBe(false);
    expect(actionAppliesTo("resync", { type: "refund", status: "pending" })).toBe(true);
  });
});
