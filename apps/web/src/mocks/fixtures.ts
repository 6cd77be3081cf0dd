// Made-up but realistic transactions for component tests (test-data.ts stores them). Never in the production bundle.
import type {
  DetailTransaction,
  RelatedTransaction,
  TransactionDetail,
  TransactionEvent,
} from "../routes/transaction/detail-types.ts";

interface Outcome {
  status: string;
  code: string | null;
  letter: string | null;
  service: string | null;
  message: string | null;
  friendly: string | null;
  reason: string | null;
  retryable: boolean | null;
}

const OK: Outcome = {
  status: "successful",
  code: "S.0000",
  letter: "S",
  service: "OK",
  message: "Transaction is successful.",
  friendly: "The transaction is successfully processed.",
  reason: null,
  retryable: null,
};
const OUTCOMES: Outcome[] = [
  OK,
  OK,
  OK,
  OK,
  OK,
  OK,
  OK,
  {
    status: "failed",
    code: "F.0114",
    letter: "F",
    service: "Card processing",
    message: "Insufficient funds. Check the account balance or contact the payment service provider for details.",
    friendly: "Insufficient funds. Failed to complete the transaction. Check the account balance.",
    reason: "insufficient_funds",
    retryable: true,
  },
  {
    status: "failed",
    code: "F.0105",
    letter: "F",
    service: "Card processing",
    message: "Do not honor. Contact the payment service provider for details.",
    friendly: "Do not honor. Failed to complete the transaction. Contact the merchant for details.",
    reason: "do_not_honor",
    retryable: true,
  },
  {
    status: "incomplete",
    code: "P.9998",
    letter: "P",
    service: "Bank",
    message: null,
    friendly: "Incomplete transaction",
    reason: null,
    retryable: null,
  },
  {
    status: "pending",
    code: null,
    letter: null,
    service: null,
    message: null,
    friendly: null,
    reason: null,
    retryable: null,
  },
  {
    status: "failed",
    code: "F.4022",
    letter: "F",
    service: "3-D Secure",
    message: "Stolen card.",
    friendly: "Card authentication failed. Please contact your card issuer for assistance.",
    reason: "stolen_card",
    retryable: false,
  },
  {
    status: "expired",
    code: "F.0999",
    letter: "F",
    service: "Card processing",
    message: "The customer did not complete the payment in time.",
    friendly: "Failed to complete the transaction. Contact the merchant for details.",
    reason: "expired",
    retryable: true,
  },
  {
    status: "error",
    code: "E.1025",
    letter: "E",
    service: "Payment gateway",
    message: "Description can't be blank.",
    friendly: "Invalid request params",
    reason: "invalid_request",
    retryable: false,
  },
];

const PROVIDERS = ["begateway", "begateway", "antom", "pockyt"] as const;
const AMOUNTS: [bigint, string][] = [
  [123456n, "EUR"],
  [4999n, "USD"],
  [250000n, "JPY"],
  [1234567n, "KWD"],
  [89900n, "PLN"],
  [1999n, "GBP"],
  [1500000n, "EUR"],
  [7350n, "USD"],
];
const CARDS = [
  { brand: "visa", bin: "420000", last4: "0000", issuer: "Chase Bank", country: "US" },
  { brand: "master", bin: "520424", last4: "5003", issuer: "ING Bank Śląski", country: "PL" },
  { brand: "visa", bin: "401200", last4: "1006", issuer: "Barclays", country: "GB" },
  { brand: "amex", bin: "371449", last4: "8431", issuer: "American Express", country: "US" },
];
const TYPES = ["payment", "payment", "payment", "authorization", "refund", "capture", "payout"];

const pick = <T>(items: readonly T[], n: number): T => items[n % items.length] as T;
/** A cheap deterministic scramble so neighbouring fixtures differ in more than one field. */
const mix = (n: number, salt: number) => ((n + salt) * 2654435761) >>> 7;
const uuid = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;

