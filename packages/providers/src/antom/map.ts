// Antom payment bodies (pay response, inquiryPayment response, notifyPayment) -> domain snapshot.
//
// Status mapping (antom.md §3, §4.1, §4.6, §6):
//   pay response      result S → successful; U → incomplete when a redirect URL waits for the shopper (3-D Secure),
//                     else pending; F → failed (ORDER_IS_CLOSED → expired).
//   notifyPayment     PAYMENT_PENDING → pending; PAYMENT_RESULT with S → successful, F → failed / expired.
//   inquiryPayment    paymentStatus SUCCESS → successful; FAIL → failed / expired; PROCESSING → incomplete with a
//                     redirect, else pending; PENDING → pending; CANCELLED → successful when it had been paid or
//                     authorized (the void is its own child transaction), else failed.
// Type: an authorization when the caller knows (it sent captureMode MANUAL, or asks about one), when the body
// says captureMode MANUAL, carries authExpiryTime (only manual-capture authorizations have one) or lists a capture.
import { decodeAntom, type AntomService } from "@paylens/codes/antom";
import { redactCardData, normalizeBrand } from "@paylens/domain/card";
import { toMinor } from "@paylens/domain/money";
import type {
  Outcome,
  PaymentMethod,
  TransactionSnapshot,
  TransactionStatus,
  Verifications,
} from "@paylens/domain/transaction";
import { PayloadError } from "../connector.ts";
import { asRecord, date, int, str } from "../json.ts";

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

export function objectOf(body: unknown): Json {
  const record = asRecord(body);
  if (!record) throw new PayloadError("body is not a JSON object");
  return record;
}

export function amountOf(value: unknown, field: string): { amountMinor: bigint; currency: string } {
  const amount = asRecord(value);
  const amountMinor = toMinor(amount?.value);
  const currency = str(amount?.currency)?.toUpperCase();
  if (amountMinor === null || !currency || !/^[A-Z]{3}$/.test(currency)) {
    throw new PayloadError(`${field} must be {currency, value} with an integer value of minor units`);
  }
  return { amountMinor, currency };
}

export function requireId(body: Json, field: string): string {
  const id = str(body[field]);
  if (!id) throw new PayloadError(`no ${field} in the body`);
  return id;
}

export function resultOf(body: Json): {
  resultStatus: string | null;
  resultCode: string | null;
  resultMessage: string | null;
} {
  const result = asRecord(body.result);
  return {
    resultStatus: str(result?.resultStatus),
    resultCode: str(result?.resultCode),
    resultMessage: str(result?.resultMessage),
  };
}

/** Decodes a result with the card's raw issuer answer (paymentResultInfo, §9) beside it. */
export function outcomeOf(result: ReturnType<typeof resultOf>, info: Json | null, service: AntomService): Outcome {
  return decodeAntom(result, {
    service,
    refusalCodeRaw: str(info?.refusalCodeRaw),
    refusalReasonRaw: str(info?.refusalReasonRaw),
    merchantAdviceCode: str(info?.merchantAdviceCode),
  });
}

function holderName(value: unknown): string | null {
  const name = asRecord(value);
  if (!name) return str(value);
  return (
    str(name.fullName) ??
    ([str(name.firstName), str(name.middleName), str(name.lastName)].filter(Boolean).join(" ") || null)
  );
}

/** Card fields of paymentResultInfo (or the older cardInfo): the masked number gives BIN and last 4 when the fields lack. */
export function cardMethod(info: Json | null, methodType: string | null): PaymentMethod | null {
  if (!info && !methodType) return null;
  const cardNo = str(info?.cardNo) ?? "";
  const leading = /^\d{6,8}/.exec(cardNo)?.[0];
  const trailing = /\d{4}$/.exec(cardNo)?.[0];
  const year = int(info?.expiryYear);
  return {
    type: !methodType || methodType.toUpperCase() === "CARD" ? "credit_card" : methodType.toLowerCase(),
    brand: normalizeBrand(str(info?.cardBrand)),
    bin: str(info?.cardBin) ?? (leading ? leading.slice(0, 6) : null),
    last4: str(info?.lastFour) ?? trailing ?? null,
    holder: holderName(info?.cardholderName),
    expMonth: int(info?.expiryMonth),
    expYear: year !== null && year < 100 ? 2000 + year : year,
    issuerName: str(info?.issuerName),
    issuerCountry: str(info?.issuingCountry),
  };
}

// ECI tells the 3-DS result Antom does not spell out: 02/05 authenticated, 01/06 attempted (antom.md §9).
const ECI_RESULT: Record<string, string> = { "02": "Y", "05": "Y", "01": "A", "06": "A" };

