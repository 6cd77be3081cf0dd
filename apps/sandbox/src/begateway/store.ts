// In-memory beGateway state: transactions by uid and tracking_id, card tokens and the 30 s duplicate window.
import type { CardBrand, TestCard, ThreeDsResult } from "../cards.ts";
import { randomHex, randomInt, type Rng } from "../random.ts";

export type TxType = "payment" | "authorization" | "capture" | "void" | "refund" | "chargeback";
export type TxStatus = "successful" | "failed" | "incomplete";

/** What is kept of a card: never the full number (a sha256 stamp stands in for it). */
export interface CardSnapshot {
  bin: string;
  last4: string;
  first1: string;
  brand: CardBrand;
  issuerCountry: string | null;
  issuerName: string;
  product: string;
  expMonth: number | null;
  expYear: number | null;
  holder: string | null;
  token: string;
  stamp: string;
}

export interface Customer {
  ip: string | null;
  email: string | null;
  device_id: string | null;
  birth_date: string | null;
  first_name: string | null;
  last_name: string | null;
  address: string | null;
  country: string | null;
  city: string | null;
  zip: string | null;
  state: string | null;
  phone: string | null;
}

/** What authorises the payment once 3-D Secure succeeds: a test card's fixed outcome or the simulated issuer. */
export type AfterAuthentication = { kind: "approve" } | { kind: "decline"; code: string } | { kind: "issuer" };

export interface ThreeDsState {
  status: "incomplete" | "successful" | "failed";
  message: string | null;
  expected: ThreeDsResult;
  flow: "frictionless" | "challenge";
  after: AfterAuthentication;
  paStatus: ThreeDsResult | null;
  eci: string | null;
  xid: string | null;
  cavv: string | null;
  failReason: string | null;
}

export interface BankSection {
  authCode: string | null;
  bankCode: string | null;
  rrn: string | null;
  refId: string | null;
  message: string | null;
  billingDescriptor: string | null;
  gatewayId: number;
}

export interface Transaction {
  uid: string;
  shopId: string;
  type: TxType;
  status: TxStatus;
  code: string;
  /** v3 `message` (the code's merchant text; null while incomplete, as in the seed). */
  message: string | null;
  /** v2 top-level `message` ("Successfully processed", "Payment was declined", …). */
  v2Message: string | null;
  amount: number;
  currency: string;
  description: string | null;
  trackingId: string | null;
  test: boolean;
  language: string;
  createdAt: Date;
  updatedAt: Date;
  paidAt: Date | null;
  expiredAt: Date | null;
  parentUid: string | null;
  reason: string | null;
  recurringType: string | null;
  card: CardSnapshot | null;
  customer: Customer;
  additionalData: Record<string, unknown>;
  threeDs: ThreeDsState | null;
  avs: string | null;
  cvc: string | null;
  bank: BankSection;
  redirectUrl: string | null;
  statusCode: number | null;
  notificationUrl: string | null;
  returnUrl: string | null;
  /** Dated by X-Sandbox-Time (back-fill): a later challenge completion without a time stays in that past. */
  backdated: boolean;
  /** The API version of the creating request: its webhooks use the same body shape. */
  apiVersion: 2 | 3;
  receiptHash: string;
  captured: number;
  refunded: number;
  voided: boolean;
}

/** A saved card behind a token: its snapshot and, for documented test cards, the test behaviour. */
export interface TokenRecord {
  shopId: string;
  card: CardSnapshot;
  testCard: TestCard | null;
}

const DUPLICATE_WINDOW_MS = 30_000;
const TRACKING_LIMIT = 10;

export class BegatewayStore {
  private readonly byUid = new Map<string, Transaction>();
  private readonly byTracking = new Map<string, string[]>();
  private readonly tokens = new Map<string, TokenRecord>();
  private readonly recent = new Map<string, number>();

  constructor(private readonly rng: Rng) {}

  /** Shaped like the seed's `46154-aba1cf5e57`. */
  newUid(): string {
    for (;;) {
      const uid = `${10000 + randomInt(this.rng, 90000)}-${randomHex(this.rng, 10)}`;
      if (!this.byUid.has(uid)) return uid;
    }
  }

  add(tx: Transaction): void {
    this.byUid.set(tx.uid, tx);
    // A chargeback carries its payment's tracking_id, but a lookup by the order's reference must keep finding the
    // payment itself.
    if (!tx.trackingId || tx.type === "chargeback") return;
    // A tracking_id may hold several values separated by ";": each one finds the transaction.
    const keys = new Set([
      tx.trackingId,
      ...tx.trackingId
        .split(";")
        .map((part) => part.trim())
        .filter(Boolean),
    ]);
    for (const key of keys) {
      const indexKey = `${tx.shopId}\u0000${key}`;
      const list = this.byTracking.get(indexKey) ?? [];
      list.push(tx.uid);
      this.byTracking.set(indexKey, list);
    }
  }

  get(uid: string, shopId?: string): Transaction | null {
    const tx = this.byUid.get(uid);
    if (!tx || (shopId !== undefined && tx.shopId !== shopId)) return null;
    return tx;
  }

  /** Newest first, at most 10 (as the gateway answers a non-unique tracking_id). */
  findByTrackingId(shopId: string, trackingId: string): Transaction[] {
    const uids = this.byTracking.get(`${shopId}\u0000${trackingId}`) ?? [];
    return uids
      .map((uid) => this.byUid.get(uid))
      .filter((tx): tx is Transaction => tx !== undefined)
      .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())
      .slice(0, TRACKING_LIMIT);
  }

  saveToken(record: TokenRecord): void {
    this.tokens.set(record.card.token, record);
  }

  token(token: string, shopId: string): TokenRecord | null {
    const record = this.tokens.get(token);
    return record && record.shopId === shopId ? record : null;
  }

  /** True when the same key was remembered within 30 s of `atMs` (transaction time, so back-filled runs behave too). */
  isDuplicate(key: string, atMs: number): boolean {
    const last = this.recent.get(key);
    return last !== undefined && Math.abs(atMs - last) < DUPLICATE_WINDOW_MS;
  }

  /** Only requests that created a transaction count: a refused (422) request may be resent as is. */
  remember(key: string, atMs: number): void {
    this.recent.set(key, atMs);
    if (this.recent.size > 50_000) this.pruneRecent(atMs);
  }

  size(): number {
    return this.byUid.size;
  }

  /** Every transaction of a shop (its reports). */
  list(shopId: string): Transaction[] {
    return [...this.byUid.values()].filter((tx) => tx.shopId === shopId);
  }

  countByStatus(): Record<TxStatus, number> {
    const counts: Record<TxStatus, number> = { successful: 0, failed: 0, incomplete: 0 };
    for (const tx of this.byUid.values()) counts[tx.status] += 1;
    return counts;
  }

  private pruneRecent(atMs: number): void {
    for (const [key, at] of this.recent) if (Math.abs(atMs - at) >= DUPLICATE_WINDOW_MS) this.recent.delete(key);
  }
}
