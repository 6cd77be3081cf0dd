// Kestrel's API: refunds and ticket queries over JSON with a bearer key; it takes no card payments from us.
import type { CallContext, CallResult, ChildInput, TransactionRef } from "../../connector.ts";
import { DEFAULT_TIMEOUT_MS, parseJson, recordCall, sendRequest } from "../../http-call.ts";
import { decodeKestrel } from "./codes.ts";
import type { KestrelCredentials } from "./credentials.ts";
import { IDENTIFIER_FIELDS, mapKestrelTicket } from "./map.ts";
import { PayloadError } from "../../connector.ts";

type Ctx = CallContext<KestrelCredentials>;

const unsupported = (operation: string): CallResult => ({
  state: "rejected",
  httpStatus: null,
  snapshot: null,
  outcome: { ...decodeKestrel("K00"), code: null, letter: "F", message: `Kestrel has no ${operation}`, reason: null },
  errors: null,
});

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
    url: `${ctx.account.baseUrl}${path}`,
    headers: {
      authorization: `Bearer ${ctx.credentials.apiKey}`,
      "content-type": "application/json",
      ...(idempotencyKey ? { "idempotency-key": idempotencyKey } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    timeoutMs: ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  const result = resultOf(reply.httpStatus, parseJson(reply.text, IDENTIFIER_FIELDS));
  await recordCall(ctx, operation, reply, result, idempotencyKey);
  return result;
}

function resultOf(httpStatus: number | null, body: unknown): CallResult {
  const unknown = (message: string): CallResult => ({
    state: "unknown",
    httpStatus,
    snapshot: null,
    outcome: { ...decodeKestrel("K91"), message },
    errors: null,
  });
  if (httpStatus === null || httpStatus >= 500) return unknown("no usable answer from Kestrel");
  if (httpStatus >= 400) {
    const code = (body as { code?: unknown } | null)?.code;
    return {
      state: "rejected",
      httpStatus,
      snapshot: null,
      outcome: decodeKestrel(typeof code === "string" ? code : "K05"),
      errors: null,
    };
  }
  try {
    const snapshot = mapKestrelTicket(body);
    return { state: "ok", httpStatus, snapshot, outcome: snapshot.outcome, errors: null };
  } catch (error) {
    if (error instanceof PayloadError) return unknown(error.message);
    throw error;
  }
}

export const kestrelClient = {
  pay: async () => unsupported("card payments"),
  authorize: async () => unsupported("authorizations"),
  capture: async () => unsupported("captures"),
  void: async () => unsupported("voids"),
  refund: (ctx: Ctx, input: ChildInput) =>
    call(
      ctx,
      "refund",
      "POST",
      "/refunds",
      { parentTicket: input.parentUid, amount: String(input.amountMinor), currency: input.currency },
      input.idempotencyKey,
    ),
  query: (ctx: Ctx, ref: TransactionRef) =>
    call(ctx, "query", "GET", `/tickets/${encodeURIComponent(ref.providerUid)}`, undefined, null),
};
