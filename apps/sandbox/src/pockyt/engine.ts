// What Pockyt does with each request: hosted checkouts (init until the shopper acts on the cashier page), in-store
// add + pay (pending until the shopper confirms in the wallet), refunds up to the paid amount, cancel, and the timeout
// that closes an abandoned session. Every final state is notified to ipnUrl.
import { luhnValid } from "@paylens/domain/card";
import { issuerDecision } from "../cards.ts";
import { lognormalMedian, randomAlphanumeric, randomDigits, type Rng } from "../random.ts";
import { Timers } from "../timing.ts";
import type { IpnNotifier } from "./notifier.ts";
import { ipnFields, ipnTime, money } from "./responses.ts";
import type { Found, Merchant, Payment, PockytStore, Refund } from "./store.ts";
import {
  checkVendorCurrency,
  fail,
  type Checked,
  type OrderRequest,
  type PayRequest,
  type QrcodeRequest,
  type RefundRequest,
  type SecurePayRequest,
  type Target,
} from "./validate.ts";

export type ShopperOutcome = "paid" | "failed" | "abandon";

export interface EngineDeps {
  store: PockytStore;
  notifier: IpnNotifier;
  merchants: ReadonlyMap<string, Merchant>;
  /** Draws identifiers and back-dated delays, so they never shift outcomes. */
  idRng: Rng;
  /** Draws the simulated issuer's answers for cards typed on the cashier page. */
  outcomeRng: Rng;
  /** Multiplies the documented session timeout (minutes) when expireAfterMs is not set. */
  timeScale: number;
  expireAfterMs: number | null;
}

export const merchantKey = (merchantNo: string, storeNo: string): string => `${merchantNo}/${storeNo}`;
export const cashierPath = (transactionNo: string): string =>
  `/appTransaction/yuansfer-redirect-record/${transactionNo}`;

const notFound = () => fail("000021", "data error : transaction not found");
const statusError = (payment: Payment) =>
  fail("000040", `transaction status error: the transaction is ${payment.status}`);

export class PockytEngine {
  private readonly timers = new Timers();
  private readonly expiries = new Map<string, NodeJS.Timeout | null>();

  constructor(readonly deps: EngineDeps) {}

  securePay(merchant: Merchant, req: SecurePayRequest, at: Date, backdated: boolean): Checked<Payment> {
    return this.open(merchant, req, at, backdated, {
      channel: "online",
      vendor: req.vendor,
      terminal: req.terminal,
      callbackUrl: req.callbackUrl,
    });
  }

  add(merchant: Merchant, req: OrderRequest, at: Date, backdated: boolean): Checked<Payment> {
    return this.open(merchant, req, at, backdated, {
      channel: "instore",
      vendor: null,
      terminal: null,
      callbackUrl: null,
    });
  }

  qrcode(merchant: Merchant, req: QrcodeRequest, at: Date, backdated: boolean): Checked<Payment> {
    return this.open(merchant, req, at, backdated, {
      channel: "qrcode",
      vendor: req.vendor,
      terminal: null,
      callbackUrl: null,
    });
  }

  /** The shopper's barcode is scanned: the wallet now asks the shopper to confirm (pending). */
  pay(merchant: Merchant, req: PayRequest, at: Date): Checked<Payment> {
    const found = this.deps.store.find(merchant, req.target);
    if (!found || found.kind !== "payment") return notFound();
    const payment = found.payment;
    if (payment.channel !== "instore") return fail("000022", "data error : the transaction was not added in store");
    if (payment.status !== "init") return statusError(payment);
    const rule = checkVendorCurrency(req.vendor, payment.currency, payment.settleCurrency);
    if (!rule.ok) return rule;
    payment.vendor = req.vendor;
    payment.status = "pending";
    payment.updatedAt = laterThan(payment, at);
    return { ok: true, value: payment };
  }

  query(merchant: Merchant, target: Target): Checked<Found> {
    const found = this.deps.store.find(merchant, target);
    return found ? { ok: true, value: found } : notFound();
  }

