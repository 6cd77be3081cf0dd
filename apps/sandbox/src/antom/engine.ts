// Card payments: idempotency on paymentRequestId, the planned outcome, the 3-D Secure PAYMENT_IN_PROCESS path with
// its challenge page, completion and expiry, and notifyPayment / notifyCapture / notifyRefund for every final result.
import { lognormalMedian, type Rng } from "../random.ts";
import { Timers } from "../timing.ts";
import { result, type AntomResult } from "./codes.ts";
import type { AntomNotifier } from "./notifier.ts";
import {
  authenticated,
  emptyCardResult,
  fail,
  issuerCardResult,
  notAuthenticated,
  snapshotCard,
  succeed,
} from "./outcome.ts";
import { askIssuer, planPayment, type Plan } from "./plan.ts";
import { captureBody, errorBody, notifyPaymentBody, notifyRefundBody, payResponse } from "./responses.ts";
import type { AntomStore, Capture, Payment, Refund } from "./store.ts";
import type { PayRequest } from "./validate.ts";

type Json = Record<string, unknown>;

export interface ClientConfig {
  clientId: string;
  /** Every card payment of this client goes through risk-based 3-D Secure. */
  threeDs: boolean;
}

export interface EngineDeps {
  store: AntomStore;
  notifier: AntomNotifier;
  clients: ReadonlyMap<string, ClientConfig>;
  /** Draws outcomes (issuer decisions, 3-DS flows). */
  outcomeRng: Rng;
  /** Draws identifiers and card references, so they never shift outcomes. */
  idRng: Rng;
  baseUrl: () => string;
  expireAfterMs: number;
  /** Told of every payment whose money is captured: its shopper may dispute it later. */
  disputes: { consider(payment: Payment): void };
}

export type Completion = { ok: true; payment: Payment } | { ok: false; error: AntomResult };

export class AntomEngine {
  private readonly timers = new Timers();
  private readonly expiries = new Map<string, NodeJS.Timeout | null>();

  constructor(readonly deps: EngineDeps) {}

  pay(clientId: string, req: PayRequest, at: Date, backdated: boolean): Json {
    const { store, idRng, outcomeRng } = this.deps;
    const card = snapshotCard(req, idRng);
    const fingerprint = [req.money.amount, req.money.currency, card.stamp].join("|");
    const existing = store.paymentByRequest(clientId, req.paymentRequestId);
    // docs/providers/antom.md §7: the same request id with the same key fields answers as before; with others it is
    // refused.
    if (existing)
      return existing.fingerprint === fingerprint
        ? payResponse(existing)
        : errorBody(result("REPEAT_REQ_INCONSISTENT"));

    const plan = planPayment({
      req,
      at,
      threeDsClient: this.deps.clients.get(clientId)?.threeDs ?? false,
      rng: outcomeRng,
    });
    const payment: Payment = {
      paymentId: store.newId("payment", at),
      paymentRequestId: req.paymentRequestId,
      clientId,
      amount: req.money.amount,
      currency: req.money.currency,
      status: "PROCESSING",
      result: result("PAYMENT_IN_PROCESS", "U"),
      manual: req.manual,
      createdAt: at,
      paymentTime: null,
      authExpiry: null,
      card,
      cardResult: emptyCardResult(),
      notifyUrl: req.notifyUrl,
      redirectUrl: req.redirectUrl,
      challengeUrl: null,
      challenge: null,
      fingerprint,
      backdated,
      captured: 0n,
      refunded: 0n,
      cancelTime: null,
      captureIds: [],
      refundIds: [],
    };
    if (plan.kind === "approve") {
      payment.cardResult = issuerCardResult(card.checks, idRng);
      if (plan.exemption)
        payment.cardResult.threeDS = {
          threeDSVersion: "2.2.0",
          exemptionType: "transactionRiskAnalysis",
          challenged: false,
        };
      if (plan.frictionless)
        payment.cardResult.threeDS = authenticated(
          payment,
          idRng,
          plan.frictionless === "Y" ? "frictionless-Y" : "frictionless-A",
        );
      succeed(payment, at, idRng);
    } else if (plan.kind === "decline") {
      if (plan.reachedIssuer)
        payment.cardResult = {
          ...issuerCardResult(card.checks, idRng, plan.code === "INVALID_CVV"),
          refusalCodeRaw: plan.isoCode,
        };
      fail(payment, plan.code);
    } else {
      payment.challenge = plan.after;
      payment.challengeUrl = `${this.deps.baseUrl()}/ams/sandbox/challenge/${payment.paymentId}`;
    }
    store.addPayment(payment);
    if (payment.status === "PROCESSING") {
      this.expiries.set(
        payment.paymentId,
        this.timers.after(this.deps.expireAfterMs, () => this.expire(payment.paymentId)),
      );
    } else {
      this.notifyPayment(payment);
      this.deps.disputes.consider(payment);
    }
    return payResponse(payment);
  }

