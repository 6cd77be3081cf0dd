import { describe, expect, it } from "vitest";
import type { ActionsOverview } from "../../lib/api-types.ts";
import { makeAction } from "../../mocks/action-fixtures.ts";
import { checkAmount, leftAfter, needsApproval, planAction } from "./action-plan.ts";

const overview: ActionsOverview = {
  currency: "EUR",
  amountMinor: 80000n,
  refundableMinor: 62500n,
  capturableMinor: 0n,
  voidable: false,
  approvalAboveMinor: 50000n,
  approvalLimitSource: "default",
  paymentRetryRefusal: "Only a failed payment can be retried",
  actions: [],
};

describe("action plan", () => {
  it("starts a refund at what is left and counts down exactly", () => {
    const plan = planAction("refund", overview, null, 80000n);
    expect(plan).toMatchObject({ amount: "editable", startMinor: 62500n, maxMinor: 62500n, reasonRequired: true });
    const typed = checkAmount(plan, "125.01", "EUR");
    expect(typed).toEqual({ ok: true, minor: 12501n });
    expect(leftAfter(plan, 12501n)).toBe(49999n);
  });

  it("refuses more than is left, naming what is left, and zero or unreadable amounts", () => {
    const plan = planAction("refund", overview, null, 80000n);
    expect(checkAmount(plan, "625.01", "EUR")).toEqual({ ok: false, issue: { kind: "over", leftMinor: 62500n } });
    expect(checkAmount(plan, "625.00", "EUR")).toEqual({ ok: true, minor: 62500n });
    expect(checkAmount(plan, "0", "EUR")).toEqual({ ok: false, issue: { kind: "zero" } });
    expect(checkAmount(plan, "", "EUR")).toEqual({ ok: false, issue: { kind: "empty" } });
    expect(checkAmount(plan, "1.001", "EUR")).toEqual({ ok: false, issue: { kind: "decimals" } });
    expect(checkAmount(plan, "abc", "EUR")).toEqual({ ok: false, issue: { kind: "format" } });
  });

  it("asks for a second approver only above the limit", () => {
    expect(needsApproval("refund", overview, 50000n, null)).toBe(false);
    expect(needsApproval("refund", overview, 50001n, null)).toBe(true);
    expect(needsApproval("capture", overview, 60000n, null)).toBe(false);
    const failedRefund = makeAction({ transactionId: "t", kind: "refund", state: "declined", amountMinor: 60000n });
    expect(needsApproval("retry", overview, 60000n, failedRefund)).toBe(true);
  });

  it("fixes the amount of a void and a retry, and has none for a re-sync", () => {
    expect(planAction("void", overview, null, 80000n)).toMatchObject({ amount: "fixed", startMinor: 80000n });
    const failed = makeAction({ transactionId: "t", kind: "capture", state: "failed", amountMinor: 1234n });
    expect(planAction("retry", overview, failed, 80000n)).toMatchObject({ amount: "fixed", startMinor: 1234n });
    expect(planAction("retry", overview, null, 80000n)).toMatchObject({ amount: "fixed", startMinor: 80000n });
    const resync = planAction("resync", overview, null, 80000n);
    expect(resync.amount).toBe("none");
    expect(leftAfter(resync, null)).toBeNull();
    expect(checkAmount(resync, "", "EUR")).toEqual({ ok: true, minor: null });
  });
});