  refund(merchant: Merchant, req: RefundRequest, at: Date): Checked<{ refund: Refund; payment: Payment }> {
    const found = this.deps.store.find(merchant, req.target);
    if (!found) return notFound();
    if (found.kind === "refund") return fail("000022", "data error : a refund cannot be refunded");
    const payment = found.payment;
    if (payment.status !== "success") return statusError(payment);
    if (req.currency !== payment.currency)
      return fail(
        "000022",
        `data error : currency ${req.currency} does not match the transaction's ${payment.currency}`,
      );
    if (req.settleCurrency !== payment.settleCurrency) {
      return fail(
        "000022",
        `data error : settleCurrency ${req.settleCurrency} does not match the transaction's ${payment.settleCurrency}`,
      );
    }
    if (req.refundReference && this.deps.store.refundReferenceTaken(merchant, req.refundReference)) {
      return fail("000022", `data error : refundReference ${req.refundReference} has already been used`);
    }
    const remaining = payment.amount - payment.refunded;
    if (req.refundAmount > remaining) {
      return fail(
        "000023",
        `data error : refundAmount ${money(req.refundAmount, payment.currency)} exceeds the refundable ${money(remaining, payment.currency)}`,
      );
    }
    return {
      ok: true,
      value: { refund: this.createRefund(payment, req.refundAmount, req.refundReference, at), payment },
    };
  }

  /** Unpaid: the transaction closes. Paid: the full remaining amount is refunded (docs/providers/pockyt.md §4.7). */
  cancel(merchant: Merchant, target: Target, at: Date): Checked<{ payment: Payment; refund: Refund | null }> {
    const found = this.deps.store.find(merchant, target);
    if (!found) return notFound();
    if (found.kind === "refund") return fail("000022", "data error : a refund cannot be cancelled");
    const payment = found.payment;
    if (payment.status === "init" || payment.status === "pending") {
      this.finish(payment, "closed", laterThan(payment, at));
      return { ok: true, value: { payment, refund: null } };
    }
    const remaining = payment.amount - payment.refunded;
    if (payment.status !== "success" || remaining <= 0n) return statusError(payment);
    return { ok: true, value: { payment, refund: this.createRefund(payment, remaining, null, at) } };
  }

  /** The shopper on the cashier page or in the wallet app: pays, fails, or walks away (the timeout then closes it). */
  shopperPays(transactionNo: string, outcome: ShopperOutcome, at: Date | null = null): Checked<Payment> {
    const payment = this.deps.store.anyPayment(transactionNo);
    if (!payment) return notFound();
    const waiting = payment.channel === "instore" ? payment.status === "pending" : payment.status === "init";
    if (!waiting) return statusError(payment);
    if (outcome === "abandon") return { ok: true, value: payment };
    this.finish(payment, outcome === "paid" ? "success" : "failed", this.shopperTime(payment, at));
    return { ok: true, value: payment };
  }

  /** A card typed on the cashier page (vendor creditcard): the shared simulated issuer decides. */
  payWithCard(
    transactionNo: string,
    cardNumber: string,
    expMonth: number | null,
    expYear: number | null,
  ): Checked<Payment> {
    const payment = this.deps.store.anyPayment(transactionNo);
    if (!payment) return notFound();
    const when = this.shopperTime(payment, null);
    if (!luhnValid(cardNumber)) return this.shopperPays(transactionNo, "failed", when);
    const decision = issuerDecision(
      { bin: cardNumber.slice(0, 8), expMonth, expYear },
      Number(payment.amount),
      this.deps.outcomeRng,
      { at: when },
    );
    return this.shopperPays(transactionNo, decision.approved ? "paid" : "failed", when);
  }

  /** The documented timeout (minutes, default 120) passed without payment: closed. */
  expire(transactionNo: string): void {
    const payment = this.deps.store.anyPayment(transactionNo);
    if (!payment || (payment.status !== "init" && payment.status !== "pending")) return;
    const at = payment.backdated ? new Date(payment.createdAt.getTime() + payment.timeoutMinutes * 60_000) : new Date();
    this.finish(payment, "closed", laterThan(payment, at));
  }

