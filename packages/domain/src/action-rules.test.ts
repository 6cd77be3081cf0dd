import { describe, expect, it } from "vitest";
import {
  actionRetryRefusal,
  exceedsLeft,
  guardRefusal,
  leftFor,
  moneyActionRefusal,
  needsSecondApprover,
  paymentRetryRefusal,
  refusalText,
  type ActionFigures,
} from "./action-rules.ts";

const payment = (figures: Partial<ActionFigures> = {}): ActionFigures => ({
  type: "payment",
  status: "successful",
  amountMinor: 10_000n,
  currency: "EUR",
  capturedMinor: 0n,
  refundedMinor: 0n,
  voided: false,
  retried: false,
  disputed: false,
  chargedBackMinor: 0n,
  ...figures,
});
const authorization = (figures: Partial<ActionFigures> = {}) => payment({ type: "authorization", ...figures });
const refund = (amountMinor: bigint | null, reason: string | null = "returned") =>
  ({ action: "refund", amountMinor, reason }) as const;

describe("refunds", () => {
  it("refuses a refund while a dispute is open, with the reason in words", () => {
    const refusal = moneyActionRefusal(refund(1_000n), payment({ disputed: true }));
    expect(refusal).toEqual({ kind: "disputed" });
    expect(refusalText(refusal!)).toMatch(/^Disputed: refunds are blocked while a dispute is open/);
    expect(moneyActionRefusal(refund(1_000n), payment({ disputed: false }))).toBeNull();
    // Captures and voids are not money going back to the cardholder.
    expect(
      moneyActionRefusal({ action: "void", amountMinor: null, reason: null }, authorization({ disputed: true })),
    ).toBeNull();
  });

  it("refuses to refund what a lost dispute already gave back, naming the chargeback (no double loss)", () => {
    const lost = payment({ chargedBackMinor: 4_000n, refundedMinor: 1_000n });
    expect(leftFor("refund", lost)).toBe(5_000n);
    expect(moneyActionRefusal(refund(5_000n), lost)).toBeNull();
    const refusal = moneyActionRefusal(refund(5_001n), lost);
    expect(refusal).toEqual({
      kind: "charged_back",
      requestedMinor: 5_001n,
      leftMinor: 5_000n,
      chargedBackMinor: 4_000n,
      currency: "EUR",
    });
    expect(refusalText(refusal!)).toBe(
      "Cannot refund 50.01 EUR: 40.00 EUR already went back to the cardholder through a lost dispute; only 50.00 EUR is left to refund",
    );
    // Fully charged back: nothing is left to refund.
    expect(moneyActionRefusal(refund(1n), payment({ chargedBackMinor: 10_000n }))).toMatchObject({
      kind: "charged_back",
      leftMinor: 0n,
    });
  });

  it("allows up to exactly what is left", () => {
    const f = payment({ refundedMinor: 6_000n });
    expect(leftFor("refund", f)).toBe(4_000n);
    expect(moneyActionRefusal(refund(4_000n), f)).toBeNull();
  });

  it("refuses one minor unit more, naming the exact money left", () => {
    const refusal = moneyActionRefusal(refund(7_000n), payment({ refundedMinor: 6_000n }));
    expect(refusal).toEqual({ kind: "exceeds_refundable", requestedMinor: 7_000n, leftMinor: 4_000n, currency: "EUR" });
    expect(refusalText(refusal!)).toBe("Cannot refund 70.00 EUR: only 40.00 EUR is left to refund");
    expect(moneyActionRefusal(refund(4_001n), payment({ refundedMinor: 6_000n }))).toMatchObject({ leftMinor: 4_000n });
  });

  it("counts nothing left once everything was refunded, never a negative amount", () => {
    expect(leftFor("refund", payment({ refundedMinor: 12_000n }))).toBe(0n);
    expect(refusalText(moneyActionRefusal(refund(1n), payment({ refundedMinor: 10_000n }))!)).toBe(
      "Cannot refund 0.01 EUR: only 0.00 EUR is left to refund",
    );
  });

  it("speaks zero-decimal and three-decimal currencies in their own units", () => {
    const yen = moneyActionRefusal(refund(5_001n), payment({ currency: "JPY", amountMinor: 5_000n }));
    expect(yen).toEqual({ kind: "exceeds_refundable", requestedMinor: 5_001n, leftMinor: 5_000n, currency: "JPY" });
    expect(refusalText(yen!)).toBe("Cannot refund 5001 JPY: only 5000 JPY is left to refund");
    const dinar = payment({ currency: "KWD", amountMinor: 12_345n, refundedMinor: 12_000n });
    expect(leftFor("refund", dinar)).toBe(345n);
    expect(refusalText(moneyActionRefusal(refund(346n), dinar)!)).toBe(
      "Cannot refund 0.346 KWD: only 0.345 KWD is left to refund",
    );
  });

  it("refunds a successful payment or capture only, with a positive amount and a reason", () => {
    expect(moneyActionRefusal(refund(100n), payment({ type: "capture" }))).toBeNull();
    const onAuthorization = moneyActionRefusal(refund(100n), authorization());
    expect(onAuthorization).toEqual({ kind: "not_refundable", type: "authorization", status: "successful" });
    expect(refusalText(onAuthorization!)).toMatch(/through its capture\); this is a successful authorization$/);
    expect(moneyActionRefusal(refund(100n), payment({ status: "pending" }))).toMatchObject({
      kind: "not_refundable",
      status: "pending",
    });
    expect(leftFor("refund", payment({ status: "failed" }))).toBe(0n);
    expect(moneyActionRefusal(refund(0n), payment())).toEqual({ kind: "amount_required", action: "refund" });
    expect(moneyActionRefusal(refund(null), payment())).toEqual({ kind: "amount_required", action: "refund" });
    expect(moneyActionRefusal(refund(100n, null), payment())).toEqual({ kind: "reason_required" });
  });
});

