// In-memory Pockyt state: payments and refunds by transactionNo, and the merchant's references (unique per store).
import { luhnValid } from "@paylens/domain/card";
import { randomDigits, type Rng } from "../random.ts";

/**
 * Payment statuses this sandbox uses (docs/providers/pockyt.md §7): init until the shopper acts, pending while the
 * wallet confirms.
 */
export type PaymentStatus = "init" | "pending" | "success" | "failed" | "closed";
/** online: secure-pay's cashier; instore: add + pay with the shopper's code; qrcode: the shopper scans the till's code. */
export type Channel = "online" | "instore" | "qrcode";

export interface Merchant {
  merchantNo: string;
  storeNo: string;
  apiToken: string;
}

export interface Payment {
  transactionNo: string;
  merchantNo: string;
  storeNo: string;
  storeAdminNo: string | null;
  reference: string;
  channel: Channel;
  /** In store, known once the shopper's code is scanned (pay). */
  vendor: string | null;
  terminal: string | null;
  amount: bigint;
  currency: string;
  settleCurrency: string;
  description: string | null;
  note: string | null;
  ipnUrl: string | null;
  callbackUrl: string | null;
  timeoutMinutes: number;
  status: PaymentStatus;
  createdAt: Date;
  updatedAt: Date;
  paidAt: Date | null;
  /** The wallet's own transaction id, once paid. */
  vendorId: string | null;
  refunded: bigint;
  refundNos: string[];
  /** Dated by X-Sandbox-Time: later steps stay in that past. */
  backdated: boolean;
}

export interface Refund {
  transactionNo: string;
  paymentNo: string;
  merchantNo: string;
  storeNo: string;
  refundReference: string | null;
  amount: bigint;
  currency: string;
  settleCurrency: string;
  status: "success";
  createdAt: Date;
}

export type Found = { kind: "payment"; payment: Payment } | { kind: "refund"; refund: Refund; payment: Payment };

const storeKey = (merchantNo: string, storeNo: string, value: string) => `${merchantNo}/${storeNo}\u0000${value}`;

export class PockytStore {
  private readonly payments = new Map<string, Payment>();
  private readonly refunds = new Map<string, Refund>();
  private readonly references = new Map<string, string>();
  private readonly refundReferences = new Map<string, string>();

  constructor(private readonly rng: Rng) {}

  /**
   * 18 digits like 297553638300708562. Never Luhn-valid: the console masks Luhn-valid 13–19 digit runs as card numbers,
   * and a masked transactionNo in a stored payload helps nobody.
   */
  newTransactionNo(): string {
    for (;;) {
      let no = `3${randomDigits(this.rng, 17)}`;
      if (luhnValid(no)) no = `${no.slice(0, 17)}${(Number(no.slice(17)) + 1) % 10}`;
      if (!this.payments.has(no) && !this.refunds.has(no)) return no;
    }
  }

  addPayment(payment: Payment): void {
    this.payments.set(payment.transactionNo, payment);
    this.references.set(storeKey(payment.merchantNo, payment.storeNo, payment.reference), payment.transactionNo);
  }

  addRefund(refund: Refund): void {
    this.refunds.set(refund.transactionNo, refund);
    if (refund.refundReference) {
      this.refundReferences.set(
        storeKey(refund.merchantNo, refund.storeNo, refund.refundReference),
        refund.transactionNo,
      );
    }
  }

  referenceTaken(merchant: Merchant, reference: string): boolean {
    return this.references.has(storeKey(merchant.merchantNo, merchant.storeNo, reference));
  }

  refundReferenceTaken(merchant: Merchant, refundReference: string): boolean {
    return this.refundReferences.has(storeKey(merchant.merchantNo, merchant.storeNo, refundReference));
  }

  /** Any payment, whoever owns it (the shopper's side: cashier page, wallet). */
  anyPayment(transactionNo: string): Payment | null {
    return this.payments.get(transactionNo) ?? null;
  }

  /** A payment or refund of this merchant's store, by transactionNo or by the merchant's reference. */
  find(merchant: Merchant, target: { transactionNo: string } | { reference: string }): Found | null {
    if ("reference" in target) {
      const no = this.references.get(storeKey(merchant.merchantNo, merchant.storeNo, target.reference));
      const payment = no ? this.payments.get(no) : undefined;
      return payment ? { kind: "payment", payment } : null;
    }
    const payment = this.payments.get(target.transactionNo);
    if (payment) return this.owns(merchant, payment) ? { kind: "payment", payment } : null;
    const refund = this.refunds.get(target.transactionNo);
    const parent = refund ? this.payments.get(refund.paymentNo) : undefined;
    return refund && parent && this.owns(merchant, parent) ? { kind: "refund", refund, payment: parent } : null;
  }

  refundsOf(payment: Payment): Refund[] {
    return payment.refundNos
      .map((no) => this.refunds.get(no))
      .filter((refund): refund is Refund => refund !== undefined);
  }

  size(): { payments: number; refunds: number } {
    return { payments: this.payments.size, refunds: this.refunds.size };
  }

  countByStatus(): Record<PaymentStatus, number> {
    const counts: Record<PaymentStatus, number> = { init: 0, pending: 0, success: 0, failed: 0, closed: 0 };
    for (const payment of this.payments.values()) counts[payment.status] += 1;
    return counts;
  }

  /** Every payment and refund of a store (its data-search lists). */
  list(merchant: Merchant): { payments: Payment[]; refunds: Refund[] } {
    const payments = [...this.payments.values()].filter((p) => this.owns(merchant, p));
    return { payments, refunds: payments.flatMap((p) => this.refundsOf(p)) };
  }

  private owns(merchant: Merchant, payment: Payment): boolean {
    return payment.merchantNo === merchant.merchantNo && payment.storeNo === merchant.storeNo;
  }
}
