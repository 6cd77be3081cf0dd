// Request parsing the way the gateway answers: PARAM_ILLEGAL with a message naming the field, nothing done. Lenient on
// what SDKs send (docs/providers/antom.md §1): scalars as strings or as numbers/booleans, any key order, pretty JSON.
import { result, type AntomResult } from "./codes.ts";

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: AntomResult };

export interface Money {
  amount: bigint;
  currency: string;
}

export interface PayRequest {
  paymentRequestId: string;
  money: Money;
  card: {
    number: string;
    cvv: string | null;
    expiryMonth: string;
    expiryYear: string;
    holder: string | null;
    is3DS: boolean;
    billingAddress: boolean;
  };
  manual: boolean;
  notifyUrl: string | null;
  redirectUrl: string | null;
}

export interface CaptureRequest {
  captureRequestId: string;
  paymentId: string;
  money: Money;
}

export interface RefundRequest {
  refundRequestId: string;
  paymentId: string;
  captureId: string | null;
  money: Money;
  reason: string | null;
  notifyUrl: string | null;
}

/** Either id of a payment (paymentId wins, §4.4/§4.6); the same shape for refunds (refundId wins, §4.7). */
export interface Lookup {
  id: string | null;
  requestId: string | null;
}

type Json = Record<string, unknown>;

function record(value: unknown): Json | null {
  return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : null;
}

function text(value: unknown): string | null {
  if (typeof value === "string") return value.trim() === "" ? null : value.trim();
  if (typeof value === "number" && Number.isFinite(value)) return String(value);
  return null;
}

function flag(value: unknown): boolean {
  return value === true || value === "true";
}

const illegal = (message: string): { ok: false; error: AntomResult } => ({
  ok: false,
  error: result("PARAM_ILLEGAL", "F", message),
});

function requiredId(body: Json, field: string): string | { ok: false; error: AntomResult } {
  const value = text(body[field]);
  if (!value) return illegal(`${field} is required`);
  if (value.length > 64) return illegal(`${field} is longer than 64 characters`);
  return value;
}

function money(value: unknown, field: string): Money | { ok: false; error: AntomResult } {
  const amount = record(value);
  const currency = text(amount?.currency)?.toUpperCase();
  const digits = text(amount?.value);
  if (!currency || !/^[A-Z]{3}$/.test(currency)) return illegal(`${field}.currency must be an ISO-4217 code`);
  if (!digits || !/^\d{1,18}$/.test(digits) || BigInt(digits) <= 0n)
    return illegal(`${field}.value must be a positive integer of minor units`);
  return { amount: BigInt(digits), currency };
}

function url(value: unknown, field: string): string | null | { ok: false; error: AntomResult } {
  const raw = text(value);
  if (raw === null) return null;
  try {
    const parsed = new URL(raw);
    return parsed.protocol === "http:" || parsed.protocol === "https:"
      ? raw
      : illegal(`${field} must be an http(s) URL`);
  } catch {
    return illegal(`${field} must be an http(s) URL`);
  }
}

const failed = (value: unknown): value is { ok: false; error: AntomResult } => record(value)?.ok === false;

function holderName(value: unknown): string | null {
  const name = record(value);
  if (!name) return text(value);
  return text(name.fullName) ?? ([text(name.firstName), text(name.lastName)].filter(Boolean).join(" ") || null);
}

