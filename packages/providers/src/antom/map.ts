// Antom payment bodies (pay response, inquiryPayment response, notifyPayment) -> domain snapshot.
//
// Status mapping (docs/providers/antom.md §3, §4.1, §4.6, §6):
//   pay response      result S → successful; U → incomplete when a redirect URL waits for the shopper (3-D Secure),
//                     else pending; F → failed (ORDER_IS_CLOSED → expired).
//   notifyPayment     PAYMENT_PENDING → pending; PAYMENT_RESULT with S → successful, F → failed / expired.
//   inquiryPayment    paymentStatus SUCCESS → successful; FAIL → failed / expired; PROCESSING → incomplete with a
//                     redirect, else pending; PENDING → pending; CANCELLED → successful when it had been paid or
//                     authorized (the void is its own child transaction), else failed.
// Type: an authorization when the caller knows (it sent captureMode MANUAL, or asks about one), when the body
// says captureMode MANUAL, carries authExpiryTime (only manual-capture authorizations have one) or lists a capture.
import type { z } from "zod";
import { decodeAntom, type AntomService } from "@paylens/codes/antom";
import { redactCardData, normalizeBrand } from "@paylens/domain/card";
import type {
  Outcome,
  PaymentMethod,
  TransactionSnapshot,
  TransactionStatus,
  Verifications,
} from "@paylens/domain/transaction";
import { PayloadError } from "../connector.ts";
import { objectOrNull, readPayload } from "../wire.ts";
import { antomPayment, type antomAmount, type AntomCardInfo, type AntomPayment, type AntomResult } from "./schema.ts";

/** Fields holding ids (ours or the merchant's), kept as sent by the card-data guard: see `Connector.identifierFields`. */
export const IDENTIFIER_FIELDS: ReadonlySet<string> = new Set([
  "paymentId",
  "paymentRequestId",
  "refundId",
  "refundRequestId",
  "captureId",
  "captureRequestId",
  "pspId",
]);

export type PaymentType = "payment" | "authorization";

export interface MapHint {
  /** The type the caller knows (the request it sent, or the row it asks about). */
  type?: PaymentType;
  /** A `SANDBOX_` client id: the transaction is a test one. */
  test?: boolean;
  /** The parent's id when the body does not carry it (notifyRefund, inquiryRefund). */
  parentUid?: string | null;
}

export type Json = Record<string, unknown>;

type Amount = z.output<typeof antomAmount>;

export function amountOf(amount: Amount, field: string): { amountMinor: bigint; currency: string } {
  const currency = amount?.currency?.toUpperCase();
  if (!amount || amount.value === null || !currency || !/^[A-Z]{3}$/.test(currency)) {
    throw new PayloadError(`${field} must be {currency, value} with an integer value of minor units`);
  }
  return { amountMinor: amount.value, currency };
}

export function requireId(id: string | null, field: string): string {
  if (!id) throw new PayloadError(`no ${field} in the body`);
  return id;
}

const NO_RESULT: AntomResult = { resultStatus: null, resultCode: null, resultMessage: null };

export function resultOf(body: { result: AntomResult | null }): AntomResult {
  return body.result ?? NO_RESULT;
}

/** Decodes a result with the card's raw issuer answer (paymentResultInfo, §9) beside it. */
export function outcomeOf(result: AntomResult, info: AntomCardInfo | null, service: AntomService): Outcome {
  return decodeAntom(result, {
    service,
    refusalCodeRaw: info?.refusalCodeRaw ?? null,
    refusalReasonRaw: info?.refusalReasonRaw ?? null,
    merchantAdviceCode: info?.merchantAdviceCode ?? null,
  });
}

function holderName(name: AntomCardInfo["cardholderName"]): string | null {
  if (name === null || typeof name === "string") return name;
  return name.fullName ?? ([name.firstName, name.middleName, name.lastName].filter(Boolean).join(" ") || null);
}

/** Card fields of paymentResultInfo (or the older cardInfo): the masked number gives BIN and last 4 when the fields lack. */
export function cardMethod(info: AntomCardInfo | null, methodType: string | null): PaymentMethod | null {
  if (!info && !methodType) return null;
  const cardNo = info?.cardNo ?? "";
  const leading = /^\d{6,8}/.exec(cardNo)?.[0];
  const trailing = /\d{4}$/.exec(cardNo)?.[0];
  const year = info?.expiryYear ?? null;
  return {
    type: !methodType || methodType.toUpperCase() === "CARD" ? "credit_card" : methodType.toLowerCase(),
    brand: normalizeBrand(info?.cardBrand ?? null),
    bin: info?.cardBin ?? (leading ? leading.slice(0, 6) : null),
    last4: info?.lastFour ?? trailing ?? null,
    holder: info ? holderName(info.cardholderName) : null,
    expMonth: info?.expiryMonth ?? null,
    expYear: year !== null && year < 100 ? 2000 + year : year,
    issuerName: info?.issuerName ?? null,
    issuerCountry: info?.issuingCountry ?? null,
  };
}

// ECI tells the 3-DS result Antom does not spell out: 02/05 authenticated, 01/06 attempted (docs/providers/antom.md
// §9).
const ECI_RESULT: Record<string, string> = { "02": "Y", "05": "Y", "01": "A", "06": "A" };

export function verificationsOf(info: AntomCardInfo | null): Verifications {
  const three = info?.threeDSResult ?? null;
  let threeDs: Verifications["threeDs"] = null;
  if (three) {
    const eci = three.eci;
    const failed = three.challengeCancel !== null || (three.threeDStransactionStatusReason !== null && !three.cavv);
    const result = failed ? "N" : eci ? (ECI_RESULT[eci] ?? null) : null;
    threeDs = {
      status: failed ? "failed" : result ? "successful" : null,
      eci,
      version: three.threeDSVersion,
      result,
    };
  }
  return { threeDs, avs: info?.avsResultRaw ?? null, cvc: info?.cvvResultRaw ?? null };
}

