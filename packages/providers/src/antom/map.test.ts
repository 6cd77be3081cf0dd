import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PayloadError } from "../connector.ts";
import { mapAntomCancel, mapAntomCapture, mapAntomRefund, mapInquiryChild, paymentIdOfVoid } from "./map-children.ts";
import { mapAntomPayment } from "./map.ts";

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8")) as Record<string, unknown>;
const payResponse = fixture("seed-pay-response.json");
const notifyPayment = fixture("seed-notify-payment.json");

// docs/providers/antom.md §6's notifyPayment example, with the card fields of §9.
const cardNotify = {
  notifyType: "PAYMENT_RESULT",
  result: { resultCode: "SUCCESS", resultStatus: "S", resultMessage: "success." },
  paymentRequestId: "pr-0001",
  paymentId: "20250101194010800100188570000000001",
  paymentAmount: { currency: "USD", value: "2000" },
  paymentCreateTime: "2025-01-01T10:00:00+08:00",
  paymentTime: "2025-01-01T10:00:09+08:00",
  paymentMethodType: "CARD",
  paymentResultInfo: {
    cardNo: "************0768",
    cardBrand: "VISA",
    funding: "CREDIT",
    issuingCountry: "US",
    networkTransactionId: "ntid-1",
    avsResultRaw: "Y",
    cvvResultRaw: "M",
    rrn: "123456789012",
    authorizationCode: "A1B2C3",
    expiryMonth: "06",
    expiryYear: "30",
    threeDSResult: { threeDSVersion: "2.2.0", eci: "05", cavv: "AAAB", dsTransactionId: "ds-1" },
  },
};

