// In-memory Antom state: payments, captures and refunds by id and by the merchant's request id (the idempotency keys),
// and the refusals remembered per request id so that a repeated request gets the same answer.
import { randomDigits, type Rng } from "../random.ts";
import type { AntomResult } from "./codes.ts";

export type PaymentStatus = "PROCESSING" | "SUCCESS" | "FAIL" | "CANCELLED";

/** Which checks the merchant asked for: AVS needs a billing address, CVV a cvv. */
export interface CardChecks {
  billingAddress: boolean;
  cvv: boolean;
}

/** What is kept of a card: never the full number (a sha256 stamp stands in for it in idempotency checks). */
export interface CardSnapshot {
  bin: string;
  last4: string;
  brand: string;
  issuingCountry: string | null;
  issuerName: string;
  funding: "CREDIT" | "DEBIT" | "PREPAID";
  expiryMonth: string;
  expiryYear: string;
  holder: string | null;
  checks: CardChecks;
  token: string;
  stamp: string;
}

export interface ThreeDsInfo {
  threeDSVersion: string;
  eci?: string;
  cavv?: string;
  dsTransactionId?: string;
  challenged?: boolean;
  exemptionType?: string;
  threeDStransactionStatusReason?: string;
  challengeCancel?: string;
}

/** paymentResultInfo's issuer-side fields (docs/providers/antom.md §9). */
export interface CardResult {
  avs: string | null;
  cvv: string | null;
  networkTransactionId: string | null;
  rrn: string | null;
  authCode: string | null;
  refusalCodeRaw: string | null;
  threeDS: ThreeDsInfo | null;
}

/** What decides the authorization once the shopper passed 3-D Secure. */
export type AfterChallenge = { kind: "approve" } | { kind: "decline"; code: string } | { kind: "issuer" };

export interface Payment {
  paymentId: string;
  paymentRequestId: string;
  clientId: string;
  amount: bigint;
  currency: string;
  status: PaymentStatus;
  result: AntomResult;
  manual: boolean;
  createdAt: Date;
  paymentTime: Date | null;
  authExpiry: Date | null;
  card: CardSnapshot;
  cardResult: CardResult;
  notifyUrl: string | null;
  redirectUrl: string | null;
  challengeUrl: string | null;
  challenge: AfterChallenge | null;
  fingerprint: string;
  /** Dated by X-Sandbox-Time (back-fill): a later challenge completion without a time stays in that past. */
  backdated: boolean;
  captured: bigint;
  refunded: bigint;
  cancelTime: Date | null;
  captureIds: string[];
  refundIds: string[];
}

export interface Capture {
  captureId: string;
  captureRequestId: string;
  paymentId: string;
  clientId: string;
  amount: bigint;
  currency: string;
  result: AntomResult;
  captureTime: Date;
  fingerprint: string;
}

export interface Refund {
  refundId: string;
  refundRequestId: string;
  paymentId: string;
  captureId: string | null;
  clientId: string;
  amount: bigint;
  currency: string;
  result: AntomResult;
  refundTime: Date;
  reason: string | null;
  notifyUrl: string | null;
  fingerprint: string;
}

interface Refusal {
  fingerprint: string;
  body: Record<string, unknown>;
}

// Shaped like the seed's paymentId 20211112194010800100188570271832381: date, a product block, 17 digits.
const ID_BLOCKS = { payment: "1940108001", capture: "1940108002", refund: "1940108003" } as const;

export class AntomStore {
  private readonly payments = new Map<string, Payment>();
  private readonly paymentRequests = new Map<string, string>();
  private readonly captures = new Map<string, Capture>();
  private readonly captureRequests = new Map<string, string>();
  private readonly refunds = new Map<string, Refund>();
  private readonly refundRequests = new Map<string, string>();
  private readonly refusals = new Map<string, Refusal>();

  constructor(private readonly rng: Rng) {}

  newId(kind: keyof typeof ID_BLOCKS, at: Date): string {
    const day = at.toISOString().slice(0, 10).replace(/-/g, "");
    for (;;) {
      const id = `${day}${ID_BLOCKS[kind]}${randomDigits(this.rng, 17)}`;
      if (!this.payments.has(id) && !this.captures.has(id) && !this.refunds.has(id)) return id;
    }
  }

  addPayment(payment: Payment): void {
    this.payments.set(payment.paymentId, payment);
    this.paymentRequests.set(`${payment.clientId}\u0000${payment.paymentRequestId}`, payment.paymentId);
  }

  addCapture(capture: Capture): void {
    this.captures.set(capture.captureId, capture);
    this.captureRequests.set(`${capture.clientId}\u0000${capture.captureRequestId}`, capture.captureId);
  }

  addRefund(refund: Refund): void {
    this.refunds.set(refund.refundId, refund);
    this.refundRequests.set(`${refund.clientId}\u0000${refund.refundRequestId}`, refund.refundId);
  }

  payment(paymentId: string, clientId?: string): Payment | null {
    const found = this.payments.get(paymentId);
    return found && (clientId === undefined || found.clientId === clientId) ? found : null;
  }

  paymentByRequest(clientId: string, paymentRequestId: string): Payment | null {
    const id = this.paymentRequests.get(`${clientId}\u0000${paymentRequestId}`);
    return id ? this.payment(id) : null;
  }

  capture(captureId: string, clientId: string): Capture | null {
    const found = this.captures.get(captureId);
    return found && found.clientId === clientId ? found : null;
  }

  captureByRequest(clientId: string, captureRequestId: string): Capture | null {
    const id = this.captureRequests.get(`${clientId}\u0000${captureRequestId}`);
    return id ? (this.captures.get(id) ?? null) : null;
  }

  refund(refundId: string, clientId: string): Refund | null {
    const found = this.refunds.get(refundId);
    return found && found.clientId === clientId ? found : null;
  }

  refundByRequest(clientId: string, refundRequestId: string): Refund | null {
    const id = this.refundRequests.get(`${clientId}\u0000${refundRequestId}`);
    return id ? (this.refunds.get(id) ?? null) : null;
  }

  /** A refused request, remembered so the same request id gets the same answer (§7). */
  refusal(key: string): Refusal | null {
    return this.refusals.get(key) ?? null;
  }

  rememberRefusal(key: string, fingerprint: string, body: Record<string, unknown>): void {
    this.refusals.set(key, { fingerprint, body });
  }

  /** Every payment, capture and refund of a client (its reports). */
  list(clientId: string): { payments: Payment[]; captures: Capture[]; refunds: Refund[] } {
    return {
      payments: [...this.payments.values()].filter((p) => p.clientId === clientId),
      captures: [...this.captures.values()].filter((c) => c.clientId === clientId),
      refunds: [...this.refunds.values()].filter((r) => r.clientId === clientId),
    };
  }

  counts(): { payments: number; captures: number; refunds: number; byStatus: Record<PaymentStatus, number> } {
    const byStatus: Record<PaymentStatus, number> = { PROCESSING: 0, SUCCESS: 0, FAIL: 0, CANCELLED: 0 };
    for (const payment of this.payments.values()) byStatus[payment.status] += 1;
    return { payments: this.payments.size, captures: this.captures.size, refunds: this.refunds.size, byStatus };
  }
}