/** Transaction number `n` of the fixture stream, created at `createdAt`. */
export function makeTransaction(n: number, createdAt: Date): DetailTransaction {
  const provider = pick(PROVIDERS, mix(n, 1));
  const outcome = pick(OUTCOMES, mix(n, 2));
  const [amountMinor, currency] = pick(AMOUNTS, mix(n, 3));
  const wallet = provider === "antom" && n % 2 === 0;
  const card = pick(CARDS, mix(n, 4));
  const final = outcome.status !== "pending" && outcome.status !== "incomplete";
  const later = (ms: number) => new Date(createdAt.getTime() + ms);
  const providerUid =
    provider === "begateway"
      ? `${(1000000 + n * 37).toString()}-${(n * 7919).toString(16)}c4b2e`
      : `2026112319${String(n).padStart(10, "0")}`;
  return {
    id: uuid(n),
    accountId: `${provider}-demo`,
    provider,
    providerUid,
    parentProviderUid: null,
    parentId: null,
    type: pick(TYPES, mix(n, 5)),
    status: outcome.status,
    amountMinor,
    currency,
    trackingId: `order-${(48210 + n).toString()}`,
    description: `Order #${(48210 + n).toString()}`,
    methodType: wallet ? "alipay_cn" : "credit_card",
    cardBrand: wallet ? null : card.brand,
    cardBin: wallet ? null : card.bin,
    cardLast4: wallet ? null : card.last4,
    cardHolder: wallet ? null : "JOHN DOE",
    issuerName: wallet ? null : card.issuer,
    issuerCountry: wallet ? null : card.country,
    customerEmail: `customer${n}@example.com`,
    customerIp: `203.0.113.${n % 250}`,
    customerCountry: card.country,
    rrn: final ? `6${String(n).padStart(11, "0")}` : null,
    authCode: outcome.status === "successful" ? `A${String(n % 99999).padStart(5, "0")}` : null,
    refId: final ? `ref-${n}` : null,
    networkTransactionId: null,
    code: outcome.code,
    outcomeLetter: outcome.letter,
    outcomeService: outcome.service,
    message: outcome.message,
    messageParts: null, // whole texts: looked up as they are
    friendlyMessage: outcome.friendly,
    reason: outcome.reason,
    retryable: outcome.retryable,
    threeDsStatus: wallet ? null : outcome.status === "successful" ? "successful" : "failed",
    threeDsEci: wallet ? null : outcome.status === "successful" ? "05" : "07",
    threeDsVersion: wallet ? null : "2.2.0",
    threeDsResult: wallet ? null : outcome.status === "successful" ? "Y" : "N",
    avsResult: wallet ? null : pick(["M", "N", "B", "U"], n),
    cvcResult: wallet ? null : pick(["M", "M", "N", "U"], n),
    test: n % 9 === 0,
    createdAt,
    providerUpdatedAt: later(1500),
    paidAt: outcome.status === "successful" ? later(1400) : null,
    settledAt: null,
    closedAt: null,
    expiredAt: outcome.status === "expired" ? later(900_000) : null,
    firstSeenAt: later(800),
    lastEventAt: later(2600),
    nextPollAt: final ? null : later(30_000),
    pollAttempts: final ? 0 : 2,
    details: { bankCode: final ? "05" : null, billingDescriptor: "PAYLENS*DEMO", expMonth: 12, expYear: 2029 },
    raw: {
      uid: providerUid,
      status: outcome.status,
      code: outcome.code,
      amount: Number(amountMinor),
      currency,
      payment_method: { bin: card.bin, last_4: card.last4, number: `${card.bin}******${card.last4}` },
    },
  };
}

function event(n: number, t: DetailTransaction, at: number, fields: Partial<TransactionEvent>): TransactionEvent {
  return {
    id: BigInt(n),
    transactionId: t.id,
    kind: "webhook",
    transition: "advance",
    statusFrom: null,
    statusTo: null,
    code: null,
    inboxId: null,
    lagMs: null,
    providerTime: null,
    occurredAt: new Date(t.createdAt.getTime() + at),
    summary: "",
    payload: null,
    ...fields,
  };
}

export function makeDetail(t: DetailTransaction, related: RelatedTransaction[] = []): TransactionDetail {
  const final = t.status !== "pending" && t.status !== "incomplete";
  const events: TransactionEvent[] = [
    event(1, t, 800, {
      transition: "create",
      statusTo: "pending",
      lagMs: 620,
      providerTime: t.createdAt,
      summary: "Webhook created the transaction as pending",
      payload: { status: "pending" },
    }),
    event(2, t, 20_800, {
      kind: "poll",
      transition: "refresh",
      statusFrom: "pending",
      statusTo: "pending",
      summary: "Status query: still pending",
    }),
  ];
  if (final) {
    events.push(
      event(3, t, 41_600, {
        transition: "advance",
        statusFrom: "pending",
        statusTo: t.status,
        code: t.code,
        lagMs: 1800,
        providerTime: new Date(t.createdAt.getTime() + 39_800),
        summary: `Webhook: ${t.status}`,
        payload: t.raw,
      }),
      event(4, t, 101_600, {
        transition: "duplicate",
        statusFrom: t.status,
        statusTo: t.status,
        code: t.code,
        lagMs: 61_800,
        summary: "Same notification delivered again",
      }),
      event(5, t, 130_000, {
        kind: "poll",
        transition: "stale",
        statusFrom: t.status,
        statusTo: "pending",
        summary: "Status query answered pending after a final status: ignored",
      }),
    );
  }
  return { transaction: t, events, children: related, parent: null, disputes: [] };
}