describe("captures and voids", () => {
  const capture = (amountMinor: bigint | null) => ({ action: "capture", amountMinor, reason: null }) as const;
  const voiding = { action: "void", amountMinor: null, reason: null } as const;

  it("captures a successful authorization up to what is left", () => {
    const f = authorization({ capturedMinor: 2_500n });
    expect(leftFor("capture", f)).toBe(7_500n);
    expect(moneyActionRefusal(capture(7_500n), f)).toBeNull();
    const over = moneyActionRefusal(capture(7_501n), f);
    expect(over).toEqual({ kind: "exceeds_capturable", requestedMinor: 7_501n, leftMinor: 7_500n, currency: "EUR" });
    expect(refusalText(over!)).toBe("Cannot capture 75.01 EUR: only 75.00 EUR is left to capture");
  });

  it("refuses to capture a payment, a failed authorization, no amount, or a voided authorization", () => {
    expect(moneyActionRefusal(capture(100n), payment())).toEqual({
      kind: "not_capturable",
      type: "payment",
      status: "successful",
    });
    expect(moneyActionRefusal(capture(100n), authorization({ status: "failed" }))).toMatchObject({
      kind: "not_capturable",
    });
    expect(moneyActionRefusal(capture(null), authorization())).toEqual({ kind: "amount_required", action: "capture" });
    const voided = authorization({ voided: true });
    expect(moneyActionRefusal(capture(100n), voided)).toEqual({ kind: "voided", action: "capture" });
    expect(leftFor("capture", voided)).toBe(0n);
  });

  it("voids only an untouched successful authorization, releasing all of it", () => {
    expect(moneyActionRefusal(voiding, authorization())).toBeNull();
    expect(leftFor("void", authorization())).toBe(10_000n);
    expect(moneyActionRefusal(voiding, authorization({ capturedMinor: 1n }))).toEqual({ kind: "captured" });
    expect(leftFor("void", authorization({ capturedMinor: 1n }))).toBe(0n);
    expect(moneyActionRefusal(voiding, authorization({ voided: true }))).toEqual({ kind: "voided", action: "void" });
    expect(moneyActionRefusal(voiding, payment())).toMatchObject({ kind: "not_voidable", type: "payment" });
    expect(leftFor("void", payment())).toBe(0n);
  });

  it("tells an amount over a given limit the way the rule does (the dialog checks with it)", () => {
    expect(exceedsLeft("refund", 100n, 100n, "EUR")).toBeNull();
    expect(exceedsLeft("capture", 101n, 100n, "JPY")).toEqual({
      kind: "exceeds_capturable",
      requestedMinor: 101n,
      leftMinor: 100n,
      currency: "JPY",
    });
  });
});

