// Renders answers and IPN fields as Pockyt does: the ret_code envelope, decimal amount strings, UTC+8 times.
import { formatMinor } from "@paylens/domain/money";
import type { Payment, Refund } from "./store.ts";
import type { PockytError } from "./validate.ts";

type Json = Record<string, unknown>;

/** The success wordings of docs/providers/pockyt.md §2, trailing spaces included. */
export const RET_MSG = {
  securePay: "prepay success ",
  add: "add success",
  query: "query success ",
  refund: "refund success ",
  cancel: "cancel success ",
} as const;

// Demo rates for the settlement conversions the vendor rules allow (CNY settles in USD, or GBP with alipay).
const RATES: Record<string, string> = { "CNY>USD": "0.1380", "CNY>GBP": "0.1090" };

const UTC8_MS = 8 * 3_600_000;
const pad = (n: number) => String(n).padStart(2, "0");

function utc8Parts(date: Date): [string, string, string, string, string, string] {
  const d = new Date(date.getTime() + UTC8_MS);
  return [
    String(d.getUTCFullYear()),
    pad(d.getUTCMonth() + 1),
    pad(d.getUTCDate()),
    pad(d.getUTCHours()),
    pad(d.getUTCMinutes()),
    pad(d.getUTCSeconds()),
  ];
}

/** Transaction objects: "2020-10-12 21:38:16", Pockyt's working timezone UTC+8. */
export function pockytDateTime(date: Date | null): string | null {
  if (!date) return null;
  const [y, mo, d, h, mi, s] = utc8Parts(date);
  return `${y}-${mo}-${d} ${h}:${mi}:${s}`;
}

/** IPN `time`: yyyyMMddHHmmss, UTC+8. */
export function ipnTime(date: Date): string {
  return utc8Parts(date).join("");
}

/** "13.00": the currency's own decimals. */
export const money = (amount: bigint, currency: string): string => formatMinor(amount, currency);

export const success = (retMsg: string, result: Json): Json => ({ ret_code: "000100", ret_msg: retMsg, result });
export const failure = (error: PockytError): Json => ({ ret_code: error.retCode, ret_msg: error.retMsg });

function exchangeRate(payment: Payment): Json {
  const rate = RATES[`${payment.currency}>${payment.settleCurrency}`];
  return rate ? { exchangeRate: rate } : {};
}

/** What secure-pay and create-trans-qrcode both answer first about the payment they opened. */
function opened(payment: Payment): Json {
  return {
    transactionNo: payment.transactionNo,
    reference: payment.reference,
    amount: money(payment.amount, payment.currency),
    currency: payment.currency,
    settleCurrency: payment.settleCurrency,
  };
}

export function renderSecurePay(payment: Payment, cashierUrl: string): Json {
  return { ...opened(payment), cashierUrl };
}

/** create-trans-qrcode (docs/providers/pockyt.md §4.3): the wallet link the till shows as a QR code. */
export function renderQrcode(payment: Payment, deepLink: string): Json {
  return {
    ...opened(payment),
    timeout: payment.timeoutMinutes,
    deepLink,
    qrcodeUrl: `${deepLink}?format=qrcode`,
  };
}

/**
 * The in-store "transaction object" of docs/providers/pockyt.md §4.2 (vendor and exchangeRate as the Go SDK reads
 * them).
 */
export function renderTransactionObject(payment: Payment): Json {
  return {
    transactionNo: payment.transactionNo,
    originalTransactionNo: null,
    reference: payment.reference,
    merchantNo: payment.merchantNo,
    storeNo: payment.storeNo,
    storeAdminNo: payment.storeAdminNo,
    amount: money(payment.amount, payment.currency),
    refundAmount: money(payment.refunded, payment.currency),
    voidAmount: money(0n, payment.currency),
    currency: payment.currency,
    settleCurrency: payment.settleCurrency,
    transactionType: "payment",
    transactionStatus: payment.status,
    createTime: pockytDateTime(payment.createdAt),
    paymentTime: pockytDateTime(payment.paidAt),
    vendor: payment.vendor,
    ...exchangeRate(payment),
  };
}

export function renderPaymentQuery(payment: Payment, refunds: Refund[]): Json {
  return {
    transactionNo: payment.transactionNo,
    reference: payment.reference,
    amount: money(payment.amount, payment.currency),
    status: payment.status,
    currency: payment.currency,
    settleCurrency: payment.settleCurrency,
    transactionType: "payment",
    vendor: payment.vendor,
    createTime: pockytDateTime(payment.createdAt),
    paymentTime: pockytDateTime(payment.paidAt),
    refundAmount: money(payment.refunded, payment.currency),
    ...exchangeRate(payment),
    // The v3 key of this list is undocumented; the legacy name is refundInfo (docs/providers/pockyt.md §11.6).
    refundInfo: refunds.map((refund) => ({
      refundTransactionId: refund.transactionNo,
      refundReference: refund.refundReference,
      refundAmount: money(refund.amount, refund.currency),
      currency: refund.currency,
      settleCurrency: refund.settleCurrency,
    })),
  };
}

export function renderRefundQuery(refund: Refund, payment: Payment): Json {
  return {
    transactionNo: refund.transactionNo,
    originalTransactionNo: payment.transactionNo,
    reference: payment.reference,
    refundReference: refund.refundReference,
    amount: money(refund.amount, refund.currency),
    status: refund.status,
    currency: refund.currency,
    settleCurrency: refund.settleCurrency,
    transactionType: "refund",
    createTime: pockytDateTime(refund.createdAt),
    paymentTime: pockytDateTime(refund.createdAt),
  };
}

export function renderRefund(refund: Refund, payment: Payment): Json {
  return {
    amount: money(payment.amount, payment.currency),
    refundAmount: money(refund.amount, refund.currency),
    currency: refund.currency,
    settleCurrency: refund.settleCurrency,
    status: refund.status,
    reference: payment.reference,
    refundReference: refund.refundReference,
    refundTransactionNo: refund.transactionNo,
    transactionNo: payment.transactionNo,
  };
}

/** The docs' cancel example carries amount as a JSON number; a paid payment is refunded in full (its refund is named). */
export function renderCancel(payment: Payment, refund: Refund | null): Json {
  return {
    amount: Number(formatMinor(payment.amount, payment.currency)),
    currency: payment.currency,
    reference: payment.reference,
    status: refund ? refund.status : payment.status,
    transactionNo: payment.transactionNo,
    ...(refund
      ? {
          refundTransactionNo: refund.transactionNo,
          refundAmount: money(refund.amount, refund.currency),
          settleCurrency: refund.settleCurrency,
        }
      : {}),
  };
}

/**
 * IPN fields (docs/providers/pockyt.md §8): every field sent is signed, and empty optional ones (note, vendorId) are
 * left out.
 */
export function ipnFields(payment: Payment): Record<string, string> {
  const fields: Record<string, string> = {
    transactionNo: payment.transactionNo,
    status: payment.status,
    amount: money(payment.amount, payment.currency),
    currency: payment.currency,
    settleCurrency: payment.settleCurrency,
    time: ipnTime(payment.updatedAt),
    reference: payment.reference,
  };
  if (payment.vendorId) fields.vendorId = payment.vendorId;
  if (payment.note) fields.note = payment.note;
  return fields;
}