export function parsePay(body: Json): Parsed<PayRequest> {
  const paymentRequestId = requiredId(body, "paymentRequestId");
  if (failed(paymentRequestId)) return paymentRequestId;
  if (text(body.productCode) !== "CASHIER_PAYMENT")
    return illegal("productCode must be CASHIER_PAYMENT (the only product emulated)");
  const amount = money(body.paymentAmount, "paymentAmount");
  if (failed(amount)) return amount;
  const method = record(body.paymentMethod);
  if (text(method?.paymentMethodType)?.toUpperCase() !== "CARD")
    return illegal("paymentMethod.paymentMethodType must be CARD (the only method emulated)");
  const meta = record(method?.paymentMethodMetaData);
  const number = text(meta?.cardNo)?.replace(/[\s-]/g, "");
  if (!number) return illegal("paymentMethod.paymentMethodMetaData.cardNo is required");
  const expiryMonth = text(meta?.expiryMonth);
  const expiryYear = text(meta?.expiryYear);
  if (!expiryMonth || !expiryYear)
    return illegal("paymentMethod.paymentMethodMetaData.expiryMonth and expiryYear are required");
  const factor = record(body.paymentFactor);
  const notifyUrl = url(body.paymentNotifyUrl, "paymentNotifyUrl");
  if (failed(notifyUrl)) return notifyUrl;
  const redirectUrl = url(body.paymentRedirectUrl, "paymentRedirectUrl");
  if (failed(redirectUrl)) return redirectUrl;
  return {
    ok: true,
    value: {
      paymentRequestId,
      money: amount,
      card: {
        number,
        cvv: text(meta?.cvv),
        expiryMonth,
        expiryYear,
        holder: holderName(meta?.cardholderName),
        is3DS: flag(meta?.is3DSAuthentication),
        billingAddress: record(meta?.billingAddress) !== null,
      },
      // §4.1: captureMode empty means AUTOMATIC; only MANUAL leaves the authorization uncaptured.
      manual: text(factor?.captureMode)?.toUpperCase() === "MANUAL",
      notifyUrl,
      redirectUrl,
    },
  };
}

export function parseCapture(body: Json): Parsed<CaptureRequest> {
  const captureRequestId = requiredId(body, "captureRequestId");
  if (failed(captureRequestId)) return captureRequestId;
  const paymentId = requiredId(body, "paymentId");
  if (failed(paymentId)) return paymentId;
  const amount = money(body.captureAmount, "captureAmount");
  if (failed(amount)) return amount;
  return { ok: true, value: { captureRequestId, paymentId, money: amount } };
}

export function parseRefund(body: Json): Parsed<RefundRequest> {
  const refundRequestId = requiredId(body, "refundRequestId");
  if (failed(refundRequestId)) return refundRequestId;
  const paymentId = requiredId(body, "paymentId");
  if (failed(paymentId)) return paymentId;
  const amount = money(body.refundAmount, "refundAmount");
  if (failed(amount)) return amount;
  const notifyUrl = url(body.refundNotifyUrl, "refundNotifyUrl");
  if (failed(notifyUrl)) return notifyUrl;
  const reason = text(body.refundReason);
  if (reason && reason.length > 256) return illegal("refundReason is longer than 256 characters");
  return {
    ok: true,
    value: { refundRequestId, paymentId, captureId: text(body.captureId), money: amount, reason, notifyUrl },
  };
}

export interface DisputeAnswer {
  disputeId: string;
  /** supplyDefenseDocument's decoded evidence size (null for acceptDispute). */
  evidenceBytes: number | null;
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/** acceptDispute {disputeId} and supplyDefenseDocument {disputeId, disputeEvidence (base64, ≤ 1,000,000 chars)}. */
export function parseDisputeAnswer(body: Json, withEvidence: boolean): Parsed<DisputeAnswer> {
  const disputeId = text(body.disputeId);
  if (!disputeId || disputeId.length > 64) return illegal("disputeId is required (at most 64 characters)");
  if (!withEvidence) return { ok: true, value: { disputeId, evidenceBytes: null } };
  const evidence = text(body.disputeEvidence)?.replace(/\s/g, "") ?? "";
  if (!evidence || evidence.length > 1_000_000 || !BASE64.test(evidence))
    return illegal("disputeEvidence must be a Base64 document of at most 1000000 characters");
  return { ok: true, value: { disputeId, evidenceBytes: Buffer.from(evidence, "base64").length } };
}

/** inquiryPayment and cancel: paymentId or paymentRequestId; inquiryRefund: refundId or refundRequestId. */
export function parseLookup(body: Json, idField: string, requestField: string): Parsed<Lookup> {
  const id = text(body[idField]);
  const requestId = text(body[requestField]);
  if (!id && !requestId) return illegal(`${idField} or ${requestField} is required`);
  return { ok: true, value: { id, requestId } };
}
