// Signed calls to Antom's AMS API. Every request is signed with the merchant key; every answer must carry a signature
// that verifies with the Antom key, or it is not trusted (state unknown, settled later by a query).
// HTTP 200 + result S → the snapshot; U → pending/incomplete snapshot, or unknown without an id; F → a declined
// snapshot when the payment itself was declined (letter F), a rejection when the request was refused (letter E).
import { IDENTIFIER_FIELDS } from "./map.ts";
import { decodeAntom } from "@paylens/codes/antom";
import type { Outcome, TransactionSnapshot } from "@paylens/domain/transaction";
import {
  PayloadError,
  type CallContext,
  type CallResult,
  type ChildInput,
  type PayInput,
  type TransactionRef,
} from "../connector.ts";
import { publicKey } from "../http-auth.ts";
import { DEFAULT_TIMEOUT_MS, parseJson, recordCall, sendRequest, type RawReply } from "../http-call.ts";
import { objectOrNull } from "../wire.ts";
import type { AntomCredentials } from "./credentials.ts";
import { mapAntomCancel, mapAntomCapture, mapAntomRefund, mapInquiryChild, paymentIdOfVoid } from "./map-children.ts";
import { antomAnswer, type AntomAnswer } from "./schema.ts";
import { mapAntomPayment, outcomeOf, resultOf, type Json, type MapHint } from "./map.ts";
import { cancelRequest, captureRequest, PATHS, payRequest, refundRequest } from "./requests.ts";
import { apiPath, headerValue, privateKey, signatureHeader, signContent, verifyContent } from "./sign.ts";

type Ctx = CallContext<AntomCredentials>;

/** A signed answer: the body as sent (card data masked) and what the client reads of it. */
export type Verdict = { kind: "body"; body: Json; answer: AntomAnswer } | { kind: "result"; result: CallResult };

const outcomeUnknown = (message: string): Outcome => ({
  ...decodeAntom({ resultStatus: "U", resultCode: "UNKNOWN_EXCEPTION" }),
  code: null,
  message,
});
const unknown = (httpStatus: number | null, message: string): CallResult => ({
  state: "unknown",
  httpStatus,
  snapshot: null,
  outcome: outcomeUnknown(message),
  errors: null,
});
const rejected = (httpStatus: number | null, outcome: Outcome): CallResult => ({
  state: "rejected",
  httpStatus,
  snapshot: null,
  outcome,
  errors: null,
});
const ok = (snapshot: TransactionSnapshot): CallResult => ({
  state: "ok",
  httpStatus: 200,
  snapshot,
  outcome: snapshot.outcome,
  errors: null,
});

/** Transport and trust (docs/providers/antom.md §1, §2): only a 200 whose signature verifies is read. */
export function check(ctx: Ctx, path: string, reply: RawReply): Verdict {
  if (reply.httpStatus === null) {
    const message =
      reply.failure === "timeout"
        ? "No answer before the deadline: the outcome is unknown."
        : `No answer (${reply.error ?? "network error"}): the outcome is unknown.`;
    return { kind: "result", result: unknown(null, message) };
  }
  if (reply.httpStatus !== 200)
    return {
      kind: "result",
      result: unknown(
        reply.httpStatus,
        `Antom answered HTTP ${reply.httpStatus} (errors come as 200): the outcome is unknown.`,
      ),
    };
  const content = {
    path,
    clientId: headerValue(reply.headers, "client-id") ?? ctx.credentials.clientId,
    time: headerValue(reply.headers, "response-time") ?? "",
    body: reply.text,
  };
  let valid = false;
  try {
    valid = verifyContent(content, headerValue(reply.headers, "signature"), publicKey(ctx.credentials.antomPublicKey));
  } catch {
    valid = false;
  }
  const body = objectOrNull.parse(parseJson(reply.text, IDENTIFIER_FIELDS));
  const said = body ? antomAnswer.parse(body).result?.resultCode : null;
  if (!valid)
    return {
      kind: "result",
      result: unknown(
        200,
        `The answer's signature does not verify with the Antom public key, so it is not trusted${said ? ` (it says ${said})` : ""}.`,
      ),
    };
  if (!body) return { kind: "result", result: unknown(200, "The signed answer is not a JSON object.") };
  return { kind: "body", body, answer: antomAnswer.parse(body) };
}

