// Pockyt's data-search lists (docs/providers/pockyt.md §4.8): trans-list (every transaction in a date range) and
// settle-list (the settlement records), both POST with startDate/endDate (YYYYMMDD, Pockyt's UTC+8 days, at most 15
// days apart) and verifySign; answered with ret_code, `transactions` / `settlements` and `size`. Amounts are major-unit
// strings.
import { IDENTIFIER_FIELDS } from "./map.ts";
import { parseMajor } from "@paylens/domain/money";
import type { TransactionStatus } from "@paylens/domain/transaction";
import {
  PayloadError,
  type CallContext,
  type ReportPeriod,
  type ReportRow,
  type SettlementReport,
} from "../connector.ts";
import { DEFAULT_TIMEOUT_MS, parseJson, sendRequest } from "../http-call.ts";
import { daysCovering, failureState, recordReportCall } from "../report-call.ts";
import type { PockytCredentials } from "./credentials.ts";
import { formBody } from "./params.ts";
import { pockytListedTransaction, pockytListItem, pockytLists, pockytSettlement } from "./schema.ts";
import { pockytSign } from "./sign.ts";

export const POCKYT_REPORT_PATHS = {
  transList: "/app-data-search/v3/trans-list",
  settleList: "/app-data-search/v3/settle-list",
} as const;

const NAME = "trans-list + settle-list";
const UTC8_MS = 8 * 3_600_000;
const CHUNK_DAYS = 15;

const STATUSES: Record<string, TransactionStatus> = {
  success: "successful",
  failed: "failed",
  closed: "failed",
  pending: "pending",
  init: "pending",
};

function amountOf(text: string | null, currency: string, what: string): bigint {
  const minor = text === null ? null : parseMajor(text, currency);
  if (minor === null)
    throw new PayloadError(`${what} must be a decimal amount in ${currency}, got ${JSON.stringify(text)}`);
  return minor;
}

/** One trans-list element, with its settle-list record when there is one. */
export function readPockytReportRow(value: unknown, settlement: Record<string, unknown> | null): ReportRow {
  const row = pockytListItem.parse(value);
  if (!row) throw new PayloadError("a trans-list element is not an object");
  const fields = pockytListedTransaction.parse(row);
  const no = fields.transactionNo;
  if (!no) throw new PayloadError("a trans-list element has no transactionNo");
  const currency = fields.currency?.toUpperCase();
  if (!currency || !/^[A-Z]{3}$/.test(currency)) throw new PayloadError(`${no}: no currency`);
  const refund = fields.transactionType === "refund";
  const occurredAt = fields.paymentTime ?? fields.createTime;
  if (!occurredAt) throw new PayloadError(`${no}: no paymentTime or createTime`);
  const settled = settlement ? pockytSettlement.parse(settlement) : null;
  return {
    providerUid: no,
    parentProviderUid: refund ? fields.originalTransactionNo : null,
    type: refund ? "refund" : "payment",
    status: STATUSES[fields.transactionStatus ?? ""] ?? "error",
    amountMinor: amountOf(fields.amount, currency, `${no} amount`),
    currency,
    feeMinor: settled?.fee ? amountOf(settled.fee, currency, `${no} fee`) : null,
    occurredAt,
    settledAt: settled?.settleTime ?? null,
    raw: settlement ? { ...row, settlement } : row,
  };
}

/** Settle-list records by the transaction they settle. */
function settlementsByTransaction(items: unknown[]): Map<string, Record<string, unknown>> {
  const settlements = new Map<string, Record<string, unknown>>();
  for (const item of items) {
    const record = pockytListItem.parse(item);
    const no = record ? pockytSettlement.parse(record).transactionNo : null;
    if (record && no) settlements.set(no, record);
  }
  return settlements;
}

/** Trans-list elements read with their settle-list records. */
function reportRows(transactions: unknown[], settlements: Map<string, Record<string, unknown>>): ReportRow[] {
  return transactions.map((item) => {
    const no = pockytListedTransaction.safeParse(item).data?.transactionNo ?? "";
    return readPockytReportRow(item, settlements.get(no) ?? null);
  });
}

const compact = (day: string) => day.replaceAll("-", "");

export async function pockytSettlementReport(
  ctx: CallContext<PockytCredentials>,
  period: ReportPeriod,
): Promise<SettlementReport> {
  const days = daysCovering(period, UTC8_MS);
  const transactions: unknown[] = [];
  const settlements: unknown[] = [];
  for (let i = 0; i < days.length; i += CHUNK_DAYS) {
    const chunk = days.slice(i, i + CHUNK_DAYS);
    for (const [path, key] of [
      [POCKYT_REPORT_PATHS.transList, "transactions"],
      [POCKYT_REPORT_PATHS.settleList, "settlements"],
    ] as const) {
      const params: Record<string, string> = {
        merchantNo: ctx.credentials.merchantNo,
        storeNo: ctx.credentials.storeNo,
        startDate: compact(chunk[0] ?? ""),
        endDate: compact(chunk[chunk.length - 1] ?? ""),
      };
      const reply = await sendRequest({
        method: "POST",
        url: new URL(path, ctx.account.baseUrl).toString(),
        headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: "application/json" },
        body: formBody({ ...params, verifySign: pockytSign(params, ctx.credentials.apiToken) }),
        timeoutMs: ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      });
      const body = pockytLists.safeParse(parseJson(reply.text, IDENTIFIER_FIELDS)).data;
      const list = body?.[key];
      if (body?.ret_code?.trim() !== "000100" || !list) {
        const error =
          `${path}: ${body?.ret_code ?? `HTTP ${reply.httpStatus ?? reply.error ?? "no answer"}`} ${body?.ret_msg ?? body?.retMsg ?? ""}`.trim();
        await recordReportCall(ctx, reply, error);
        return { state: body?.ret_code ? "rejected" : failureState(reply), name: NAME, rows: [], error };
      }
      await recordReportCall(ctx, reply, null);
      (key === "transactions" ? transactions : settlements).push(...list);
    }
  }
  try {
    const rows = reportRows(transactions, settlementsByTransaction(settlements));
    // Pockyt's days are UTC+8 days: keep only what falls in the period asked for.
    return {
      state: "ok",
      name: NAME,
      rows: rows.filter((r) => r.occurredAt >= period.from && r.occurredAt < period.to),
      error: null,
    };
  } catch (error) {
    if (!(error instanceof PayloadError)) throw error;
    return { state: "unknown", name: NAME, rows: [], error: error.message };
  }
}

/** The two lists saved as one JSON file: {"transactions": […], "settlements": […]} (settlements optional). */
export function parsePockytReportFile(text: string): ReportRow[] {
  const body = pockytLists.safeParse(parseJson(text, IDENTIFIER_FIELDS)).data;
  if (!body?.transactions) throw new PayloadError('not a Pockyt trans-list: expected {"transactions": [...]}');
  return reportRows(body.transactions, settlementsByTransaction(body.settlements ?? []));
}
