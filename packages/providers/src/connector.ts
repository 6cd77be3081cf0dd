// The one interface every provider folder implements. Only domain types cross it.
import type { DisputeSnapshot } from "@paylens/domain/dispute";
import type { Outcome, TransactionSnapshot, TransactionStatus, TransactionType } from "@paylens/domain/transaction";
import type { z } from "zod";

export interface ProviderAccount {
  id: string;
  /** A registered provider's id (catalog.ts). */
  provider: string;
  name: string;
  baseUrl: string;
}

export type CallOutcome = "ok" | "declined" | "rejected" | "error" | "timeout";

/** One HTTP call to a provider, as stored in provider_calls. */
export interface ProviderCall {
  accountId: string;
  provider: string;
  operation: string; // pay, authorize, capture, void, refund, query
  startedAt: Date;
  durationMs: number;
  httpStatus: number | null;
  outcome: CallOutcome;
  providerUid: string | null;
  /** The transaction's status in the answer: a final one means the provider has decided and will notify it. */
  status?: TransactionStatus | null;
  idempotencyKey: string | null;
  error: string | null;
}

export interface CallContext<C> {
  account: ProviderAccount;
  credentials: C;
  recordCall: (call: ProviderCall) => Promise<void>;
  timeoutMs?: number;
  /** Demo only: the sandbox dates the transaction at this time (back-fill of history). */
  sandboxTime?: Date;
}

/**
 * ok: the provider answered with a transaction (approved, declined or pending: see snapshot.status);
 * rejected: the provider refused the request (validation, auth, not allowed): nothing happened there;
 * unknown: timeout, network error or 5xx: the effect is unknown and must be learned by a query, never by resending.
 */
export interface CallResult {
  state: "ok" | "rejected" | "unknown";
  httpStatus: number | null;
  snapshot: TransactionSnapshot | null;
  outcome: Outcome;
  errors: Record<string, string[]> | null;
}

export interface CardDetails {
  number: string;
  cvc: string;
  holder: string;
  expMonth: number;
  expYear: number;
}

export interface PayInput {
  amountMinor: bigint;
  currency: string;
  description: string;
  trackingId: string; // the merchant's order reference; also the idempotency key where the provider has one
  card?: CardDetails;
  /** A card the provider saved at an earlier payment (its token), instead of card details: retries of a failed payment. */
  cardToken?: string;
  wallet?: { vendor: string; terminal: "ONLINE" | "WAP" | "APP" | "INSTORE" };
  customer: { email: string; ip: string; country: string | null; firstName?: string; lastName?: string };
  billingAddress?: { address: string; zip: string; city: string; country: string };
  notificationUrl: string | null;
  returnUrl: string;
  test: boolean;
  captureMode?: "automatic" | "manual";
  /** Ask for 3-D Secure where the merchant chooses per payment (Antom); beGateway decides per shop. */
  threeDs?: boolean;
}

export interface ChildInput {
  parentUid: string;
  /** The original payment when the parent is itself a child (refund of a capture: Antom names the payment). */
  rootUid?: string | null;
  amountMinor: bigint;
  currency: string;
  reason?: string;
  idempotencyKey: string;
}

export interface TransactionRef {
  providerUid: string;
  type: TransactionType;
  /** The parent's uid: Antom queries a capture through its payment. */
  parentProviderUid?: string | null;
}

export interface WebhookInput<C> {
  credentials: C;
  headers: Record<string, string | undefined>; // lower-case names
  rawBody: string;
  path: string; // the request path the provider posted to (Antom signs over it)
}

export type WebhookVerdict = { ok: true; method: string } | { ok: false; reason: string };

/** A verified webhook, parsed: one snapshot and the key that identifies this exact notification. */
export interface ParsedWebhook {
  snapshot: TransactionSnapshot;
  dedupKey: string;
  /** The time the provider signed with the message (Antom `request-time`, Pockyt IPN `time`); null when none is signed. */
  signedAt: Date | null;
}

/** A verified notice about a dispute (a chargeback, a scheme's inquiry): a dispute's snapshot instead of a transaction's. */
export interface ParsedDisputeWebhook {
  dispute: DisputeSnapshot;
  /** Starts with `dispute|`, so it never meets a transaction's key. */
  dedupKey: string;
  signedAt: Date | null;
}

/** Either kind of verified message, as the webhook route and the inbox worker take it. */
export type ParsedNotification =
  ({ kind: "transaction" } & ParsedWebhook) | ({ kind: "dispute" } & ParsedDisputeWebhook);

export interface HttpReply {
  statusCode: number;
  contentType: string;
  body: string;
}

/**
 * What a report row moved: a transaction's type, or a dispute's money (docs/disputes.md, "Money"): `dispute` when the
 * provider took the disputed amount back, `dispute_reversal` when it returned it (a won dispute).
 */
export const REPORT_DISPUTE_TYPES = ["dispute", "dispute_reversal"] as const;
export type ReportDisputeType = (typeof REPORT_DISPUTE_TYPES)[number];

