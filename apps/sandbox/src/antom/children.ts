// Captures, cancels and refunds with their rules (docs/providers/antom.md §4.3–§4.5), idempotency on captureRequestId
// and refundRequestId (§7), and the two inquiries. A refused request changes nothing and is remembered per request id.
import { result, type AntomResult } from "./codes.ts";
import type { AntomEngine } from "./engine.ts";
import { cancelBody, captureBody, errorBody, inquiryPaymentBody, inquiryRefundBody, refundBody } from "./responses.ts";
import type { Capture, Payment, Refund } from "./store.ts";
import type { CaptureRequest, Lookup, RefundRequest } from "./validate.ts";

type Json = Record<string, unknown>;

const CANCEL_WINDOW_MS = 7 * 24 * 3_600_000; // §4.4: cards are cancellable up to 7 days after payment

/**
 * A payment by its id; a capture's id also finds its payment (a sandbox leniency: Paylens' generic callers may
 * name a capture where Antom wants the payment).
 */
function resolvePayment(
  engine: AntomEngine,
  clientId: string,
  id: string,
): { payment: Payment; capture: Capture | null } | null {
  const { store } = engine.deps;
  const payment = store.payment(id, clientId);
  if (payment) return { payment, capture: null };
  const capture = store.capture(id, clientId);
  const parent = capture ? store.payment(capture.paymentId, clientId) : null;
  return parent && capture ? { payment: parent, capture } : null;
}

type Step = { refused: AntomResult } | { done: Json };

const refuse = (code: string, message?: string): Step => ({ refused: result(code, "F", message) });

/** Runs a child action once per request id: a repeat with the same key fields gets the same answer (§7). */
function once(engine: AntomEngine, key: string, fingerprint: string, run: () => Step): Json {
  const { store } = engine.deps;
  const earlier = store.refusal(key);
  if (earlier) return earlier.fingerprint === fingerprint ? earlier.body : errorBody(result("REPEAT_REQ_INCONSISTENT"));
  const step = run();
  if ("done" in step) return step.done;
  const body = errorBody(step.refused);
  store.rememberRefusal(key, fingerprint, body);
  return body;
}

export function capture(engine: AntomEngine, clientId: string, req: CaptureRequest, at: Date): Json {
  const { store } = engine.deps;
  const fingerprint = [req.paymentId, req.money.amount, req.money.currency].join("|");
  const existing = store.captureByRequest(clientId, req.captureRequestId);
  if (existing)
    return existing.fingerprint === fingerprint
      ? captureBody(existing, false)
      : errorBody(result("REPEAT_REQ_INCONSISTENT"));
  return once(engine, `${clientId}|capture|${req.captureRequestId}`, fingerprint, () => {
    const found = resolvePayment(engine, clientId, req.paymentId);
    if (!found || found.capture) return refuse("ORDER_NOT_EXIST");
    const { payment } = found;
    if (payment.status === "CANCELLED") return refuse("AUTH_CANCELLED");
    if (payment.status !== "SUCCESS" || !payment.manual)
      return refuse("ORDER_STATUS_INVALID", "Only a successful MANUAL-capture authorization can be captured.");
    if (payment.captureIds.length > 0) return refuse("MULTI_CAPTURE_NOT_SUPPORTED");
    if (payment.authExpiry && at.getTime() > payment.authExpiry.getTime()) return refuse("AUTH_EXPIRED");
    if (req.money.currency !== payment.currency)
      return refuse("PARAM_ILLEGAL", `captureAmount.currency must be the payment's ${payment.currency}`);
    if (req.money.amount > payment.amount - payment.captured) return refuse("CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT");
    const created: Capture = {
      captureId: store.newId("capture", at),
      captureRequestId: req.captureRequestId,
      paymentId: payment.paymentId,
      clientId,
      amount: req.money.amount,
      currency: payment.currency,
      result: result("SUCCESS"),
      captureTime: at,
      fingerprint,
    };
    store.addCapture(created);
    payment.captured += created.amount;
    payment.captureIds.push(created.captureId);
    engine.notifyCapture(payment, created);
    engine.deps.disputes.consider(payment);
    return { done: captureBody(created, false) };
  });
}