/** An action's answer: the snapshot when there is a transaction to show, else a rejection or an unknown outcome. */
function settle(
  answer: AntomAnswer,
  id: string | null,
  outcome: Outcome,
  snapshot: () => TransactionSnapshot,
): CallResult {
  const result = resultOf(answer);
  const status = result.resultStatus?.toUpperCase();
  if (status !== "S" && status !== "F" && status !== "U") return unknown(200, "The answer has no result status.");
  // A refusal: Antom's own message names the field or rule at fault; the catalogue's text for the code is generic.
  const refusal = { ...outcome, message: result.resultMessage ?? outcome.message };
  if (outcome.letter === "E")
    return status === "U"
      ? { ...unknown(200, refusal.message ?? "Unknown result."), outcome: refusal }
      : rejected(200, refusal);
  if (!id)
    return status === "F"
      ? rejected(200, refusal)
      : { ...unknown(200, "The answer names no transaction id."), outcome };
  try {
    return ok(snapshot());
  } catch (error) {
    if (error instanceof PayloadError) return unknown(200, `The answer could not be read: ${error.message}.`);
    throw error;
  }
}

/** A query's answer: `result` only says whether the query worked (§3). */
function settleQuery(
  answer: AntomAnswer,
  snapshot: () => TransactionSnapshot | null,
  missing = "The transaction was not found.",
): CallResult {
  const result = resultOf(answer);
  const outcome = decodeAntom(result);
  const status = result.resultStatus?.toUpperCase();
  if (status === "F") return rejected(200, outcome);
  if (status !== "S") return { ...unknown(200, outcome.message ?? "The query's outcome is unknown."), outcome };
  try {
    const found = snapshot();
    return found
      ? ok(found)
      : rejected(200, {
          ...decodeAntom({ resultStatus: "F", resultCode: "ORDER_NOT_EXIST" }),
          code: null,
          message: missing,
        });
  } catch (error) {
    if (error instanceof PayloadError) return unknown(200, `The answer could not be read: ${error.message}.`);
    throw error;
  }
}

