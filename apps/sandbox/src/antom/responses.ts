// Renders stored state as Antom's bodies (docs/providers/antom.md §4, §6, §9): camelCase, every scalar a string, no
// null keys, times in ISO 8601 with Antom's +08:00 offset.
import { ISO_TEXTS, result, type AntomResult } from "./codes.ts";
import type { Capture, Payment, Refund } from "./store.ts";

type Json = Record<string, unknown>;

/** "2021-11-12T17:27:50+08:00": Antom writes its own times at UTC+8, to the second. */
export function antomTime(date: Date): string {
  const shifted = new Date(date.getTime() + 8 * 3_600_000);
  return `${shifted.toISOString().slice(0, 19)}+08:00`;
}

const money = (amount: bigint, currency: string) => ({ currency, value: amount.toString() });

/** Drops undefined and null keys, as Antom leaves fields out rather than sending nulls. */
function compact(body: Json): Json {
  return Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined && value !== null));
}

export function errorBody(error: AntomResult): Json {
  return { result: error };
}

function paymentResultInfo(payment: Payment): Json {
  const { card, cardResult } = payment;
  const refusal = cardResult.refusalCodeRaw;
  return compact({
    cardNo: `${"*".repeat(12)}${card.last4}`,
    cardBrand: card.brand,
    cardBin: card.bin,
    lastFour: card.last4,
    cardToken: card.token,
    issuingCountry: card.issuingCountry,
    paymentMethodRegion: card.issuingCountry,
    issuerName: card.issuerName,
    funding: card.funding,
    cardCategory: "CONSUMER",
    credentialTypeUsed: "PAN",
    expiryMonth: card.expiryMonth,
    expiryYear: card.expiryYear,
    cardholderName: card.holder,
    avsResultRaw: cardResult.avs,
    cvvResultRaw: cardResult.cvv,
    networkTransactionId: cardResult.networkTransactionId,
    rrn: cardResult.rrn,
    authorizationCode: cardResult.authCode,
    refusalCodeRaw: refusal,
    refusalReasonRaw: refusal ? (ISO_TEXTS[refusal] ?? null) : null,
    threeDSResult: cardResult.threeDS
      ? {
          ...cardResult.threeDS,
          ...(cardResult.threeDS.challenged === undefined ? {} : { challenged: String(cardResult.threeDS.challenged) }),
        }
      : null,
  });
}

function paymentCore(payment: Payment): Json {
  return {
    paymentRequestId: payment.paymentRequestId,
    paymentId: payment.paymentId,
    paymentAmount: money(payment.amount, payment.currency),
    paymentCreateTime: antomTime(payment.createdAt),
    paymentTime: payment.paymentTime ? antomTime(payment.paymentTime) : null,
    authExpiryTime: payment.authExpiry && payment.status !== "FAIL" ? antomTime(payment.authExpiry) : null,
  };
}

export function payResponse(payment: Payment): Json {
  return compact({
    result: payment.result,
    ...paymentCore(payment),
    normalUrl: payment.status === "PROCESSING" ? payment.challengeUrl : null,
    paymentResultInfo: paymentResultInfo(payment),
  });
}

export function notifyPaymentBody(payment: Payment): Json {
  return compact({
    notifyType: "PAYMENT_RESULT",
    result: payment.result,
    ...paymentCore(payment),
    paymentMethodType: "CARD",
    paymentResultInfo: paymentResultInfo(payment),
  });
}

export function inquiryPaymentBody(payment: Payment, captures: Capture[], refunds: Refund[]): Json {
  const line = (type: string, id: string, requestId: string | null, amount: bigint, at: Date, outcome: AntomResult) =>
    compact({
      transactionType: type,
      transactionStatus:
        outcome.resultStatus === "S" ? "SUCCESS" : outcome.resultStatus === "F" ? "FAIL" : "PROCESSING",
      transactionResult: outcome,
      transactionId: id,
      transactionRequestId: requestId,
      transactionAmount: money(amount, payment.currency),
      transactionTime: antomTime(at),
    });
  const transactions = [
    ...captures.map((c) => line("CAPTURE", c.captureId, c.captureRequestId, c.amount, c.captureTime, c.result)),
    ...refunds.map((r) => line("REFUND", r.refundId, r.refundRequestId, r.amount, r.refundTime, r.result)),
    ...(payment.cancelTime
      ? [line("CANCEL", `${payment.paymentId}C`, null, payment.amount, payment.cancelTime, result("SUCCESS"))]
      : []),
  ];
  const processing = payment.status === "PROCESSING";
  return compact({
    result: result("SUCCESS"),
    paymentStatus: payment.status,
    paymentResultCode: payment.result.resultCode,
    paymentResultMessage: payment.result.resultMessage,
    ...paymentCore(payment),
    paymentMethodType: "CARD",
    paymentResultInfo: paymentResultInfo(payment),
    redirectActionForm:
      processing && payment.challengeUrl ? { method: "GET", redirectUrl: payment.challengeUrl } : null,
    transactions: transactions.length > 0 ? transactions : null,
  });
}

export function captureBody(capture: Capture, notify: boolean): Json {
  return compact({
    ...(notify ? { notifyType: "CAPTURE_RESULT" } : {}),
    result: capture.result,
    captureRequestId: capture.captureRequestId,
    captureId: capture.captureId,
    paymentId: capture.paymentId,
    captureAmount: money(capture.amount, capture.currency),
    captureTime: antomTime(capture.captureTime),
  });
}

export function cancelBody(payment: Payment): Json {
  return compact({
    result: result("SUCCESS"),
    paymentId: payment.paymentId,
    paymentRequestId: payment.paymentRequestId,
    cancelTime: payment.cancelTime ? antomTime(payment.cancelTime) : null,
  });
}

export function refundBody(refund: Refund): Json {
  return compact({
    result: refund.result,
    refundRequestId: refund.refundRequestId,
    refundId: refund.refundId,
    paymentId: refund.paymentId,
    refundAmount: money(refund.amount, refund.currency),
    refundTime: antomTime(refund.refundTime),
  });
}

/** notifyRefund carries no paymentId (JNTF:AlipayRefundNotify, docs' notifyRefund). */
export function notifyRefundBody(refund: Refund): Json {
  return compact({
    notifyType: "REFUND_RESULT",
    result: refund.result,
    refundStatus: refund.result.resultStatus === "S" ? "SUCCESS" : "FAIL",
    refundRequestId: refund.refundRequestId,
    refundId: refund.refundId,
    refundAmount: money(refund.amount, refund.currency),
    refundTime: antomTime(refund.refundTime),
  });
}

export function inquiryRefundBody(refund: Refund): Json {
  return compact({
    result: result("SUCCESS"),
    refundId: refund.refundId,
    refundRequestId: refund.refundRequestId,
    refundAmount: money(refund.amount, refund.currency),
    refundStatus:
      refund.result.resultStatus === "S" ? "SUCCESS" : refund.result.resultStatus === "F" ? "FAIL" : "PROCESSING",
    refundTime: antomTime(refund.refundTime),
  });
}