export function cancel(engine: AntomEngine, clientId: string, lookup: Lookup, at: Date): Json {
  const { store } = engine.deps;
  const payment = lookup.id
    ? store.payment(lookup.id, clientId)
    : lookup.requestId
      ? store.paymentByRequest(clientId, lookup.requestId)
      : null;
  if (!payment) return errorBody(result("ORDER_NOT_EXIST"));
  // §4.4: resending a cancel is safe; it answers as the first one did.
  if (payment.status === "CANCELLED") return cancelBody(payment);
  if (payment.status === "PROCESSING") {
    engine.cancelProcessing(payment, at);
    return cancelBody(payment);
  }
  if (payment.status === "FAIL")
    return errorBody(result("ORDER_STATUS_INVALID", "F", "A failed payment cannot be cancelled."));
  if (payment.captured > 0n)
    return errorBody(result("ORDER_STATUS_INVALID", "F", "A captured payment cannot be cancelled: refund it instead."));
  if (payment.paymentTime && at.getTime() - payment.paymentTime.getTime() > CANCEL_WINDOW_MS)
    return errorBody(result("CANCEL_WINDOW_EXCEED"));
  payment.status = "CANCELLED";
  payment.cancelTime = at;
  return cancelBody(payment);
}

export function refund(engine: AntomEngine, clientId: string, req: RefundRequest, at: Date): Json {
  const { store } = engine.deps;
  const fingerprint = [req.paymentId, req.captureId ?? "", req.money.amount, req.money.currency].join("|");
  const existing = store.refundByRequest(clientId, req.refundRequestId);
  if (existing)
    return existing.fingerprint === fingerprint ? refundBody(existing) : errorBody(result("REPEAT_REQ_INCONSISTENT"));
  return once(engine, `${clientId}|refund|${req.refundRequestId}`, fingerprint, () => {
    const found = resolvePayment(engine, clientId, req.paymentId);
    if (!found) return refuse("ORDER_NOT_EXIST");
    const { payment } = found;
    const captureId = req.captureId ?? found.capture?.captureId ?? null;
    if (captureId && !payment.captureIds.includes(captureId))
      return refuse("PARAM_ILLEGAL", "captureId does not belong to this payment");
    if (payment.status === "CANCELLED") return refuse("ORDER_IS_CANCELED");
    if (payment.status !== "SUCCESS" || payment.captured === 0n)
      return refuse("ORDER_STATUS_INVALID", "Only a captured payment can be refunded.");
    if (req.money.currency !== payment.currency)
      return refuse("PARAM_ILLEGAL", `refundAmount.currency must be the payment's ${payment.currency}`);
    if (req.money.amount > payment.captured - payment.refunded) return refuse("REFUND_AMOUNT_EXCEED");
    const created: Refund = {
      refundId: store.newId("refund", at),
      refundRequestId: req.refundRequestId,
      paymentId: payment.paymentId,
      captureId,
      clientId,
      amount: req.money.amount,
      currency: payment.currency,
      result: result("SUCCESS"),
      refundTime: at,
      reason: req.reason,
      notifyUrl: req.notifyUrl ?? payment.notifyUrl,
      fingerprint,
    };
    store.addRefund(created);
    payment.refunded += created.amount;
    payment.refundIds.push(created.refundId);
    engine.notifyRefund(created);
    return { done: refundBody(created) };
  });
}

export function inquiryPayment(engine: AntomEngine, clientId: string, lookup: Lookup): Json {
  const { store } = engine.deps;
  const found = lookup.id ? resolvePayment(engine, clientId, lookup.id) : null;
  const payment =
    found?.payment ?? (lookup.requestId && !lookup.id ? store.paymentByRequest(clientId, lookup.requestId) : null);
  if (!payment) return errorBody(result("ORDER_NOT_EXIST"));
  const captures = payment.captureIds.map((id) => store.capture(id, clientId)).filter((c): c is Capture => c !== null);
  const refunds = payment.refundIds.map((id) => store.refund(id, clientId)).filter((r): r is Refund => r !== null);
  return inquiryPaymentBody(payment, captures, refunds);
}

export function inquiryRefund(engine: AntomEngine, clientId: string, lookup: Lookup): Json {
  const { store } = engine.deps;
  const found = lookup.id
    ? store.refund(lookup.id, clientId)
    : lookup.requestId
      ? store.refundByRequest(clientId, lookup.requestId)
      : null;
  return found ? inquiryRefundBody(found) : errorBody(result("ORDER_NOT_EXIST", "F", "refund not exist"));
}