describe("Antom payment mapping", () => {
  it("decodes the seed's pay response: an approved authorization with AVS A and CVV Y", () => {
    const tx = mapAntomPayment(payResponse);
    expect(tx).toMatchObject({
      provider: "antom",
      providerUid: "20211112194010800100188570271832381",
      parentProviderUid: null,
      type: "payment",
      status: "successful",
      amountMinor: 1314n,
      currency: "EUR",
      trackingId: "PAY_20211112172747856",
      networkTransactionId: "sampleNetworkTransactionId123456",
      verifications: { avs: "A", cvc: "Y", threeDs: null },
      method: { type: "credit_card", bin: null, last4: null },
    });
    expect(tx.outcome).toMatchObject({ code: "SUCCESS", letter: "S", service: "Payment", reason: null });
    expect(tx.createdAt?.toISOString()).toBe("2021-11-12T09:27:50.000Z");
    expect(tx.details.paymentResultInfo).toEqual(payResponse.paymentResultInfo);
  });

  it("decodes the seed's notifyPayment: S, AVS A, CVV Y, ECI 02, 3-D Secure 2.2.0", () => {
    const tx = mapAntomPayment(notifyPayment);
    expect(tx).toMatchObject({
      providerUid: "2020010123456789XXXX",
      status: "successful",
      amountMinor: 8000n,
      currency: "EUR",
    });
    expect(tx.outcome.letter).toBe("S");
    expect(tx.verifications).toEqual({
      avs: "A",
      cvc: "Y",
      threeDs: { status: "successful", eci: "02", version: "2.2.0", result: "Y" },
    });
    expect(tx.paidAt?.toISOString()).toBe("2020-01-01T03:31:01.000Z");
    expect(tx.updatedAt).toEqual(tx.paidAt);
    expect(tx.details.notifyType).toBe("PAYMENT_RESULT");
  });

  it("reads the card: masked number to last 4, brand, issuing country, funding, expiry, rrn, auth code", () => {
    const tx = mapAntomPayment(cardNotify, { test: true });
    expect(tx.method).toEqual({
      type: "credit_card",
      brand: "visa",
      bin: null,
      last4: "0768",
      holder: null,
      expMonth: 6,
      expYear: 2030,
      issuerName: null,
      issuerCountry: "US",
    });
    expect(tx).toMatchObject({ rrn: "123456789012", authCode: "A1B2C3", networkTransactionId: "ntid-1", test: true });
    expect(tx.details).toMatchObject({ funding: "CREDIT", captureMode: "AUTOMATIC" });
    const withBin = mapAntomPayment({
      ...cardNotify,
      paymentResultInfo: { cardNo: "405469******0768", cardBin: "40546957", lastFour: "0768" },
    });
    expect(withBin.method).toMatchObject({ bin: "40546957", last4: "0768" });
    expect(mapAntomPayment({ ...cardNotify, paymentResultInfo: { cardNo: "405469******0768" } }).method).toMatchObject({
      bin: "405469",
      last4: "0768",
    });
  });

  it("maps a decline with the issuer's raw answer", () => {
    const tx = mapAntomPayment({
      ...cardNotify,
      result: { resultCode: "PROCESS_FAIL", resultStatus: "F", resultMessage: "fail" },
      paymentTime: undefined,
      paymentResultInfo: { refusalCodeRaw: "91", refusalReasonRaw: "Issuer or switch inoperative", cvvResultRaw: "M" },
    });
    expect(tx).toMatchObject({ status: "failed", paidAt: null, updatedAt: null });
    expect(tx.outcome).toMatchObject({ letter: "F", reason: "bank_unavailable", retryable: true });
  });

  it.each([
    [{ paymentStatus: "SUCCESS" }, "successful", "S"],
    [{ paymentStatus: "FAIL", paymentResultCode: "DO_NOT_HONOR" }, "failed", "F"],
    [{ paymentStatus: "FAIL", paymentResultCode: "ORDER_IS_CLOSED" }, "expired", "F"],
    [
      { paymentStatus: "PROCESSING", redirectActionForm: { method: "GET", redirectUrl: "https://acs.example/1" } },
      "incomplete",
      "P",
    ],
    [{ paymentStatus: "PROCESSING" }, "pending", "P"],
    [{ paymentStatus: "PENDING" }, "pending", "P"],
    [{ paymentStatus: "CANCELLED", paymentTime: "2025-01-01T10:00:09+08:00" }, "successful", "S"],
    [{ paymentStatus: "CANCELLED", paymentTime: undefined }, "failed", "E"],
  ] as const)("reads inquiryPayment %j as %s", (fields, status, letter) => {
    const inquiry = {
      ...cardNotify,
      notifyType: undefined,
      result: { resultCode: "SUCCESS", resultStatus: "S" },
      ...fields,
    };
    const tx = mapAntomPayment(inquiry);
    expect(tx.status).toBe(status);
    expect(tx.outcome.letter).toBe(letter);
  });

  it("reads the pay response's in-process answer as incomplete with its redirect URL", () => {
    const tx = mapAntomPayment(
      {
        result: { resultCode: "PAYMENT_IN_PROCESS", resultStatus: "U", resultMessage: "payment in process" },
        paymentId: "p-1",
        paymentRequestId: "pr-1",
        paymentAmount: { currency: "USD", value: "2000" },
        paymentCreateTime: "2025-01-01T10:00:00+08:00",
        normalUrl: "https://acs.example/p-1",
      },
      { type: "authorization" },
    );
    expect(tx).toMatchObject({
      status: "incomplete",
      type: "authorization",
      details: { redirectUrl: "https://acs.example/p-1", captureMode: "MANUAL" },
    });
    expect(tx.updatedAt?.toISOString()).toBe("2025-01-01T02:00:00.000Z");
  });

  it("tells an authorization from authExpiryTime or a capture line when the caller does not know", () => {
    expect(mapAntomPayment({ ...cardNotify, authExpiryTime: "2025-01-08T10:00:09+08:00" }).type).toBe("authorization");
    expect(mapAntomPayment({ ...cardNotify, transactions: [{ transactionType: "CAPTURE" }] }).type).toBe(
      "authorization",
    );
    expect(mapAntomPayment(cardNotify).type).toBe("payment");
  });

  it("masks full card numbers and CVVs in the kept payload", () => {
    const tx = mapAntomPayment({
      ...cardNotify,
      paymentMethod: { paymentMethodMetaData: { cardNo: "4054695723100768", cvv: "123" } },
    });
    const raw = JSON.stringify(tx.raw);
    expect(raw).not.toContain("4054695723100768");
    expect(raw).not.toContain('"123"');
  });

  it.each([
    [{ ...cardNotify, paymentId: undefined }, "no paymentId"],
    [{ ...cardNotify, paymentAmount: { currency: "USD", value: "20.00" } }, "minor units"],
    [{ ...cardNotify, result: { resultStatus: "X" } }, "resultStatus"],
    [{ ...cardNotify, paymentStatus: "WEIRD" }, "unknown paymentStatus"],
    [[], "not a JSON object"],
  ])("rejects a malformed body with a PayloadError (%#)", (body, message) => {
    expect(() => mapAntomPayment(body)).toThrow(PayloadError);
    expect(() => mapAntomPayment(body)).toThrow(message);
  });
});