async function call(
  ctx: Ctx,
  operation: string,
  path: string,
  payload: unknown,
  idempotencyKey: string | null,
  read: (body: Json, answer: AntomAnswer) => CallResult,
): Promise<CallResult> {
  const { clientId } = ctx.credentials;
  const signedPath = apiPath(clientId, path);
  const requestTime = String(Date.now());
  const body = JSON.stringify(payload);
  const signature = signContent(
    { path: signedPath, clientId, time: requestTime, body },
    privateKey(ctx.credentials.merchantPrivateKey),
  );
  const reply = await sendRequest({
    method: "POST",
    url: new URL(signedPath, ctx.account.baseUrl).toString(),
    headers: {
      "Content-Type": "application/json; charset=UTF-8",
      "client-id": clientId,
      "request-time": requestTime,
      signature: signatureHeader(signature),
      ...(ctx.sandboxTime ? { "X-Sandbox-Time": ctx.sandboxTime.toISOString() } : {}),
    },
    body,
    timeoutMs: ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  const verdict = check(ctx, signedPath, reply);
  const result = verdict.kind === "result" ? verdict.result : read(verdict.body, verdict.answer);
  await recordCall(ctx, operation, reply, result, idempotencyKey);
  return result;
}

const hintOf = (ctx: Ctx, extra: MapHint = {}): MapHint => ({
  test: ctx.credentials.clientId.startsWith("SANDBOX_"),
  ...extra,
});

function pay(ctx: Ctx, input: PayInput, manual: boolean): Promise<CallResult> {
  const type = manual ? "authorization" : "payment";
  return call(
    ctx,
    manual ? "authorize" : "pay",
    PATHS.pay,
    payRequest(input, manual),
    input.trackingId,
    (body, answer) =>
      settle(answer, answer.paymentId, outcomeOf(resultOf(answer), answer.paymentResultInfo, "Payment"), () => ({
        ...mapAntomPayment(body, hintOf(ctx, { type })),
        // Antom does not echo the order and the shopper: the request we sent says them.
        description: input.description,
        customerEmail: input.customer.email,
        customerIp: input.customer.ip,
        customerCountry: input.customer.country,
      })),
  );
}

function query(ctx: Ctx, ref: TransactionRef): Promise<CallResult> {
  const hint = hintOf(ctx, { parentUid: ref.parentProviderUid ?? null });
  switch (ref.type) {
    case "payment":
    case "authorization":
      return call(ctx, "query", PATHS.inquiryPayment, { paymentId: ref.providerUid }, null, (body, answer) =>
        settleQuery(answer, () =>
          mapAntomPayment(body, { ...hint, type: ref.type === "authorization" ? "authorization" : "payment" }),
        ),
      );
    case "refund":
      return call(ctx, "query", PATHS.inquiryRefund, { refundId: ref.providerUid }, null, (body, answer) =>
        settleQuery(answer, () => mapAntomRefund(body, hint)),
      );
    case "capture":
    case "void": {
      const type = ref.type;
      const paymentId =
        ref.parentProviderUid ?? (type === "void" ? paymentIdOfVoid(ref.providerUid) : null) ?? ref.providerUid;
      return call(ctx, "query", PATHS.inquiryPayment, { paymentId }, null, (body, answer) =>
        settleQuery(
          answer,
          () => mapInquiryChild(body, type, ref.providerUid, hint),
          `Payment ${paymentId} has no ${type} ${ref.providerUid}.`,
        ),
      );
    }
    default:
      return Promise.resolve(
        rejected(null, {
          ...outcomeUnknown(`Antom has no ${ref.type} transactions.`),
          letter: "E",
          reason: "unsupported",
          retryable: false,
        }),
      );
  }
}

/** A dispute answer's result: S taken, F refused (with Antom's words), U unknown until the notifyDispute that follows. */
function readDisputeAnswer(answer: AntomAnswer, what: string): CallResult {
  const result = resultOf(answer);
  const decoded = decodeAntom(result);
  const outcome = { ...decoded, message: result.resultMessage ?? decoded.message };
  const status = result.resultStatus?.toUpperCase();
  if (status === "S") return { state: "ok", httpStatus: 200, snapshot: null, outcome, errors: null };
  if (status === "F") return rejected(200, outcome);
  return { ...unknown(200, result.resultMessage ?? `The ${what}'s outcome is unknown.`), outcome };
}

/** acceptDispute: the merchant takes the loss (docs/providers/antom.md §13). */
function acceptDispute(ctx: Ctx, input: { providerDisputeId: string; idempotencyKey: string }): Promise<CallResult> {
  return call(
    ctx,
    "accept_dispute",
    PATHS.acceptDispute,
    { disputeId: input.providerDisputeId },
    input.idempotencyKey,
    (_body, answer) => readDisputeAnswer(answer, "acceptance"),
  );
}

/** supplyDefenseDocument: the merchant's evidence, one Base64 document (docs/providers/antom.md §13). */
function supplyDefenseDocument(
  ctx: Ctx,
  input: { providerDisputeId: string; idempotencyKey: string; documentBase64: string },
): Promise<CallResult> {
  return call(
    ctx,
    "supply_defense",
    PATHS.supplyDefenseDocument,
    { disputeId: input.providerDisputeId, disputeEvidence: input.documentBase64 },
    input.idempotencyKey,
    (_body, answer) => readDisputeAnswer(answer, "defence"),
  );
}

export const antomClient = {
  acceptDispute,
  supplyDefenseDocument,
  pay: (ctx: Ctx, input: PayInput) => pay(ctx, input, false),
  authorize: (ctx: Ctx, input: PayInput) => pay(ctx, input, true),
  capture: (ctx: Ctx, input: ChildInput) =>
    call(ctx, "capture", PATHS.capture, captureRequest(input), input.idempotencyKey, (body, answer) =>
      settle(answer, answer.captureId, decodeAntom(resultOf(answer), { service: "Capture" }), () =>
        mapAntomCapture(body, hintOf(ctx, { parentUid: input.parentUid })),
      ),
    ),
  // Antom cancels the whole payment (§4.4): the amount is recorded as given, the request carries none.
  void: (ctx: Ctx, input: ChildInput) =>
    call(ctx, "void", PATHS.cancel, cancelRequest(input.parentUid), input.idempotencyKey, (body, answer) =>
      settle(answer, answer.paymentId, decodeAntom(resultOf(answer), { service: "Cancel" }), () =>
        mapAntomCancel(body, { amountMinor: input.amountMinor, currency: input.currency.toUpperCase() }, hintOf(ctx)),
      ),
    ),
  refund: (ctx: Ctx, input: ChildInput) => {
    const paymentId = input.rootUid ?? input.parentUid;
    return call(ctx, "refund", PATHS.refund, refundRequest(input, paymentId), input.idempotencyKey, (body, answer) =>
      settle(answer, answer.refundId, decodeAntom(resultOf(answer), { service: "Refund" }), () =>
        mapAntomRefund(body, hintOf(ctx, { parentUid: paymentId })),
      ),
    );
  },
  query,
};
