// Pockyt answers (secure-pay, the in-store transaction object, tran-query, refund, cancel) and IPN fields -> snapshot.
//
// Status mapping (docs/providers/pockyt.md §7), payments:
//   success → successful
//   init, pending → incomplete   (waiting for the shopper: on the cashier page, or to confirm in the wallet)
//   dealing, processing → pending (the payment channel is working on it)
//   failed, fail, reversed → failed
//   closed, expired → expired    (set up, never paid, closed after its timeout)
//   no status (secure-pay's answer) → incomplete: the shopper pays later on the cashier page.
// Refunds involve no shopper, so their waiting states are pending and closed/expired are failed.
import { decodePockyt, POCKYT_SUCCESS, type PockytService } from "@paylens/codes/pockyt";
import { redactCardData } from "@paylens/domain/card";
import { isCurrencyCode, parseMajor } from "@paylens/domain/money";
import type { TransactionSnapshot, TransactionStatus } from "@paylens/domain/transaction";
import { PayloadError } from "../connector.ts";
import { readPayload } from "../wire.ts";
import { pockytClock, pockytTransaction, type PockytTransaction } from "./schema.ts";

/** Fields holding ids (ours or the merchant's), kept as sent by the card-data guard: see `Connector.identifierFields`. */
export const IDENTIFIER_FIELDS: ReadonlySet<string> = new Set([
  "transactionNo",
  "reference",
  "refundTransactionNo",
  "refundReference",
]);

const PAYMENT_STATUSES: Record<string, TransactionStatus> = {
  success: "successful",
  init: "incomplete",
  pending: "incomplete",
  dealing: "pending",
  processing: "pending",
  failed: "failed",
  fail: "failed",
  reversed: "failed",
  closed: "expired",
  expired: "expired",
};

const REFUND_STATUSES: Record<string, TransactionStatus> = {
  ...PAYMENT_STATUSES,
  init: "pending",
  pending: "pending",
  closed: "failed",
  expired: "failed",
};

// Pockyt names the card vendor "creditcard" (docs/providers/pockyt.md §5); the domain's method type for cards is
// "credit_card", which the card analytics and the dispute rate count.
const methodType = (vendor: string) => (vendor === "creditcard" ? "credit_card" : vendor);

/** In-store docs spell WeChat Pay "wechat"; everywhere else it is "wechatpay". */
export function normalizeVendor(vendor: string | null): string | null {
  const lower = vendor?.trim().toLowerCase() || null;
  return lower === "wechat" ? "wechatpay" : lower;
}

export interface PockytHints {
  /** The family that answered; null for an IPN, which does not say. */
  service: PockytService | null;
  retCode?: string | null;
  retMsg?: string | null;
  /** The parameters we sent: they fill what an answer leaves out (vendor, terminal, transactionNo, refundReference). */
  request?: Readonly<Record<string, string>>;
  /** The account talks to a sandbox host (meta.ts `pockytTestAccount`): Pockyt's bodies carry no test flag. */
  test?: boolean;
}

/** Pockyt's clock is UTC+8: "2020-10-12 21:38:16" (transaction object) and "20221020142817" (IPN `time`). */
export function pockytTime(value: unknown): Date | null {
  return pockytClock.parse(value);
}

function minor(text: string | null, currency: string, field: string): bigint {
  const amount = text === null ? null : parseMajor(text, currency);
  if (amount === null)
    throw new PayloadError(`${field} must be a decimal amount in ${currency}, got ${JSON.stringify(text)}`);
  return amount;
}

function currencyOf(value: string | null, field: string): string {
  const currency = value?.trim().toUpperCase();
  if (!currency || !isCurrencyCode(currency)) throw new PayloadError(`${field} must be a 3-letter currency`);
  return currency;
}

/** Decimal strings as Pockyt sent them (details are stored as JSON, so never bigint there). */
function refundList(lines: PockytTransaction["refunds"]): Array<Record<string, string | null>> {
  return (lines ?? []).map((line) => ({
    refundTransactionNo: line.refundTransactionNo ?? line.refundTransactionId ?? line.refundYuansferId,
    refundReference: line.refundReference,
    refundAmount: line.refundAmount,
    currency: line.currency,
    settleCurrency: line.settleCurrency,
  }));
}

