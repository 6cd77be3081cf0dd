// What Pockyt sends (docs/providers/pockyt.md §3, §4, §4.8): answers wrap a transaction object beside ret_code; IPNs
// are the same fields flat. Every value is read as text (amounts are major-unit strings), in Pockyt's UTC+8 clock.
import { z } from "zod";
import { instant, objectOrNull, text } from "../wire.ts";

const UTC8_MS = 8 * 3_600_000;

/** Pockyt's clock is UTC+8: "2020-10-12 21:38:16" (transaction object) and "20221020142817" (IPN `time`). */
export const pockytClock = text.transform((value) => {
  const trimmed = value?.trim();
  if (!trimmed) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})[ T]?(\d{2}):?(\d{2}):?(\d{2})$/.exec(trimmed);
  if (!m) return /[zZ]|[+-]\d{2}:?\d{2}$/.test(trimmed) ? instant.parse(trimmed) : null;
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
});

/** One refund of a payment, as tran-query lists them (field names differ between the API's versions). */
const refundLine = z.object({
  refundTransactionNo: text,
  refundTransactionId: text,
  refundYuansferId: text,
  refundReference: text,
  refundAmount: text,
  currency: text,
  settleCurrency: text,
});
const refundLines = z
  .array(refundLine.catch(() => refundLine.parse({})))
  .nullable()
  .catch(null);

/** The transaction object (§4.2) of secure-pay, in-store, tran-query, refund and cancel answers, or an IPN's fields. */
export const pockytTransaction = z.object(
  {
    transactionNo: text,
    yuansferId: text,
    transactionType: text,
    refundTransactionNo: text,
    originalTransactionNo: text,
    reference: text,
    refundReference: text,
    status: text,
    transactionStatus: text,
    amount: text,
    transactionAmount: text,
    refundAmount: text,
    voidAmount: text,
    currency: text,
    settleCurrency: text,
    exchangeRate: text,
    rate: text,
    fee: text,
    fees: text,
    vendor: text,
    vendorId: text,
    terminal: text,
    description: text,
    note: text,
    cashierUrl: text,
    deepLink: text,
    qrcodeUrl: text,
    createTime: pockytClock,
    paymentTime: pockytClock,
    time: pockytClock,
    completedAt: instant,
    refundInfo: refundLines,
    refunds: refundLines,
  },
  { error: "body is not an object of Pockyt fields" },
);
export type PockytTransaction = z.output<typeof pockytTransaction>;

/** Every answer: ret_code (retCode in some examples) and the transaction under `result` or `transaction` (§4). */
export const pockytAnswer = z.object({
  ret_code: text,
  retCode: text,
  ret_msg: text,
  retMsg: text,
  result: z.unknown().optional(),
  transaction: z.unknown().optional(),
});

/** A trans-list element (§4.8). */
export const pockytListedTransaction = z.object({
  transactionNo: text,
  transactionType: text,
  originalTransactionNo: text,
  transactionStatus: text,
  amount: text,
  currency: text,
  createTime: pockytClock,
  paymentTime: pockytClock,
});

/** A settle-list record (§4.8): what Pockyt kept of a transaction, and when it settled. */
export const pockytSettlement = z.object({ transactionNo: text, fee: text, settleTime: pockytClock });

/** A page of trans-list or settle-list (§4.8); an export saves both lists in one file. */
export const pockytLists = z.object({
  ret_code: text,
  ret_msg: text,
  retMsg: text,
  transactions: z.array(z.unknown()).nullable().catch(null),
  settlements: z.array(z.unknown()).nullable().catch(null),
});

/** A list element kept as sent, for the row's raw record. */
export const pockytListItem = objectOrNull;
