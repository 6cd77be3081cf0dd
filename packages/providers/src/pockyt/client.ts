// Signed calls to the Pockyt (Yuansfer v3) merchant API: form-encoded POSTs with verifySign, like the PHP SDK;
// answers read as JSON whatever their content type; only ret_code "000100" is a success.
import { IDENTIFIER_FIELDS } from "./map.ts";
import { decodePockyt, POCKYT_SUCCESS, pockytUnsupported, type PockytService } from "@paylens/codes/pockyt";
import { formatMinor } from "@paylens/domain/money";
import type { CallContext, CallResult, ChildInput, PayInput, TransactionRef } from "../connector.ts";
import { PayloadError } from "../connector.ts";
import { DEFAULT_TIMEOUT_MS, parseJson, recordCall, sendRequest, type RawReply } from "../http-call.ts";
import { pockytAnswer } from "./schema.ts";
import type { PockytCredentials } from "./credentials.ts";
import { mapPockytTransaction } from "./map.ts";
import { formBody } from "./params.ts";
import { pockytTestAccount } from "./meta.ts";
import { pockytSign } from "./sign.ts";

type Ctx = CallContext<PockytCredentials>;
type Params = Record<string, string>;

export const POCKYT_PATHS = {
  securePay: "/online/v3/secure-pay",
  instoreAdd: "/app-instore/v3/add",
  instorePay: "/app-instore/v3/pay",
  instoreQrcode: "/app-instore/v3/create-trans-qrcode",
  query: "/app-data-search/v3/tran-query",
  refund: "/app-data-search/v3/refund",
  cancel: "/app-data-search/v3/cancel",
} as const;

/**
 * "When the currency is GBP, the settlement currency is GBP. All other currencies settle with USD"
 * (docs/providers/pockyt.md §5).
 */
export function settleCurrencyFor(currency: string): string {
  return currency.toUpperCase() === "GBP" ? "GBP" : "USD";
}

function unknownResult(reply: RawReply, service: PockytService, why?: string): CallResult {
  const message =
    why ??
    (reply.failure === "timeout"
      ? "No answer before the deadline: the outcome is unknown."
      : `Provider unavailable (${reply.httpStatus ?? reply.error ?? "network error"}).`);
  return {
    state: "unknown",
    httpStatus: reply.httpStatus,
    snapshot: null,
    outcome: { ...decodePockyt(null, null, null, service), message },
    errors: null,
  };
}

function interpret(reply: RawReply, service: PockytService, request: Params, test: boolean): CallResult {
  if (reply.httpStatus === null || reply.httpStatus >= 500 || reply.httpStatus === 429)
    return unknownResult(reply, service);
  const body = pockytAnswer.safeParse(parseJson(reply.text, IDENTIFIER_FIELDS)).data;
  const retCode = body?.ret_code ?? body?.retCode ?? null;
  // The docs' own error example spells it retMsg.
  const retMsg = body?.ret_msg ?? body?.retMsg ?? null;
  if (retCode?.trim() === POCKYT_SUCCESS) {
    try {
      const snapshot = mapPockytTransaction(body?.result ?? body?.transaction, {
        service,
        retCode,
        retMsg,
        request,
        test,
      });
      return { state: "ok", httpStatus: reply.httpStatus, snapshot, outcome: snapshot.outcome, errors: null };
    } catch (error) {
      if (!(error instanceof PayloadError)) throw error;
      // Accepted, but unreadable: something happened there, and only a query can tell what.
      return unknownResult(reply, service, `Accepted (000100) but the answer is unreadable: ${error.message}.`);
    }
  }
  if (retCode === null && reply.httpStatus < 300)
    return unknownResult(reply, service, `HTTP ${reply.httpStatus} without a ret_code: the outcome is unknown.`);
  const outcome =
    retCode === null
      ? {
          code: null,
          letter: "E" as const,
          service,
          message: `HTTP ${reply.httpStatus} without a ret_code.`,
          friendlyMessage: null,
          reason: "unknown",
          retryable: false,
        }
      : decodePockyt(retCode, null, retMsg, service);
  return { state: "rejected", httpStatus: reply.httpStatus, snapshot: null, outcome, errors: null };
}

function signed(ctx: Ctx, params: Params): Params {
  const all: Params = { merchantNo: ctx.credentials.merchantNo, storeNo: ctx.credentials.storeNo };
  // Empty values are left out, so the signed set and the sent set are the same whatever the server's rule.
  for (const [key, value] of Object.entries(params)) if (value !== "") all[key] = value;
  return { ...all, verifySign: pockytSign(all, ctx.credentials.apiToken) };
}

async function call(
  ctx: Ctx,
  operation: string,
  path: string,
  service: PockytService,
  params: Params,
  idempotencyKey: string | null,
): Promise<CallResult> {
  const reply = await sendRequest({
    method: "POST",
    url: new URL(path, ctx.account.baseUrl).toString(),
    headers: {
      "Content-Type": "application/x-www-form-urlencoded",
      Accept: "application/json",
      ...(ctx.sandboxTime ? { "X-Sandbox-Time": ctx.sandboxTime.toISOString() } : {}),
    },
    body: formBody(signed(ctx, params)),
    timeoutMs: ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  });
  const result = interpret(reply, service, params, pockytTestAccount(ctx.account.baseUrl));
  await recordCall(ctx, operation, reply, result, idempotencyKey);
  return result;
}