  /** The shopper's answer on the challenge page (or the test API): passed → the issuer decides; failed → declined. */
  completeChallenge(paymentId: string, passed: boolean, at: Date | null): Completion {
    const { store, idRng } = this.deps;
    const payment = store.payment(paymentId);
    if (!payment) return { ok: false, error: result("ORDER_NOT_EXIST") };
    if (payment.status !== "PROCESSING" || !payment.challenge)
      return { ok: false, error: result("ORDER_STATUS_INVALID") };
    // docs/traffic.md §9 challenge duration (median 60 s) for back-filled history; otherwise the moment it happens.
    const fallback = payment.backdated
      ? new Date(payment.createdAt.getTime() + lognormalMedian(idRng, 60_000, 0.4))
      : new Date();
    const chosen = at ?? fallback;
    const when = chosen.getTime() > payment.createdAt.getTime() ? chosen : new Date(payment.createdAt.getTime() + 1000);
    if (!passed) {
      payment.cardResult.threeDS = notAuthenticated(payment, { statusReason: "01" });
      fail(payment, "USER_PAYMENT_VERIFICATION_FAILED");
    } else {
      const after = payment.challenge;
      // Authenticated: now the issuer (or the test card's fixed outcome) decides the authorization itself.
      const verdict: Plan =
        after.kind === "issuer"
          ? askIssuer(payment.card, payment.amount, this.deps.outcomeRng, when)
          : after.kind === "decline"
            ? { kind: "decline", code: after.code, isoCode: "05", reachedIssuer: true }
            : { kind: "approve", exemption: false, frictionless: null };
      const threeDS = authenticated(payment, idRng, "challenge");
      if (verdict.kind === "decline") {
        payment.cardResult = {
          ...issuerCardResult(payment.card.checks, idRng, verdict.code === "INVALID_CVV"),
          refusalCodeRaw: verdict.isoCode,
          threeDS,
        };
        fail(payment, verdict.code);
      } else {
        payment.cardResult = { ...issuerCardResult(payment.card.checks, idRng), threeDS };
        succeed(payment, when, idRng);
      }
    }
    this.settleProcessing(payment);
    return { ok: true, payment };
  }

  /** A challenge the shopper abandoned: the order closes (ORDER_IS_CLOSED) once the expiry passes. */
  expire(paymentId: string): void {
    const payment = this.deps.store.payment(paymentId);
    if (!payment || payment.status !== "PROCESSING") return;
    payment.cardResult.threeDS = notAuthenticated(payment, { challengeCancel: "04" });
    fail(payment, "ORDER_IS_CLOSED");
    this.settleProcessing(payment);
  }

  /** A payment left PROCESSING by a cancel: no timer, no card data, no notification (cancel is synchronous, §4.4). */
  cancelProcessing(payment: Payment, at: Date): void {
    payment.status = "CANCELLED";
    payment.result = result("ORDER_IS_CANCELED", "F");
    payment.cancelTime = at;
    payment.challengeUrl = null;
    this.forget(payment.paymentId);
  }

  notifyPayment(payment: Payment): void {
    if (payment.notifyUrl)
      this.deps.notifier.notify({
        url: payment.notifyUrl,
        clientId: payment.clientId,
        body: notifyPaymentBody(payment),
      });
  }

  /** notifyCapture goes to the payment's notify URL (§6: paymentNotifyUrl also drives notifyCapture). */
  notifyCapture(payment: Payment, capture: Capture): void {
    if (payment.notifyUrl)
      this.deps.notifier.notify({
        url: payment.notifyUrl,
        clientId: capture.clientId,
        body: captureBody(capture, true),
      });
  }

  /** notifyRefund goes to refundNotifyUrl, else the payment's notify URL (standing in for the Dashboard setting). */
  notifyRefund(refund: Refund): void {
    if (refund.notifyUrl)
      this.deps.notifier.notify({ url: refund.notifyUrl, clientId: refund.clientId, body: notifyRefundBody(refund) });
  }

  close(): void {
    this.timers.stopAll();
    this.expiries.clear();
  }

  private forget(paymentId: string): void {
    this.timers.clear(this.expiries.get(paymentId) ?? null);
    this.expiries.delete(paymentId);
  }

  private settleProcessing(payment: Payment): void {
    payment.challenge = null;
    this.forget(payment.paymentId);
    this.notifyPayment(payment);
    this.deps.disputes.consider(payment);
  }
}
