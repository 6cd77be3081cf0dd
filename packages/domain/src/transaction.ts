// The one transaction model every provider is mapped into. Which providers exist is not the domain's fact: a
// provider id here is a plain string the providers' catalogue has validated.

export const TRANSACTION_TYPES = ["payment", "authorization", "capture", "void", "refund", "payout", "credit"] as const;
export type TransactionType = (typeof TRANSACTION_TYPES)[number];

/**
 * pending: accepted, no outcome yet; incomplete: waiting for the customer (3-D Secure, wallet confirmation);
 * successful / failed / expired / error: final.
 */
export const TRANSACTION_STATUSES = ["pending", "incomplete", "successful", "failed", "expired", "error"] as const;
export type TransactionStatus = (typeof TRANSACTION_STATUSES)[number];

export const FINAL_STATUSES: readonly TransactionStatus[] = ["successful", "failed", "expired", "error"];

export function isFinal(status: TransactionStatus): boolean {
  return FINAL_STATUSES.includes(status);
}

export interface PaymentMethod {
  type: string; // credit_card, alipay, wechatpay, paypal, …
  brand: string | null;
  bin: string | null;
  last4: string | null;
  holder: string | null;
  expMonth: number | null;
  expYear: number | null;
  issuerName: string | null;
  issuerCountry: string | null;
}

export interface Verifications {
  threeDs: {
    status: string | null;
    eci: string | null;
    version: string | null;
    result: string | null;
  } | null;
  avs: string | null;
  cvc: string | null;
}

/** The decoded outcome, in the one language every provider's codes are mapped into. */
export interface Outcome {
  code: string | null; // the raw provider code (P.9998, CARD_NOT_SUPPORTED, 000100)
  letter: "S" | "F" | "P" | "E" | null;
  service: string | null;
  message: string | null; // for ops, in English
  messageParts?: OutcomeMessageParts | null; // the same message as parts, for the console to translate
  friendlyMessage: string | null;
  reason: string | null;
  retryable: boolean | null;
}

/** An ops message as its decoder built it (@paylens/codes/code-message): a catalogued text, then what others said. */
export interface OutcomeMessageParts {
  text: string;
  notes: (
    | { kind: "issuer"; code: string | null; said: string | null; advice: string | null }
    | { kind: "provider"; provider: string; said: string }
  )[];
}

/**
 * What a provider message (webhook, status query, API response) says about one transaction.
 * Provider-specific extras live in `details`; `raw` is the masked provider payload.
 */
export interface TransactionSnapshot {
  /** A registered provider's id (packages/providers/src/catalog.ts). */
  provider: string;
  providerUid: string;
  parentProviderUid: string | null;
  type: TransactionType;
  status: TransactionStatus;
  amountMinor: bigint;
  currency: string;
  trackingId: string | null;
  description: string | null;
  method: PaymentMethod | null;
  customerEmail: string | null;
  customerIp: string | null;
  customerCountry: string | null;
  rrn: string | null;
  authCode: string | null;
  refId: string | null;
  networkTransactionId: string | null;
  outcome: Outcome;
  verifications: Verifications;
  test: boolean;
  createdAt: Date | null;
  updatedAt: Date | null; // the provider's own time of this state: the base of webhook lag
  paidAt: Date | null;
  settledAt: Date | null;
  closedAt: Date | null;
  expiredAt: Date | null;
  details: Record<string, unknown>;
  raw: unknown;
}

export const EVENT_KINDS = ["webhook", "poll", "backfill", "action", "note"] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