describe("Antom child mapping", () => {
  const paymentId = "20250101194010800100188570000000001";

  it("maps notifyCapture to a capture under its payment", () => {
    const tx = mapAntomCapture({
      notifyType: "CAPTURE_RESULT",
      result: { resultCode: "SUCCESS", resultStatus: "S" },
      captureRequestId: "cap-1",
      paymentId,
      captureId: "20250101194010800200188570000000002",
      captureAmount: { currency: "USD", value: "1500" },
      captureTime: "2025-01-02T10:00:00+08:00",
    });
    expect(tx).toMatchObject({
      type: "capture",
      providerUid: "20250101194010800200188570000000002",
      parentProviderUid: paymentId,
      status: "successful",
      amountMinor: 1500n,
      trackingId: "cap-1",
    });
    expect(tx.outcome).toMatchObject({ letter: "S", service: "Capture" });
  });

  it("maps notifyRefund (no paymentId on the wire) and an inquiryRefund", () => {
    const notify = mapAntomRefund({
      notifyType: "REFUND_RESULT",
      result: { resultCode: "SUCCESS", resultStatus: "S" },
      refundStatus: "SUCCESS",
      refundRequestId: "rf-1",
      refundId: "r-1",
      refundAmount: { currency: "USD", value: "500" },
      refundTime: "2025-01-03T10:00:00+08:00",
    });
    expect(notify).toMatchObject({
      type: "refund",
      providerUid: "r-1",
      parentProviderUid: null,
      status: "successful",
      amountMinor: 500n,
      outcome: { service: "Refund" },
    });
    const inquiry = mapAntomRefund(
      {
        result: { resultCode: "SUCCESS", resultStatus: "S" },
        refundStatus: "PROCESSING",
        refundId: "r-1",
        refundRequestId: "rf-1",
        refundAmount: { currency: "USD", value: "500" },
      },
      { parentUid: paymentId },
    );
    expect(inquiry).toMatchObject({
      status: "pending",
      parentProviderUid: paymentId,
      outcome: { code: "REFUND_IN_PROCESS", letter: "P" },
    });
    const failed = mapAntomRefund({
      result: { resultCode: "SUCCESS", resultStatus: "S" },
      refundStatus: "FAIL",
      refundResultCode: "REFUND_WINDOW_EXCEED",
      refundId: "r-2",
      refundAmount: { currency: "USD", value: "500" },
    });
    expect(failed).toMatchObject({
      status: "failed",
      outcome: { code: "REFUND_WINDOW_EXCEED", reason: "not_permitted" },
    });
  });

  it("names a void after its payment and reads it back from a cancelled inquiry", () => {
    const tx = mapAntomCancel(
      {
        result: { resultCode: "SUCCESS", resultStatus: "S" },
        paymentId,
        paymentRequestId: "pr-0001",
        cancelTime: "2025-01-02T10:00:00+08:00",
      },
      { amountMinor: 2000n, currency: "USD" },
    );
    expect(tx).toMatchObject({
      type: "void",
      providerUid: `${paymentId}-cancel`,
      parentProviderUid: paymentId,
      status: "successful",
      amountMinor: 2000n,
    });
    expect(paymentIdOfVoid(tx.providerUid)).toBe(paymentId);
    const inquiry = {
      ...cardNotify,
      notifyType: undefined,
      paymentStatus: "CANCELLED",
      transactions: [
        {
          transactionType: "CANCEL",
          transactionStatus: "SUCCESS",
          transactionId: "c-9",
          transactionAmount: { currency: "USD", value: "2000" },
          transactionTime: "2025-01-02T10:00:00+08:00",
        },
      ],
    };
    expect(mapInquiryChild(inquiry, "void", tx.providerUid)).toMatchObject({
      providerUid: tx.providerUid,
      status: "successful",
      amountMinor: 2000n,
    });
  });

  it("reads a capture line of inquiryPayment, and nothing when there is none", () => {
    const inquiry = {
      ...cardNotify,
      notifyType: undefined,
      paymentStatus: "SUCCESS",
      transactions: [
        {
          transactionType: "CAPTURE",
          transactionStatus: "SUCCESS",
          transactionResult: { resultCode: "SUCCESS", resultStatus: "S" },
          transactionId: "cap-id-1",
          transactionRequestId: "cap-1",
          transactionAmount: { currency: "USD", value: "1500" },
          transactionTime: "2025-01-02T10:00:00+08:00",
        },
      ],
    };
    expect(mapInquiryChild(inquiry, "capture", "cap-id-1")).toMatchObject({
      type: "capture",
      parentProviderUid: cardNotify.paymentId,
      amountMinor: 1500n,
      trackingId: "cap-1",
      status: "successful",
      method: { last4: "0768" },
    });
    expect(mapInquiryChild(inquiry, "capture", "cap-id-2")).toBeNull();
  });
});