export function verificationsOf(info: Json | null): Verifications {
  const three = asRecord(info?.threeDSResult);
  let threeDs: Verifications["threeDs"] = null;
  if (three) {
    const eci = str(three.eci);
    const failed =
      str(three.challengeCancel) !== null || (str(three.threeDStransactionStatusReason) !== null && !str(three.cavv));
    const result = failed ? "N" : eci ? (ECI_RESULT[eci] ?? null) : null;
    threeDs = {
      status: failed ? "failed" : result ? "successful" : null,
      eci,
      version: str(three.threeDSVersion),
      result,
    };
  }
  return { threeDs, avs: str(info?.avsResultRaw), cvc: str(info?.cvvResultRaw) };
}

function redirectOf(body: Json): string | null {
  return (
    str(body.normalUrl) ??
    str(asRecord(body.redirectActionForm)?.redirectUrl) ??
    str(body.schemeUrl) ??
    str(body.applinkUrl)
  );
}

function typeOf(body: Json, hint: MapHint): PaymentType {
  if (hint.type) return hint.type;
  if (str(asRecord(body.paymentFactor)?.captureMode)?.toUpperCase() === "MANUAL") return "authorization";
  if (str(body.authExpiryTime)) return "authorization";
  const transactions = Array.isArray(body.transactions) ? body.transactions : [];
  const split = transactions.some((item) =>
    ["AUTHORIZATION", "CAPTURE"].includes(str(asRecord(item)?.transactionType) ?? ""),
  );
  return split ? "authorization" : "payment";
}

function failedOrExpired(code: string | null): TransactionStatus {
  return code?.toUpperCase() === "ORDER_IS_CLOSED" ? "expired" : "failed";
}

/** Status and outcome by the kind of body: an inquiry's `result` says only whether the query worked (§3). */
function stateOf(
  body: Json,
  info: Json | null,
  redirect: string | null,
): { status: TransactionStatus; outcome: Outcome } {
  const paymentStatus = str(body.paymentStatus)?.toUpperCase();
  if (paymentStatus) {
    const code = str(body.paymentResultCode);
    const message = str(body.paymentResultMessage);
    const decode = (resultStatus: string, fallbackCode: string) =>
      outcomeOf({ resultStatus, resultCode: code ?? fallbackCode, resultMessage: message }, info, "Payment");
    switch (paymentStatus) {
      case "SUCCESS":
        return { status: "successful", outcome: decode("S", "SUCCESS") };
      case "FAIL":
        return { status: failedOrExpired(code), outcome: decode("F", "PROCESS_FAIL") };
      case "CANCELLED":
        return str(body.paymentTime)
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
  if (str(body.notifyType)?.toUpperCase() === "PAYMENT_PENDING") return { status: "pending", outcome };
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
  const body = objectOf(raw);
  const paymentId = requireId(body, "paymentId");
  const { amountMinor, currency } = amountOf(body.paymentAmount, "paymentAmount");
  const info = asRecord(body.paymentResultInfo) ?? asRecord(body.cardInfo);
  const redirect = redirectOf(body);
  const { status, outcome } = stateOf(body, info, redirect);
  const type = typeOf(body, hint);
  const createdAt = date(body.paymentCreateTime);
  const paymentTime = date(body.paymentTime);
  const final = status !== "pending" && status !== "incomplete";
  const updatedAt = paymentTime ?? (final ? null : createdAt);

  return {
    provider: "antom",
    providerUid: paymentId,
    parentProviderUid: null,
    type,
    status,
    amountMinor,
    currency,
    trackingId: str(body.paymentRequestId),
    description: null,
    method: cardMethod(info, str(body.paymentMethodType) ?? (info ? "CARD" : null)),
    customerEmail: null,
    customerIp: null,
    customerCountry: null,
    rrn: str(info?.rrn),
    authCode: str(info?.authorizationCode),
    refId: str(body.acquirerReferenceNo) ?? str(asRecord(body.acquirerInfo)?.acquirerTransactionId),
    networkTransactionId: str(info?.networkTransactionId),
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
      notifyType: str(body.notifyType),
      paymentStatus: str(body.paymentStatus),
      redirectUrl: redirect,
      authExpiryTime: str(body.authExpiryTime),
      paymentMethodType: str(body.paymentMethodType),
      funding: str(info?.funding),
      cardCategory: str(info?.cardCategory),
      refusalCodeRaw: str(info?.refusalCodeRaw),
      refusalReasonRaw: str(info?.refusalReasonRaw),
      merchantAdviceCode: str(info?.merchantAdviceCode),
      acquirerReferenceNo: str(body.acquirerReferenceNo),
      grossSettlementAmount: asRecord(body.grossSettlementAmount),
      paymentResultInfo: info ? redactCardData(info) : null,
    },
    raw: redactCardData(body),
  };
}