function refusedBeforeCalling(operation: string, message?: string): CallResult {
  const outcome = pockytUnsupported(operation);
  return {
    state: "rejected",
    httpStatus: null,
    snapshot: null,
    outcome: message ? { ...outcome, message } : outcome,
    errors: null,
  };
}

/** The shopper's wallet barcode for in-store pay; PayInput has no field for it (yet), so it may ride on `wallet`. */
function paymentBarcode(input: PayInput): string | null {
  const wallet: object | undefined = input.wallet;
  return wallet && "paymentBarcode" in wallet && typeof wallet.paymentBarcode === "string"
    ? wallet.paymentBarcode
    : null;
}

function orderParams(input: PayInput): Params {
  return {
    amount: formatMinor(input.amountMinor, input.currency),
    currency: input.currency.toUpperCase(),
    settleCurrency: settleCurrencyFor(input.currency),
    reference: input.trackingId,
    description: input.description,
    ipnUrl: input.notificationUrl ?? "",
  };
}

/** Hosted checkout: Pockyt's cashier collects wallets and cards alike, so card details are never sent. */
function securePay(ctx: Ctx, input: PayInput): Promise<CallResult> {
  const vendor = input.wallet?.vendor ?? "creditcard";
  const terminal = input.wallet?.terminal ?? "ONLINE";
  return call(
    ctx,
    "pay",
    POCKYT_PATHS.securePay,
    "Online payment",
    { ...orderParams(input), vendor, terminal, callbackUrl: input.returnUrl },
    input.trackingId,
  );
}

/** In-store, customer-presented code: add the transaction, then pay it with the shopper's barcode (pending until confirmed). */
async function instorePay(ctx: Ctx, input: PayInput, vendor: string, barcode: string): Promise<CallResult> {
  const added = await call(ctx, "pay", POCKYT_PATHS.instoreAdd, "In-store", orderParams(input), input.trackingId);
  if (added.state !== "ok" || !added.snapshot) return added;
  const paid = await call(
    ctx,
    "pay",
    POCKYT_PATHS.instorePay,
    "In-store",
    { transactionNo: added.snapshot.providerUid, paymentBarcode: barcode, vendor },
    input.trackingId,
  );
  // The transaction exists either way: an unknown answer keeps its number so a query can settle it.
  return paid.state === "unknown" ? { ...paid, snapshot: added.snapshot } : paid;
}

/** In-store, merchant-presented code: the till shows a QR code, the shopper scans and confirms in the wallet. */
function instoreQrcode(ctx: Ctx, input: PayInput, vendor: string): Promise<CallResult> {
  return call(
    ctx,
    "pay",
    POCKYT_PATHS.instoreQrcode,
    "In-store",
    { ...orderParams(input), vendor, needQrcode: "true" },
    input.trackingId,
  );
}

export const pockytClient = {
  pay(ctx: Ctx, input: PayInput): Promise<CallResult> {
    const terminal = input.wallet?.terminal;
    if (terminal === "APP")
      return Promise.resolve(
        refusedBeforeCalling(
          "pay",
          "In-app payments (micropay prepay) are not supported by this connector: use ONLINE, WAP or INSTORE.",
        ),
      );
    if (terminal !== "INSTORE" || !input.wallet) return securePay(ctx, input);
    const barcode = paymentBarcode(input);
    return barcode
      ? instorePay(ctx, input, input.wallet.vendor, barcode)
      : instoreQrcode(ctx, input, input.wallet.vendor);
  },
  authorize: (_ctx: Ctx, _input: PayInput): Promise<CallResult> => Promise.resolve(refusedBeforeCalling("authorize")),
  capture: (_ctx: Ctx, _input: ChildInput): Promise<CallResult> => Promise.resolve(refusedBeforeCalling("capture")),
  /** cancel: an unpaid payment closes; a paid one is refunded in full (docs/providers/pockyt.md §4.7). */
  void: (ctx: Ctx, input: ChildInput): Promise<CallResult> =>
    call(ctx, "void", POCKYT_PATHS.cancel, "Refund", { transactionNo: input.parentUid }, input.idempotencyKey),
  refund: (ctx: Ctx, input: ChildInput): Promise<CallResult> =>
    call(
      ctx,
      "refund",
      POCKYT_PATHS.refund,
      "Refund",
      {
        transactionNo: input.parentUid,
        refundAmount: formatMinor(input.amountMinor, input.currency),
        currency: input.currency.toUpperCase(),
        settleCurrency: settleCurrencyFor(input.currency),
        refundReference: input.idempotencyKey,
      },
      input.idempotencyKey,
    ),
  query: (ctx: Ctx, ref: TransactionRef): Promise<CallResult> =>
    call(ctx, "query", POCKYT_PATHS.query, "Query", { transactionNo: ref.providerUid }, null),
  /** tran-query by the merchant's reference (back-fill from an order list). */
  queryByReference: (ctx: Ctx, reference: string): Promise<CallResult> =>
    call(ctx, "query", POCKYT_PATHS.query, "Query", { reference }, null),
};