  close(): void {
    this.timers.stopAll();
    this.expiries.clear();
  }

  private open(
    merchant: Merchant,
    req: OrderRequest,
    at: Date,
    backdated: boolean,
    kind: Pick<Payment, "channel" | "vendor" | "terminal" | "callbackUrl">,
  ): Checked<Payment> {
    const { store } = this.deps;
    if (store.referenceTaken(merchant, req.reference))
      return fail("000022", `data error : reference ${req.reference} has already been used`);
    const payment: Payment = {
      transactionNo: store.newTransactionNo(),
      merchantNo: merchant.merchantNo,
      storeNo: merchant.storeNo,
      storeAdminNo: req.storeAdminNo,
      reference: req.reference,
      ...kind,
      amount: req.amount,
      currency: req.currency,
      settleCurrency: req.settleCurrency,
      description: req.description,
      note: req.note,
      ipnUrl: req.ipnUrl,
      timeoutMinutes: req.timeoutMinutes,
      status: "init",
      createdAt: at,
      updatedAt: at,
      paidAt: null,
      vendorId: null,
      refunded: 0n,
      refundNos: [],
      backdated,
    };
    store.addPayment(payment);
    const afterMs = this.deps.expireAfterMs ?? payment.timeoutMinutes * 60_000 * this.deps.timeScale;
    this.expiries.set(
      payment.transactionNo,
      this.timers.after(afterMs, () => this.expire(payment.transactionNo)),
    );
    return { ok: true, value: payment };
  }

  private createRefund(payment: Payment, amount: bigint, refundReference: string | null, at: Date): Refund {
    const refund: Refund = {
      transactionNo: this.deps.store.newTransactionNo(),
      paymentNo: payment.transactionNo,
      merchantNo: payment.merchantNo,
      storeNo: payment.storeNo,
      refundReference,
      amount,
      currency: payment.currency,
      settleCurrency: payment.settleCurrency,
      status: "success",
      createdAt: laterThan(payment, at),
    };
    payment.refunded += amount;
    payment.refundNos.push(refund.transactionNo);
    this.deps.store.addRefund(refund);
    return refund;
  }

  /** Back-filled history: the shopper acts about a minute after the order (docs/traffic.md §9's challenge median). */
  private shopperTime(payment: Payment, at: Date | null): Date {
    const chosen =
      at ??
      (payment.backdated
        ? new Date(payment.createdAt.getTime() + lognormalMedian(this.deps.idRng, 60_000, 0.4))
        : new Date());
    return laterThan(payment, chosen);
  }

  private finish(payment: Payment, status: "success" | "failed" | "closed", at: Date): void {
    payment.status = status;
    payment.updatedAt = at;
    if (status === "success") {
      payment.paidAt = at;
      payment.vendorId = this.vendorId(payment.vendor, at);
    }
    this.timers.clear(this.expiries.get(payment.transactionNo) ?? null);
    this.expiries.delete(payment.transactionNo);
    const merchant = this.deps.merchants.get(merchantKey(payment.merchantNo, payment.storeNo));
    if (payment.ipnUrl && merchant) this.deps.notifier.notify(payment.ipnUrl, ipnFields(payment), merchant.apiToken);
  }

  /** The wallet's own id: Alipay / WeChat / UnionPay style 28 digits led by the date, PayPal style 17 characters. */
  private vendorId(vendor: string | null, at: Date): string {
    if (vendor === "paypal" || vendor === "venmo" || vendor === "creditcard")
      return randomAlphanumeric(this.deps.idRng, 17);
    return `${ipnTime(at).slice(0, 8)}${randomDigits(this.deps.idRng, 20)}`;
  }
}

/** Pockyt's clock never runs backwards within one transaction. */
function laterThan(payment: Payment, at: Date): Date {
  return at.getTime() > payment.createdAt.getTime() ? at : new Date(payment.createdAt.getTime() + 1000);
}
