// Antom children -> domain snapshots: captures (capture response, notifyCapture, a CAPTURE line of inquiryPayment),
// refunds (refund response, notifyRefund, inquiryRefund) and voids (cancel response, a cancelled inquiryPayment).
// Status: result / refundStatus / transactionStatus S|SUCCESS → successful, F|FAIL → failed, U|PROCESSING → pending.
import { redactCardData } from "@paylens/domain/card";
import type { Outcome, TransactionSnapshot, TransactionStatus, TransactionType } from "@paylens/domain/transaction";
import { PayloadError } from "../connector.ts";
import { asRecord, date, str } from "../json.ts";
import {
  amountOf,
  cardMethod,
  objectOf,
  outcomeOf,
  requireId,
  resultOf,
  verificationsOf,
  type Json,
  type MapHint,
} from "./map.ts";

/** A cancel has no id of its own at Antom (§4.4): the void is named after the payment it cancelled. */
export const VOID_SUFFIX = "-cancel";

export function voidUid(paymentId: string): string {
  return `${paymentId}${VOID_SUFFIX}`;
}

/** The paymentId inside a void's uid, or null when the uid is not one. */
export function paymentIdOfVoid(uid: string): string | null {
  return uid.endsWith(VOID_SUFFIX) ? uid.slice(0, -VOID_SUFFIX.length) : null;
}

const STATUS_WORDS: Record<string, TransactionStatus> = {
  S: "successful",
  SUCCESS: "successful",
  F: "failed",
  FAIL: "failed",
  U: "pending",
  PROCESSING: "pending",
  PENDING: "pending",
};

function statusOf(word: string | null, field: string): TransactionStatus {
  const status = word ? STATUS_WORDS[word.toUpperCase()] : undefined;
  if (!status) throw new PayloadError(`${field} must be S/F/U or SUCCESS/FAIL/PROCESSING, got "${word ?? ""}"`);
  return status;
}

interface ChildFields {
  type: TransactionType;
  uid: string;
  parentUid: string | null;
  status: TransactionStatus;
  amount: { amountMinor: bigint; currency: string };
  trackingId: string | null;
  at: Date | null;
  outcome: Outcome;
  info: Json | null;
  details: Record<string, unknown>;
}

function childSnapshot(body: Json, fields: ChildFields, hint: MapHint): TransactionSnapshot {
  const { info } = fields;
  return {
    provider: "antom",
    providerUid: fields.uid,
    parentProviderUid: fields.parentUid,
    type: fields.type,
    status: fields.status,
    amountMinor: fields.amount.amountMinor,
    currency: fields.amount.currency,
    trackingId: fields.trackingId,
    description: null,
    method: info ? cardMethod(info, "CARD") : null,
    customerEmail: null,
    customerIp: null,
    customerCountry: null,
    rrn: str(info?.rrn) ?? str(body.rrn),
    authCode: str(info?.authorizationCode),
    refId: str(body.acquirerReferenceNo) ?? str(body.arn),
    networkTransactionId: str(info?.networkTransactionId),
    outcome: fields.outcome,
    verifications: info ? verificationsOf(info) : { threeDs: null, avs: null, cvc: null },
    test: hint.test ?? false,
    createdAt: fields.at,
    updatedAt: fields.at,
    paidAt: fields.status === "successful" ? fields.at : null,
    settledAt: null,
    closedAt: null,
    expiredAt: null,
    details: { notifyType: str(body.notifyType), ...fields.details },
    raw: redactCardData(body),
  };
}

/** A capture response or a notifyCapture body. */
export function mapAntomCapture(raw: unknown, hint: MapHint = {}): TransactionSnapshot {
  const body = objectOf(raw);
  const result = resultOf(body);
  const info = asRecord(body.paymentResultInfo);
  return childSnapshot(
    body,
    {
      type: "capture",
      uid: requireId(body, "captureId"),
      parentUid: str(body.paymentId) ?? hint.parentUid ?? null,
      status: statusOf(result.resultStatus, "result.resultStatus"),
      amount: amountOf(body.captureAmount, "captureAmount"),
      trackingId: str(body.captureRequestId),
      at: date(body.captureTime),
      outcome: outcomeOf(result, info, "Capture"),
      info,
      details: { acquirerReferenceNo: str(body.acquirerReferenceNo) },
    },
    hint,
  );
}