/**
 * One transaction or dispute as a provider's report states it, normalised: our type and status names, minor units.
 * A dispute row's providerUid is the provider's dispute id, parentProviderUid the disputed payment's uid, amountMinor
 * the disputed amount (positive) and feeMinor the dispute fee the provider charged.
 */
export interface ReportRow {
  providerUid: string;
  parentProviderUid: string | null;
  type: TransactionType | ReportDisputeType;
  status: TransactionStatus;
  amountMinor: bigint;
  currency: string;
  /** What the provider kept of it, in the same currency; null when the report does not say. */
  feeMinor: bigint | null;
  occurredAt: Date;
  settledAt: Date | null;
  raw: Record<string, unknown>;
}

/** A period [from, to) of transaction time. */
export interface ReportPeriod {
  from: Date;
  to: Date;
}

/** ok: every row of the period; rejected: the provider refused (auth, range); unknown: no usable answer. */
export interface SettlementReport {
  state: "ok" | "rejected" | "unknown";
  /** The provider's name for what was fetched (reports API, settle-list + trans-list, settlement details file). */
  name: string;
  rows: ReportRow[];
  error: string | null;
}

export interface Connector<C = unknown> {
  /** Its definition's id and display name (the folder's meta.ts). */
  provider: string;
  displayName: string;
  credentials: z.ZodType<C>;
  /** What must be answered so the provider stops resending; and what a rejected message gets. */
  webhookReplies: { accepted: HttpReply; rejected: HttpReply; malformed: HttpReply };
  /**
   * Fields that hold the provider's or the merchant's identifiers: kept as sent by the card-data guard when they are one
   * token (`isIdentifierToken`): an 18-digit transactionNo, or beGateway's uid read across its dash, passes Luhn one time
   * in ten; masked, the stored message would apply wrongly and later calls would not find the transaction.
   */
  identifierFields: ReadonlySet<string>;
  /**
   * Whether an account moves test money, for a provider whose webhooks do not say (Pockyt: only the host tells);
   * absent where every answer and webhook carries its own flag.
   */
  testAccount?(account: ProviderAccount): boolean;
  verifyWebhook(input: WebhookInput<C>): WebhookVerdict;
  /** Throws PayloadError when the body is not a notification this provider sends. */
  parseWebhook(rawBody: string, headers: Record<string, string | undefined>): ParsedWebhook;
  /**
   * For providers that send disputes: the dispute in a verified body, or null when the body is about a transaction
   * (then `parseWebhook` reads it). Throws PayloadError for a dispute notice it cannot read.
   */
  parseDisputeWebhook?(rawBody: string, headers: Record<string, string | undefined>): ParsedDisputeWebhook | null;
  /** A status query. The type picks the provider's endpoint where payments and refunds are queried apart (Antom). */
  query(ctx: CallContext<C>, ref: TransactionRef): Promise<CallResult>;
  pay(ctx: CallContext<C>, input: PayInput): Promise<CallResult>;
  authorize(ctx: CallContext<C>, input: PayInput): Promise<CallResult>;
  capture(ctx: CallContext<C>, input: ChildInput): Promise<CallResult>;
  void(ctx: CallContext<C>, input: ChildInput): Promise<CallResult>;
  refund(ctx: CallContext<C>, input: ChildInput): Promise<CallResult>;
  /**
   * Accepts a dispute (the merchant takes the loss, no defence), where the provider's API has it. `ok` (no snapshot):
   * accepted; `rejected`: refused (decided already, not acceptable); `unknown`: the provider's notification will tell.
   */
  acceptDispute?(
    ctx: CallContext<C>,
    input: { providerDisputeId: string; idempotencyKey: string },
  ): Promise<CallResult>;
  /** Sends the merchant's evidence for a dispute (one Base64 document); absent where the provider has no such API. */
  supplyDefenseDocument?(
    ctx: CallContext<C>,
    input: { providerDisputeId: string; idempotencyKey: string; documentBase64: string },
  ): Promise<CallResult>;
  /** What the provider reports for a period: every transaction with its fee and settlement where it says them. */
  settlementReport(ctx: CallContext<C>, period: ReportPeriod): Promise<SettlementReport>;
  /** A report file a finance user downloaded from the provider's back office; throws PayloadError when it is not one. */
  parseSettlementFile(text: string): ReportRow[];
}

/** A verified body, read as a dispute where the provider says it is one, else as a transaction. */
export function parseNotification(
  connector: Pick<Connector, "parseWebhook" | "parseDisputeWebhook">,
  rawBody: string,
  headers: Record<string, string | undefined>,
): ParsedNotification {
  const dispute = connector.parseDisputeWebhook?.(rawBody, headers);
  if (dispute) return { kind: "dispute", ...dispute };
  return { kind: "transaction", ...connector.parseWebhook(rawBody, headers) };
}

export class PayloadError extends Error {
  override name = "PayloadError";
}
