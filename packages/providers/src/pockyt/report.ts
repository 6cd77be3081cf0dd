// Pockyt's data-search lists (pockyt.md §4.8): trans-list (every transaction in a date range) and settle-list (the
// settlement records), both POST with startDate/endDate (YYYYMMDD, Pockyt's UTC+8 days, at most 15 days apart) and
// verifySign; answered with ret_code, `transactions` / `settlements` and `size`. Amounts are major-unit strings.
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
import { asRecord, str } from "../json.ts";
import { daysCovering, failureState, recordReportCall } from "../report-call.ts";
import type { PockytCredentials } from "./credentials.ts";
import { pockytTime } from "./map.ts";
import { formBody } from "./params.ts";
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

function amountOf(value: unknown, currency: string, what: string): bigint {
  const text = str(value);
  const minor = text === null ? null : parseMajor(text, currency);
  if (minor === null)
    throw new PayloadError(`${what} must be a decimal amount in ${currency}, got ${JSON.stringify(value ?? null)}`);
  return minor;
}

/** One trans-list element, with its settle-list record when there is one. */
export function readPockytReportRow(value: unknown, settlement: Record<string, unknown> | null): ReportRow {
  const row = asRecord(value);
  if (!row) throw new PayloadError("a trans-list element is not an object");
  const no = str(row.transactionNo);
  if (!no) throw new PayloadError("a trans-list element has no transactionNo");
  const currency = str(row.currency)?.toUpperCase();
  if (!currency || !/^[A-Z]{3}$/.test(currency)) throw new PayloadError(`${no}: no currency`);
  const refund = str(row.transactionType) === "refund";
  const occurredAt = pockytTime(row.paymentTime) ?? pockytTime(row.createTime);
  if (!occurredAt) throw new PayloadError(`${no}: no paymentTime or createTime`);
  const fee =
    settlement && settlement.fee !== undefined && settlement.fee !== null
      ? amountOf(settlement.fee, currency, `${no} fee`)
      : null;
  return {
    providerUid: no,
    parentProviderUid: refund ? str(row.originalTransactionNo) : null,
    type: refund ? "refund" : "payment",
    status: STATUSES[str(row.transactionStatus) ?? ""] ?? "error",
    amountMinor: amountOf(row.amount, currency, `${no} amount`),
    currency,
    feeMinor: fee,
    occurredAt,
    settledAt: settlement ? pockytTime(settlement.settleTime) : null,
    raw: settlement ? { ...row, settlement } : row,
  };
}

const compact = (day: string) => day.replaceAll("-", "");

export async function pockytSettlementReport(
  ctx: CallContext<PockytCredentials>,
  period: ReportPeriod,
): Promise<SettlementReport> {
  const days = daysCovering(period, UTC8_MS);
  const transactions: unknown[] = [];
  const settlements = new Map<string, Record<string, unknown>>();
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
      const body = asRecord(parseJson(reply.text, IDENTIFIER_FIELDS));
      const list = body?.[key];
      if (str(body?.ret_code)?.trim() !== "000100" || !Array.isArray(list)) {
        const error =
          `${path}: ${str(body?.ret_code) ?? `HTTP ${reply.httpStatus ?? reply.error ?? "no answer"}`} ${str(body?.ret_msg) ?? str(body?.retMsg) ?? ""}`.trim();
        await recordReportCall(ctx, reply, error);
        return { state: body?.ret_code ? "rejected" : failureState(reply), name: NAME, rows: [], error };
      }
      await recordReportCall(ctx, reply, null);
      if (key === "transactions") transactions.push(...list);
      else
        for (const item of list) {
          const record = asRecord(item);
          const no = str(record?.transactionNo);
          if (record && no) settlements.set(no, record);
        }
    }
  }
  try {
    const rows = transactions.map((item) =>
      readPockytReportRow(item, settlements.get(str(asRecord(item)?.transactionNo) ?? "") ?? null),
    );
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
  const body = asRecord(parseJson(text, IDENTIFIER_FIELDS));
  if (!body || !Array.isArray(body.transactions))
    throw new PayloadError('not a Pockyt trans-list: expected {"transactions": [...]}');
  const settlements = new Map<string, Record<string, unknown>>();
  if (Array.isArray(body.settlements))
    for (const item of body.settlements) {
      const record = asRecord(item);
      const no = str(record?.transactionNo);
      if (record && no) settlements.set(no, record);
    }
  return body.transactions.map((item) =>
    readPockytReportRow(item, settlements.get(str(asRecord(item)?.transactionNo) ?? "") ?? null),
  );
}