describe("the second approver", () => {
  it("holds a refund above the limit only", () => {
    expect(needsSecondApprover("refund", 50_001n, 50_000n)).toBe(true);
    expect(needsSecondApprover("refund", 50_000n, 50_000n)).toBe(false);
    expect(needsSecondApprover("capture", 90_000n, 50_000n)).toBe(false);
    expect(needsSecondApprover("refund", 90_000n, null)).toBe(false);
  });
});

describe("the database's guard refusal", () => {
  it("is the rule's refusal on the figures read after it", () => {
    expect(guardRefusal("refund", 1_001n, payment({ amountMinor: 1_000n }))).toEqual({
      kind: "exceeds_refundable",
      requestedMinor: 1_001n,
      leftMinor: 1_000n,
      currency: "EUR",
    });
    expect(guardRefusal("void", null, authorization({ capturedMinor: 5n }))).toEqual({ kind: "captured" });
    expect(guardRefusal("capture", 0n, authorization())).toEqual({ kind: "amount_required", action: "capture" });
  });

  it("says the figures changed when they allow what the guard refused", () => {
    const refusal = guardRefusal("refund", 100n, payment());
    expect(refusal).toEqual({ kind: "figures_changed", action: "refund" });
    expect(refusalText(refusal)).toMatch(/changed meanwhile/);
  });
});

describe("retries", () => {
  const failed = payment({ status: "failed" });
  const saved = { retryable: null, cardSaved: true, why: null };

  it("retries a failed payment once, with the card the provider saved", () => {
    expect(paymentRetryRefusal(failed, saved)).toBeNull();
    expect(paymentRetryRefusal(authorization({ status: "expired" }), saved)).toBeNull();
    expect(paymentRetryRefusal(payment({ status: "failed", retried: true }), saved)).toEqual({ kind: "retried" });
    expect(refusalText({ kind: "retried" })).toMatch(/retried already/);
  });

  it("refuses a successful payment, a final decline and a payment without a saved card", () => {
    const ok = paymentRetryRefusal(payment(), saved);
    expect(ok).toEqual({ kind: "not_retryable", type: "payment", status: "successful" });
    expect(refusalText(ok!)).toBe(
      "Only a failed payment or authorization can be retried; this is a successful payment",
    );
    expect(paymentRetryRefusal(payment({ type: "refund", status: "failed" }), saved)).toMatchObject({
      kind: "not_retryable",
    });
    const final = paymentRetryRefusal(failed, { ...saved, retryable: false, why: "Stolen card" });
    expect(refusalText(final!)).toBe("Not retryable: Stolen card");
    expect(paymentRetryRefusal(failed, { ...saved, cardSaved: false })).toEqual({ kind: "no_saved_card" });
  });

  it("retries a failed action, not one under way or finally declined", () => {
    expect(actionRetryRefusal({ state: "failed", retryable: false, why: null })).toBeNull();
    expect(actionRetryRefusal({ state: "declined", retryable: null, why: null })).toBeNull();
    expect(actionRetryRefusal({ state: "sending", retryable: null, why: null })).toEqual({
      kind: "action_not_failed",
      state: "sending",
    });
    const final = actionRetryRefusal({ state: "declined", retryable: false, why: "Do not honour" });
    expect(refusalText(final!)).toBe("Not retryable: Do not honour");
  });
});