function redirectOf(body: AntomPayment): string | null {
  return body.normalUrl ?? body.redirectActionForm?.redirectUrl ?? body.schemeUrl ?? body.applinkUrl;
}

function typeOf(body: AntomPayment, hint: MapHint): PaymentType {
  if (hint.type) return hint.type;
  if (body.paymentFactor?.captureMode?.toUpperCase() === "MANUAL") return "authorization";
  if (body.authExpiryTime) return "authorization";
  const split = body.transactions.some((item) => ["AUTHORIZATION", "CAPTURE"].includes(item.transactionType ?? ""));
  return split ? "authorization" : "payment";
}

function failedOrExpired(code: string | null): TransactionStatus {
  return code?.toUpperCase() === "ORDER_IS_CLOSED" ? "expired" : "failed";
}

/** Status and outcome by the kind of body: an inquiry's `result` says only whether the query worked (§3). */
function stateOf(
  body: AntomPayment,
  info: AntomCardInfo | null,
  redirect: string | null,
): { status: TransactionStatus; outcome: Outcome } {
  const paymentStatus = body.paymentStatus?.toUpperCase();
  if (paymentStatus) {
    const code = body.paymentResultCode;
    const message = body.paymentResultMessage;
    const decode = (resultStatus: string, fallbackCode: string) =>
      outcomeOf({ resultStatus, resultCode: code ?? fallbackCode, resultMessage: message }, info, "Payment");
    switch (paymentStatus) {
      case "SUCCESS":
        return { status: "successful", outcome: decode("S", "SUCCESS") };
      case "FAIL":
        return { status: failedOrExpired(code), outcome: decode("F", "PROCESS_FAIL") };
      case "CANCELLED":
        return body.paymentTime
          ? { status: "successful", outcome: decode("S", "SUCCESS") }
          : { status: "failed", outcome: decode("F", "ORDER_IS_CANCELED") };
      case "PROCESSING":
        return { status: redirect ? "incomplete" : "pending", outcome: decode("U", "PAYMENT_IN_PROCESS") };
      case "PENDING":
        return { status: "pending", outcome: decode("U", "PAYMENT_IN_PROCESS") };
      default:
        throw new PayloadError(`unknown paymentStatus "${paymentStatus}"`);
    }
  }
  const result = resultOf(body);
  const outcome = outcomeOf(result, info, "Payment");
  if (body.notifyType?.toUpperCase() === "PAYMENT_PENDING") return { status: "pending", outcome };
  switch (result.resultStatus?.toUpperCase()) {
    case "S":
      return { status: "successful", outcome };
    case "F":
      return { status: failedOrExpired(result.resultCode), outcome };
    case "U":
      return { status: redirect ? "incomplete" : "pending", outcome };
    default:
      throw new PayloadError("result.resultStatus must be S, F or U");
  }
}

export function mapAntomPayment(raw: unknown, hint: MapHint = {}): TransactionSnapshot {
  const body = readPayload(antomPayment, raw);
  const sent = raw as Json; // an object: the schema read it
  const paymentId = requireId(body.paymentId, "paymentId");
  const { amountMinor, currency } = amountOf(body.paymentAmount, "paymentAmount");
  const info = body.paymentResultInfo ?? body.cardInfo;
  const redirect = redirectOf(body);
  const { status, outcome } = stateOf(body, info, redirect);
  const type = typeOf(body, hint);
  const createdAt = body.paymentCreateTime;
  const paymentTime = body.paymentTime;
  const final = status !== "pending" && status !== "incomplete";
  const updatedAt = paymentTime ?? (final ? null : createdAt);
  // The card section as sent (masked), for the transaction's details.
  const sentInfo = objectOrNull.parse(sent.paymentResultInfo) ?? objectOrNull.parse(sent.cardInfo);

  return {
    provider: "antom",
    providerUid: paymentId,
    parentProviderUid: null,
    type,
    status,
    amountMinor,
    currency,
    trackingId: body.paymentRequestId,
    description: null,
    method: cardMethod(info, body.paymentMethodType ?? (info ? "CARD" : null)),
    customerEmail: null,
    customerIp: null,
    customerCountry: null,
    rrn: info?.rrn ?? null,
    authCode: info?.authorizationCode ?? null,
    refId: body.acquirerReferenceNo ?? body.acquirerInfo?.acquirerTransactionId ?? null,
    networkTransactionId: info?.networkTransactionId ?? null,
    outcome,
    verifications: verificationsOf(info),
    test: hint.test ?? false,
    createdAt,
    updatedAt,
    paidAt: status === "successful" ? paymentTime : null,
    settledAt: null,
    closedAt: null,
    expiredAt: status === "expired" ? updatedAt : null,
    details: {
      captureMode: type === "authorization" ? "MANUAL" : "AUTOMATIC",
      notifyType: body.notifyType,
      paymentStatus: body.paymentStatus,
      redirectUrl: redirect,
      authExpiryTime: body.authExpiryTime,
      paymentMethodType: body.paymentMethodType,
      funding: info?.funding ?? null,
      cardCategory: info?.cardCategory ?? null,
      refusalCodeRaw: info?.refusalCodeRaw ?? null,
      refusalReasonRaw: info?.refusalReasonRaw ?? null,
      merchantAdviceCode: info?.merchantAdviceCode ?? null,
      acquirerReferenceNo: body.acquirerReferenceNo,
      grossSettlementAmount: body.grossSettlementAmount,
      paymentResultInfo: sentInfo ? redactCardData(sentInfo) : null,
    },
    raw: redactCardData(sent),
  };
}