/** A refund response, a notifyRefund body or an inquiryRefund response (whose `result` is only the query's). */
export function mapAntomRefund(raw: unknown, hint: MapHint = {}): TransactionSnapshot {
  const body = objectOf(raw);
  const result = resultOf(body);
  const refundStatus = str(body.refundStatus);
  const inquiry = refundStatus !== null && str(body.notifyType) === null;
  const status = statusOf(refundStatus ?? result.resultStatus, refundStatus ? "refundStatus" : "result.resultStatus");
  const code = str(body.refundResultCode);
  const refundResult = inquiry
    ? status === "successful"
      ? { resultStatus: "S", resultCode: "SUCCESS", resultMessage: null }
      : status === "failed"
        ? { resultStatus: "F", resultCode: code ?? "PROCESS_FAIL", resultMessage: str(body.refundResultMessage) }
        : { resultStatus: "U", resultCode: "REFUND_IN_PROCESS", resultMessage: null }
    : result;
  return childSnapshot(
    body,
    {
      type: "refund",
      uid: requireId(body, "refundId"),
      parentUid: str(body.paymentId) ?? hint.parentUid ?? null,
      status,
      amount: amountOf(body.refundAmount, "refundAmount"),
      trackingId: str(body.refundRequestId),
      at: date(body.refundTime),
      outcome: outcomeOf(refundResult, null, "Refund"),
      info: null,
      details: {
        refundStatus,
        arn: str(body.arn),
        acquirerReferenceNo: str(body.acquirerReferenceNo),
        grossSettlementAmount: asRecord(body.grossSettlementAmount),
      },
    },
    hint,
  );
}

/** A cancel response: the amount is the authorization's, which the caller knows (the response has none). */
export function mapAntomCancel(
  raw: unknown,
  amount: { amountMinor: bigint; currency: string },
  hint: MapHint = {},
): TransactionSnapshot {
  const body = objectOf(raw);
  const result = resultOf(body);
  const paymentId = requireId(body, "paymentId");
  return childSnapshot(
    body,
    {
      type: "void",
      uid: voidUid(paymentId),
      parentUid: paymentId,
      status: statusOf(result.resultStatus, "result.resultStatus"),
      amount,
      trackingId: str(body.paymentRequestId),
      at: date(body.cancelTime),
      outcome: outcomeOf(result, null, "Cancel"),
      info: null,
      details: {},
    },
    hint,
  );
}

function transactionsOf(body: Json): Json[] {
  return (Array.isArray(body.transactions) ? body.transactions : [])
    .map(asRecord)
    .filter((item): item is Json => item !== null);
}

/**
 * A capture or the void read from an inquiryPayment response (Antom has no capture inquiry: §4.6 `transactions[]`
 * lists captures, refunds and cancels of the payment). Null when the payment has no such child.
 */
export function mapInquiryChild(
  raw: unknown,
  type: "capture" | "void",
  uid: string,
  hint: MapHint = {},
): TransactionSnapshot | null {
  const body = objectOf(raw);
  const paymentId = requireId(body, "paymentId");
  const items = transactionsOf(body);
  const item =
    type === "capture"
      ? items.find((line) => str(line.transactionType) === "CAPTURE" && str(line.transactionId) === uid)
      : items.find((line) => ["CANCEL", "VOID"].includes(str(line.transactionType) ?? ""));
  const cancelled = type === "void" && str(body.paymentStatus)?.toUpperCase() === "CANCELLED";
  if (!item && !cancelled) return null;
  const lineResult = asRecord(item?.transactionResult);
  const status = item ? statusOf(str(item.transactionStatus), "transactionStatus") : "successful";
  const result = lineResult
    ? {
        resultStatus: str(lineResult.resultStatus),
        resultCode: str(lineResult.resultCode),
        resultMessage: str(lineResult.resultMessage),
      }
    : {
        resultStatus: status === "successful" ? "S" : status === "failed" ? "F" : "U",
        resultCode: status === "successful" ? "SUCCESS" : null,
        resultMessage: null,
      };
  return childSnapshot(
    body,
    {
      type,
      uid: type === "void" ? voidUid(paymentId) : uid,
      parentUid: paymentId,
      status,
      amount: amountOf(item?.transactionAmount ?? body.paymentAmount, "transactionAmount"),
      trackingId: str(item?.transactionRequestId),
      at: date(item?.transactionTime),
      outcome: outcomeOf(result, null, type === "void" ? "Cancel" : "Capture"),
      info: type === "capture" ? asRecord(body.paymentResultInfo) : null,
      details: { paymentStatus: str(body.paymentStatus), transactionId: str(item?.transactionId) },
    },
    hint,
  );
}
