// Pockyt answers (secure-pay, the in-store transaction object, tran-query, refund, cancel) and IPN fields -> snapshot.
//
// Status mapping (pockyt.md §7), payments:
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
import { asRecord, date, str } from "../json.ts";

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
}

const UTC8_MS = 8 * 3_600_000;

/** Pockyt's clock is UTC+8: "2020-10-12 21:38:16" (transaction object) and "20221020142817" (IPN `time`). */
export function pockytTime(value: unknown): Date | null {
  const text = str(value)?.trim();
  if (!text) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})[ T]?(\d{2}):?(\d{2}):?(\d{2})$/.exec(text);
  if (!m) return /[zZ]|[+-]\d{2}:?\d{2}$/.test(text) ? date(text) : null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  return new Date(Date.UTC(year, month - 1, day, hour, minute, second) - UTC8_MS);
}

function minor(value: unknown, currency: string, field: string): bigint {
  const text = str(value);
  const amount = text === null ? null : parseMajor(text, currency);
  if (amount === null)
    throw new PayloadError(`${field} must be a decimal amount in ${currency}, got ${JSON.stringify(value ?? null)}`);
  return amount;
}

function currencyOf(value: string | null, field: string): string {
  const currency = value?.trim().toUpperCase();
  if (!currency || !isCurrencyCode(currency)) throw new PayloadError(`${field} must be a 3-letter currency`);
  return currency;
}

/** Decimal strings as Pockyt sent them (details are stored as JSON, so never bigint there). */
function refundList(value: unknown): Array<Record<string, string | null>> {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    const row = asRecord(item) ?? {};
    return {
      refundTransactionNo: str(row.refundTransactionNo) ?? str(row.refundTransactionId) ?? str(row.refundYuansferId),
      refundReference: str(row.refundReference),
      refundAmount: str(row.refundAmount),
      currency: str(row.currency),
      settleCurrency: str(row.settleCurrency),
    };
  });
}

export function mapPockytTransaction(body: unknown, hints: PockytHints): TransactionSnapshot {
  const tx = asRecord(body);
  if (!tx) throw new PayloadError("body is not an object of Pockyt fields");
  const request = hints.request ?? {};
  const refundNo = str(tx.refundTransactionNo);
  const isRefund =
    str(tx.transactionType)?.toLowerCase() === "refund" || (hints.service === "Refund" && refundNo !== null);

  const providerUid = isRefund
    ? (refundNo ?? str(tx.transactionNo))
    : (str(tx.transactionNo) ?? str(tx.yuansferId) ?? request.transactionNo ?? null);
  if (!providerUid) throw new PayloadError("no transactionNo");
  const currency = currencyOf(str(tx.currency) ?? request.currency ?? null, "currency");
  const amountMinor = isRefund
    ? minor(tx.refundAmount ?? tx.amount, currency, "refundAmount")
    : minor(tx.amount ?? tx.transactionAmount, currency, "amount");

  const statusName = str(tx.status) ?? str(tx.transactionStatus);
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

  const createdAt = pockytTime(tx.createTime);
  const paymentTime = pockytTime(tx.paymentTime);
  const updatedAt = pockytTime(tx.time) ?? date(tx.completedAt) ?? paymentTime ?? createdAt;
  const vendor = normalizeVendor(str(tx.vendor) ?? request.vendor ?? null);
  const terminal = str(tx.terminal) ?? request.terminal ?? (hints.service === "In-store" ? "INSTORE" : null);
  const vendorId = str(tx.vendorId);
  const parentProviderUid = isRefund
    ? refundNo
      ? (str(tx.transactionNo) ?? request.transactionNo ?? null)
      : str(tx.originalTransactionNo)
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
      ? (str(tx.refundReference) ?? request.refundReference ?? null)
      : (str(tx.reference) ?? request.reference ?? null),
    description: str(tx.description) ?? request.description ?? null,
    method: vendor
      ? {
          type: vendor,
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
    // Pockyt's answers carry no test flag: sandbox or live is the host, which the account knows.
    test: false,
    createdAt,
    updatedAt,
    paidAt: status === "successful" ? (paymentTime ?? pockytTime(tx.time) ?? updatedAt) : null,
    settledAt: null,
    closedAt: statusName?.trim().toLowerCase() === "closed" ? updatedAt : null,
    expiredAt: status === "expired" ? updatedAt : null,
    details: {
      pockytStatus: statusName,
      vendor,
      terminal,
      cashierUrl: str(tx.cashierUrl) ?? str(tx.deepLink),
      qrcodeUrl: str(tx.qrcodeUrl),
      settleCurrency: str(tx.settleCurrency) ?? request.settleCurrency ?? null,
      exchangeRate: str(tx.exchangeRate) ?? str(tx.rate),
      fee: str(tx.fee) ?? str(tx.fees),
      vendorId,
      note: str(tx.note),
      transactionType: str(tx.transactionType),
      reference: isRefund ? str(tx.reference) : null,
      originalAmount: isRefund && refundNo ? str(tx.amount) : null,
      refundAmount: isRefund ? null : str(tx.refundAmount),
      voidAmount: str(tx.voidAmount),
      refunds: refundList(tx.refundInfo ?? tx.refunds),
    },
    raw: redactCardData(body),
  };
}
