// Signed (HTTP Basic) calls to the beGateway gateway API, always asking for v3 responses.
import { IDENTIFIER_FIELDS } from "./map.ts";
import { decodeBegateway } from "@paylens/codes/begateway";
import type { CallContext, CallResult, ChildInput, PayInput, TransactionRef } from "../connector.ts";
import { DEFAULT_TIMEOUT_MS, parseJson, recordCall, sendRequest, type RawReply } from "../http-call.ts";
import { basicAuthHeader } from "../http-auth.ts";
import { begatewayRefusal } from "./schema.ts";
import type { BegatewayCredentials } from "./credentials.ts";
import { mapBegatewayTransaction, transactionIn } from "./map.ts";

type Ctx = CallContext<BegatewayCredentials>;

function headers(ctx: Ctx, withBody: boolean): Record<string, string> {
  return {
    Authorization: basicAuthHeader(ctx.credentials.shopId, ctx.credentials.secretKey),
    Accept: "application/json",
    "X-API-Version": "3",
    ...(withBody ? { "Content-Type": "application/json" } : {}),
    ...(ctx.sandboxTime ? { "X-Sandbox-Time": ctx.sandboxTime.toISOString() } : {}),
  };
}

function interpret(reply: RawReply): CallResult {
  const body = parseJson(reply.text, IDENTIFIER_FIELDS);
  if (reply.httpStatus === null || reply.httpStatus >= 500 || reply.httpStatus === 429) {
    const message =
      reply.failure === "timeout"
        ? "No answer before the deadline: the outcome is unknown."
        : `Provider unavailable (${reply.httpStatus ?? reply.error ?? "network error"}).`;
    return {
      state: "unknown",
      httpStatus: reply.httpStatus,
      snapshot: null,
      outcome: { ...decodeBegateway(null, { status: "error" }), message },
      errors: null,
    };
  }
  if (reply.httpStatus < 300 && transactionIn(body)) {
    const snapshot = mapBegatewayTransaction(body);
    return { state: "ok", httpStatus: reply.httpStatus, snapshot, outcome: snapshot.outcome, errors: null };
  }
  const refusal = begatewayRefusal.safeParse(body).data;
  const errors = (refusal?.errors ?? null) as Record<string, string[]> | null;
  // The gateway's own message names the field at fault; the catalogue's text for the code is generic.
  const message = refusal?.message ?? refusal?.response?.message ?? `HTTP ${reply.httpStatus}`;
  const outcome = {
    ...decodeBegateway(refusal?.code, {
      status: "error",
      message,
      friendlyMessage: refusal?.friendly_message ?? null,
    }),
    message,
  };
  return { state: "rejected", httpStatus: reply.httpStatus, snapshot: null, outcome, errors };
}

async function call(
  ctx: Ctx,
  operation: string,
  method: "GET" | "POST",
  path: string,
  body: unknown,
  idempotencyKey: string | null,
): Promise<CallResult> {
  const reply = await sendRequest({
    method,
    url: new URL(path, ctx.account.baseUrl).toString(),
    headers: headers(ctx, body !== undefined),
    ...(body === undefined ? {} : { body: JSON.stringify({ request: body }) }),
    timeoutMs: ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  const result = interpret(reply);
  await recordCall(ctx, operation, reply, result, idempotencyKey);
  return result;
}

function payRequest(input: PayInput) {
  const card = input.card;
  return {
    amount: Number(input.amountMinor),
    currency: input.currency,
    description: input.description,
    tracking_id: input.trackingId,
    test: input.test,
    notification_url: input.notificationUrl,
    return_url: input.returnUrl,
    credit_card: card
      ? {
          number: card.number,
          verification_value: card.cvc,
          holder: card.holder,
          exp_month: String(card.expMonth).padStart(2, "0"),
          exp_year: card.expYear,
        }
      : input.cardToken
        ? { token: input.cardToken }
        : undefined,
    customer: { ip: input.customer.ip, email: input.customer.email },
    billing_address: input.billingAddress
      ? {
          first_name: input.customer.firstName ?? "",
          last_name: input.customer.lastName ?? "",
          ...input.billingAddress,
        }
      : undefined,
  };
}

export const begatewayClient = {
  pay: (ctx: Ctx, input: PayInput) =>
    call(ctx, "pay", "POST", "/transactions/payments", payRequest(input), input.trackingId),
  authorize: (ctx: Ctx, input: PayInput) =>
    call(ctx, "authorize", "POST", "/transactions/authorizations", payRequest(input), input.trackingId),
  capture: (ctx: Ctx, input: ChildInput) =>
    call(
      ctx,
      "capture",
      "POST",
      "/transactions/captures",
      { parent_uid: input.parentUid, amount: Number(input.amountMinor) },
      input.idempotencyKey,
    ),
  void: (ctx: Ctx, input: ChildInput) =>
    call(
      ctx,
      "void",
      "POST",
      "/transactions/voids",
      { parent_uid: input.parentUid, amount: Number(input.amountMinor) },
      input.idempotencyKey,
    ),
  refund: (ctx: Ctx, input: ChildInput) =>
    call(
      ctx,
      "refund",
      "POST",
      "/transactions/refunds",
      { parent_uid: input.parentUid, amount: Number(input.amountMinor), reason: input.reason ?? "Refund" },
      input.idempotencyKey,
    ),
  query: (ctx: Ctx, ref: TransactionRef) =>
    call(ctx, "query", "GET", `/transactions/${encodeURIComponent(ref.providerUid)}`, undefined, null),
};
