// Antom notifications (docs/providers/antom.md §6): RSA256 over "POST <the path Paylens received it
// on>\n<client-id>.<request-time>.<raw body>", verified with the Antom public key; notifyPayment, notifyCapture and
// notifyRefund bodies become snapshots.
import {
  PayloadError,
  type ParsedDisputeWebhook,
  type ParsedWebhook,
  type WebhookInput,
  type WebhookVerdict,
} from "../connector.ts";
import { publicKey } from "../http-auth.ts";
import { readJson, readPayload } from "../wire.ts";
import type { AntomCredentials } from "./credentials.ts";
import { mapAntomCapture, mapAntomRefund } from "./map-children.ts";
import { isAntomDispute, mapAntomDispute } from "./map-dispute.ts";
import { mapAntomPayment, resultOf } from "./map.ts";
import { antomNotification } from "./schema.ts";
import { headerValue, verifyContent } from "./sign.ts";

export function verifyAntomWebhook(input: WebhookInput<AntomCredentials>): WebhookVerdict {
  const signature = headerValue(input.headers, "signature");
  const requestTime = headerValue(input.headers, "request-time");
  const clientId = headerValue(input.headers, "client-id");
  if (!signature) return { ok: false, reason: "no signature header" };
  if (!requestTime || !clientId) return { ok: false, reason: "no request-time or client-id header" };
  if (clientId !== input.credentials.clientId)
    return { ok: false, reason: `client-id ${clientId} is not this account's` };
  let valid = false;
  try {
    valid = verifyContent(
      { path: input.path, clientId, time: requestTime, body: input.rawBody },
      signature,
      publicKey(input.credentials.antomPublicKey),
    );
  } catch {
    valid = false;
  }
  return valid
    ? { ok: true, method: "rsa256" }
    : { ok: false, reason: "signature does not verify over the path, request-time and body" };
}

/** A notifyDispute's dispute; null for the other notifications. */
export function parseAntomDisputeWebhook(
  rawBody: string,
  headers: Record<string, string | undefined> = {},
): ParsedDisputeWebhook | null {
  const parsed = readJson(rawBody);
  if (!isAntomDispute(parsed)) return null;
  const signedAt = requestTime(headerValue(headers, "request-time") ?? undefined);
  const dispute = mapAntomDispute(parsed, signedAt);
  // A resend of one notification has one key; each notification type (and judgement) of the dispute a new one.
  const body = parsed as Record<string, unknown>;
  const dedupKey = [
    "dispute",
    dispute.providerDisputeId,
    dispute.event,
    String(body["disputeJudgedResult"] ?? ""),
    String(body["disputeJudgedTime"] ?? body["defenseDueTime"] ?? ""),
  ].join("|");
  return { dispute, dedupKey, signedAt };
}

export function parseAntomWebhook(rawBody: string, headers: Record<string, string | undefined> = {}): ParsedWebhook {
  const parsed = readJson(rawBody);
  const body = readPayload(antomNotification, parsed);
  const notifyType = body.notifyType?.toUpperCase() ?? "";
  const hint = { test: headerValue(headers, "client-id")?.startsWith("SANDBOX_") ?? false };
  let snapshot;
  let time: string | null;
  switch (notifyType) {
    case "PAYMENT_RESULT":
    case "PAYMENT_PENDING":
      snapshot = mapAntomPayment(parsed, hint);
      time = body.paymentTime;
      break;
    case "CAPTURE_RESULT":
      snapshot = mapAntomCapture(parsed, hint);
      time = body.captureTime;
      break;
    case "REFUND_RESULT":
      snapshot = mapAntomRefund(parsed, hint);
      time = body.refundTime;
      break;
    default:
      throw new PayloadError(`unsupported notifyType "${body.notifyType ?? ""}"`);
  }
  // The same notification, however often it is resent, has one key; a new result of the same transaction a new one.
  const { resultStatus, resultCode } = resultOf(body);
  const dedupKey = [notifyType, snapshot.providerUid, resultStatus ?? "", resultCode ?? "", time ?? ""].join("|");
  return { snapshot, dedupKey, signedAt: requestTime(headerValue(headers, "request-time") ?? undefined) };
}

/** `request-time` is epoch milliseconds in the docs and the Java and Go SDKs, ISO 8601 from the Python and PHP ones. */
export function requestTime(value: string | undefined): Date | null {
  const text = value?.trim();
  if (!text) return null;
  const at = /^\d{10,16}$/.test(text) ? new Date(Number(text)) : new Date(text.replace(/([+-]\d{2})(\d{2})$/, "$1:$2"));
  return Number.isNaN(at.getTime()) ? null : at;
}