export function mapPockytTransaction(body: unknown, hints: PockytHints): TransactionSnapshot {
  const tx = readPayload(pockytTransaction, body);
  const request = hints.request ?? {};
  const refundNo = tx.refundTransactionNo;
  const isRefund = tx.transactionType?.toLowerCase() === "refund" || (hints.service === "Refund" && refundNo !== null);

  const providerUid = isRefund
    ? (refundNo ?? tx.transactionNo)
    : (tx.transactionNo ?? tx.yuansferId ?? request.transactionNo ?? null);
  if (!providerUid) throw new PayloadError("no transactionNo");
  const currency = currencyOf(tx.currency ?? request.currency ?? null, "currency");
  const amountMinor = isRefund
    ? minor(tx.refundAmount ?? tx.amount, currency, "refundAmount")
    : minor(tx.amount ?? tx.transactionAmount, currency, "amount");

  const statusName = tx.status ?? tx.transactionStatus;
  const table = isRefund ? REFUND_STATUSES : PAYMENT_STATUSES;
  let status: TransactionStatus | undefined;
  if (statusName === null) {
    // secure-pay answers 000100 without a status: accepted, and waiting for the shopper.
    if (hints.retCode?.trim() !== POCKYT_SUCCESS) throw new PayloadError("no status");
    status = isRefund ? "pending" : "incomplete";
  } else {
    status = table[statusName.trim().toLowerCase()];
    if (!status) throw new PayloadError(`unknown status "${statusName}"`);
  }

  const createdAt = tx.createTime;
  const paymentTime = tx.paymentTime;
  const updatedAt = tx.time ?? tx.completedAt ?? paymentTime ?? createdAt;
  const vendor = normalizeVendor(tx.vendor ?? request.vendor ?? null);
  const terminal = tx.terminal ?? request.terminal ?? (hints.service === "In-store" ? "INSTORE" : null);
  const vendorId = tx.vendorId;
  const parentProviderUid = isRefund
    ? refundNo
      ? (tx.transactionNo ?? request.transactionNo ?? null)
      : tx.originalTransactionNo
    : null;

  return {
    provider: "pockyt",
    providerUid,
    parentProviderUid,
    type: isRefund ? "refund" : "payment",
    status,
    amountMinor,
    currency,
    trackingId: isRefund
      ? (tx.refundReference ?? request.refundReference ?? null)
      : (tx.reference ?? request.reference ?? null),
    description: tx.description ?? request.description ?? null,
    method: vendor
      ? {
          type: methodType(vendor),
          brand: null,
          bin: null,
          last4: null,
          holder: null,
          expMonth: null,
          expYear: null,
          issuerName: null,
          issuerCountry: null,
        }
      : null,
    customerEmail: null,
    customerIp: null,
    customerCountry: null,
    rrn: null,
    authCode: null,
    refId: vendorId,
    networkTransactionId: null,
    outcome: decodePockyt(hints.retCode ?? null, statusName, hints.retMsg ?? null, hints.service),
    verifications: { threeDs: null, avs: null, cvc: null },
    // Pockyt's answers carry no test flag: sandbox or live is the host, which the account knows (the caller's hint).
    test: hints.test ?? false,
    createdAt,
    updatedAt,
    paidAt: status === "successful" ? (paymentTime ?? tx.time ?? updatedAt) : null,
    settledAt: null,
    closedAt: statusName?.trim().toLowerCase() === "closed" ? updatedAt : null,
    expiredAt: status === "expired" ? updatedAt : null,
    details: {
      pockytStatus: statusName,
      vendor,
      terminal,
      cashierUrl: tx.cashierUrl ?? tx.deepLink,
      qrcodeUrl: tx.qrcodeUrl,
      settleCurrency: tx.settleCurrency ?? request.settleCurrency ?? null,
      exchangeRate: tx.exchangeRate ?? tx.rate,
      fee: tx.fee ?? tx.fees,
      vendorId,
      note: tx.note,
      transactionType: tx.transactionType,
      reference: isRefund ? tx.reference : null,
      originalAmount: isRefund && refundNo ? tx.amount : null,
      refundAmount: isRefund ? null : tx.refundAmount,
      voidAmount: tx.voidAmount,
      refunds: refundList(tx.refundInfo ?? tx.refunds),
    },
    raw: redactCardData(body as Record<string, unknown>),
  };
}
