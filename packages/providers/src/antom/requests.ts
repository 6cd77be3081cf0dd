// Request bodies as the official SDKs send them (docs/providers/clients.md): camelCase, no null keys, every amount a
// string of minor units.
import type { ChildInput, PayInput } from "../connector.ts";

export const PATHS = {
  pay: "/ams/api/v1/payments/pay",
  capture: "/ams/api/v1/payments/capture",
  cancel: "/ams/api/v1/payments/cancel",
  refund: "/ams/api/v1/payments/refund",
  inquiryPayment: "/ams/api/v1/payments/inquiryPayment",
  inquiryRefund: "/ams/api/v1/payments/inquiryRefund",
  acceptDispute: "/ams/api/v1/payments/acceptDispute",
  supplyDefenseDocument: "/ams/api/v1/payments/supplyDefenseDocument",
} as const;

export interface AntomAmount {
  currency: string;
  value: string;
}

export function amount(amountMinor: bigint, currency: string): AntomAmount {
  return { currency: currency.toUpperCase(), value: amountMinor.toString() };
}

/** "JOHN VAN DOE" → first "JOHN", last "VAN DOE"; the customer's own names when the holder is one word. */
function cardholderName(holder: string, input: PayInput): { firstName: string; lastName: string } {
  const words = holder.trim().split(/\s+/).filter(Boolean);
  if (words.length >= 2) return { firstName: words[0] ?? "", lastName: words.slice(1).join(" ") };
  return { firstName: input.customer.firstName ?? words[0] ?? "", lastName: input.customer.lastName ?? "" };
}

const TERMINALS = { ONLINE: "WEB", WAP: "WAP", APP: "APP", INSTORE: "WEB" } as const;

function paymentMethod(input: PayInput): Record<string, unknown> {
  const card = input.card;
  if (!card) return { paymentMethodType: (input.wallet?.vendor ?? "CARD").toUpperCase() };
  const billing = input.billingAddress;
  return {
    paymentMethodType: "CARD",
    paymentMethodMetaData: {
      cardNo: card.number,
      cvv: card.cvc,
      expiryYear: String(card.expYear % 100).padStart(2, "0"),
      expiryMonth: String(card.expMonth).padStart(2, "0"),
      cardholderName: cardholderName(card.holder, input),
      ...(billing
        ? {
            billingAddress: {
              region: billing.country,
              city: billing.city,
              address1: billing.address,
              zipCode: billing.zip,
            },
          }
        : {}),
    },
  };
}

export function payRequest(input: PayInput, manualCapture: boolean): Record<string, unknown> {
  const total = amount(input.amountMinor, input.currency);
  const { firstName, lastName, email } = input.customer;
  return {
    productCode: "CASHIER_PAYMENT",
    paymentRequestId: input.trackingId,
    order: {
      referenceOrderId: input.trackingId,
      orderDescription: input.description,
      orderAmount: total,
      buyer: {
        buyerEmail: email,
        ...(firstName || lastName ? { buyerName: { firstName: firstName ?? "", lastName: lastName ?? "" } } : {}),
      },
    },
    paymentAmount: total,
    paymentMethod: paymentMethod(input),
    paymentRedirectUrl: input.returnUrl,
    ...(input.notificationUrl ? { paymentNotifyUrl: input.notificationUrl } : {}),
    // Manual capture is an authorization (isAuthorization) that Antom leaves uncaptured (captureMode MANUAL).
    paymentFactor: manualCapture ? { isAuthorization: true, captureMode: "MANUAL" } : { isAuthorization: false },
    env: { terminalType: TERMINALS[input.wallet?.terminal ?? "ONLINE"], clientIp: input.customer.ip },
  };
}

export function captureRequest(input: ChildInput): Record<string, unknown> {
  return {
    captureRequestId: input.idempotencyKey,
    paymentId: input.parentUid,
    captureAmount: amount(input.amountMinor, input.currency),
    // One capture per authorization: multi-capture is a contract option (MULTI_CAPTURE_NOT_SUPPORTED).
    isLastCapture: true,
  };
}

export function cancelRequest(paymentId: string): Record<string, unknown> {
  return { paymentId };
}

/** Antom refunds a payment; when the parent is a capture, its payment goes in paymentId and the capture in captureId. */
export function refundRequest(input: ChildInput, paymentId: string): Record<string, unknown> {
  return {
    refundRequestId: input.idempotencyKey,
    paymentId,
    ...(paymentId !== input.parentUid ? { captureId: input.parentUid } : {}),
    refundAmount: amount(input.amountMinor, input.currency),
    refundReason: input.reason ?? "Refund",
  };
}
