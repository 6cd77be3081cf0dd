// Antom children -> domain snapshots: captures (capture response, notifyCapture, a CAPTURE line of inquiryPayment),
// refunds (refund response, notifyRefund, inquiryRefund) and voids (cancel response, a cancelled inquiryPayment).
// Status: result / refundStatus / transactionStatus S|SUCCESS → successful, F|FAIL → failed, U|PROCESSING → pending.
import { redactCardData } from "@paylens/domain/card";
import type { Outcome, TransactionSnapshot, TransactionStatus, TransactionType } from "@paylens/domain/transaction";
import { PayloadError } from "../connector.ts";
import type { z } from "zod";
import { readPayload } from "../wire.ts";
import {
  amountOf,
  cardMethod,
  outcomeOf,
  requireId,
  resultOf,
  verificationsOf,
  type Json,
  type MapHint,
} from "./map.ts";
import { antomCancel, antomCapture, antomPayment, antomRefund, type AntomCardInfo } from "./schema.ts";

/**
 * A cancel has no id of its own at Antom (docs/providers/antom.md §4.4): the void is named after the payment it
 * cancelled.
 */
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
  info: AntomCardInfo | null;
  details: Record<string, unknown>;
}

/** What every child body may say beside its own fields. */
type ChildBody = Pick<z.output<typeof antomCapture>, "notifyType" | "rrn" | "arn" | "acquirerReferenceNo">;

function childSnapshot(raw: unknown, body: ChildBody, fields: ChildFields, hint: MapHint): TransactionSnapshot {
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
    rrn: info?.rrn ?? body.rrn,
    authCode: info?.authorizationCode ?? null,
    refId: body.acquirerReferenceNo ?? body.arn,
    networkTransactionId: info?.networkTransactionId ?? null,
    outcome: fields.outcome,
    verifications: info ? verificationsOf(info) : { threeDs: null, avs: null, cvc: null },
    test: hint.test ?? false,
    createdAt: fields.at,
    updatedAt: fields.at,
    paidAt: fields.status === "successful" ? fields.at : null,
    settledAt: null,
    closedAt: null,
    expiredAt: null,
    details: { notifyType: body.notifyType, ...fields.details },
    raw: redactCardData(raw as Json),
  };
}

/** A capture response or a notifyCapture body. */
export function mapAntomCapture(raw: unknown, hint: MapHint = {}): TransactionSnapshot {
  const body = readPayload(antomCapture, raw);
  const result = resultOf(body);
  const info = body.paymentResultInfo;
  return childSnapshot(
    raw,
    body,
    {
      type: "capture",
      uid: requireId(body.captureId, "captureId"),
      parentUid: body.paymentId ?? hint.parentUid ?? null,
      status: statusOf(result.resultStatus, "result.resultStatus"),
      amount: amountOf(body.captureAmount, "captureAmount"),
      trackingId: body.captureRequestId,
      at: body.captureTime,
      outcome: outcomeOf(result, info, "Capture"),
      info,
      details: { acquirerReferenceNo: body.acquirerReferenceNo },
    },
    hint,
  );
}

/** A refund response, a notifyRefund body or an inquiryRefund response (whose `result` is only the query's). */
export function mapAntomRefund(raw: unknown, hint: MapHint = {}): TransactionSnapshot {
  const body = readPayload(antomRefund, raw);
  const result = resultOf(body);
  const refundStatus = body.refundStatus;
  const inquiry = refundStatus !== null && body.notifyType === null;
  const status = statusOf(refundStatus ?? result.resultStatus, refundStatus ? "refundStatus" : "result.resultStatus");
  const code = body.refundResultCode;
  const refundResult = inquiry
    ? status === "successful"
      ? { resultStatus: "S", resultCode: "SUCCESS", resultMessage: null }
      : status === "failed"
        ? { resultStatus: "F", resultCode: code ?? "PROCESS_FAIL", resultMessage: body.refundResultMessage }
        : { resultStatus: "U", resultCode: "REFUND_IN_PROCESS", resultMessage: null }
    : result;
  return childSnapshot(
    raw,
    body,
    {
      type: "refund",
      uid: requireId(body.refundId, "refundId"),
      parentUid: body.paymentId ?? hint.parentUid ?? null,
      status,
      amount: amountOf(body.refundAmount, "refundAmount"),
      trackingId: body.refundRequestId,
      at: body.refundTime,
      outcome: outcomeOf(refundResult, null, "Refund"),
      info: null,
      details: {
        refundStatus,
        arn: body.arn,
        acquirerReferenceNo: body.acquirerReferenceNo,
        grossSettlementAmount: body.grossSettlementAmount,
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
  const body = readPayload(antomCancel, raw);
  const result = resultOf(body);
  const paymentId = requireId(body.paymentId, "paymentId");
  return childSnapshot(
    raw,
    body,
    {
      type: "void",
      uid: voidUid(paymentId),
      parentUid: paymentId,
      status: statusOf(result.resultStatus, "result.resultStatus"),
      amount,
      trackingId: body.paymentRequestId,
      at: body.cancelTime,
      outcome: outcomeOf(result, null, "Cancel"),
      info: null,
      details: {},
    },
    hint,
  );
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
  const body = readPayload(antomPayment, raw);
  const paymentId = requireId(body.paymentId, "paymentId");
  const item =
    type === "capture"
      ? body.transactions.find((line) => line.transactionType === "CAPTURE" && line.transactionId === uid)
      : body.transactions.find((line) => ["CANCEL", "VOID"].includes(line.transactionType ?? ""));
  const cancelled = type === "void" && body.paymentStatus?.toUpperCase() === "CANCELLED";
  if (!item && !cancelled) return null;
  const lineResult = item?.transactionResult ?? null;
  const status = item ? statusOf(item.transactionStatus, "transactionStatus") : "successful";
  const result = lineResult ?? {
    resultStatus: status === "successful" ? "S" : status === "failed" ? "F" : "U",
    resultCode: status === "successful" ? "SUCCESS" : null,
    resultMessage: null,
  };
  return childSnapshot(
    raw,
    body,
    {
      type,
      uid: type === "void" ? voidUid(paymentId) : uid,
      parentUid: paymentId,
      status,
      amount: amountOf(item?.transactionAmount ?? body.paymentAmount, "transactionAmount"),
      trackingId: item?.transactionRequestId ?? null,
      at: item?.transactionTime ?? null,
      outcome: outcomeOf(result, null, type === "void" ? "Cancel" : "Capture"),
      info: type === "capture" ? body.paymentResultInfo : null,
      details: { paymentStatus: body.paymentStatus, transactionId: item?.transactionId ?? null },
    },
    hint,
  );
}
