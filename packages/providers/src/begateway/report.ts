// beGateway's reports API (docs/providers/begateway.md §7): POST /api/reports with X-Api-Version 3 is the paginated
// report — report_params {date_type, from, to, status, time_zone, starting_after}, answered with transactions, has_more
// and last_object_id. Amounts are minor units as everywhere in the gateway API; `transaction_fee` is what the PSP kept.
// A chargeback (type `chargeback`, parent_uid the disputed payment) is a dispute row.
import { IDENTIFIER_FIELDS } from "./map.ts";
import { TRANSACTION_TYPES, type TransactionStatus, type TransactionType } from "@paylens/domain/transaction";
import {
  PayloadError,
  type CallContext,
  type ReportPeriod,
  type ReportRow,
  type SettlementReport,
} from "../connector.ts";
import { basicAuthHeader } from "../http-auth.ts";
import { DEFAULT_TIMEOUT_MS, parseJson, sendRequest } from "../http-call.ts";
import { objectOrNull } from "../wire.ts";
import { begatewayReportPage, begatewayReportRow } from "./schema.ts";
import { failureState, recordReportCall } from "../report-call.ts";
import type { BegatewayCredentials } from "./credentials.ts";

const NAME = "reports API (paginated, date_type paid_at)";
const MAX_PAGES = 1000;

/** "YYYY-MM-DD hh:mm:ss" in UTC, the report's own format (time_zone UTC). */
const reportTime = (at: Date) => at.toISOString().slice(0, 19).replace("T", " ");

const STATUSES: Record<string, TransactionStatus> = {
  successful: "successful",
  failed: "failed",
  incomplete: "incomplete",
  pending: "pending",
  expired: "expired",
  error: "error",
};

export function readBegatewayReportRow(value: unknown): ReportRow {
  const row = objectOrNull.parse(value);
  if (!row) throw new PayloadError("a report row is not an object");
  const fields = begatewayReportRow.parse(row);
  const uid = fields.uid;
  const type = fields.type;
  const currency = fields.currency?.toUpperCase() ?? null;
  const amount = fields.amount;
  const occurredAt = fields.paid_at ?? fields.created_at;
  if (!uid) throw new PayloadError("a report row has no uid");
  const chargeback = type === "chargeback";
  if (!type || (!chargeback && !(TRANSACTION_TYPES as readonly string[]).includes(type)))
    throw new PayloadError(`report row ${uid}: unknown type ${JSON.stringify(row.type ?? null)}`);
  if (chargeback && !fields.parent_uid) throw new PayloadError(`report row ${uid}: a chargeback without parent_uid`);
  if (!currency || !/^[A-Z]{3}$/.test(currency)) throw new PayloadError(`report row ${uid}: no currency`);
  if (amount === null) throw new PayloadError(`report row ${uid}: amount must be whole minor units`);
  if (!occurredAt) throw new PayloadError(`report row ${uid}: no paid_at or created_at`);
  return {
    providerUid: uid,
    parentProviderUid: fields.parent_uid,
    // A chargeback is the dispute itself: its uid is the dispute's id, parent_uid the disputed payment.
    type: chargeback ? "dispute" : (type as TransactionType),
    status: STATUSES[fields.status ?? ""] ?? "error",
    amountMinor: amount,
    currency,
    // beGateway documents no chargeback fee (docs/providers/begateway.md §7): none is read from a chargeback row.
    feeMinor: chargeback ? null : fields.transaction_fee,
    occurredAt,
    settledAt: fields.settled_at,
    raw: row,
  };
}

export async function begatewaySettlementReport(
  ctx: CallContext<BegatewayCredentials>,
  period: ReportPeriod,
): Promise<SettlementReport> {
  const rows: ReportRow[] = [];
  let startingAfter: string | number | null = null;
  for (let page = 0; page < MAX_PAGES; page++) {
    const reply = await sendRequest({
      method: "POST",
      url: new URL("/api/reports", ctx.account.baseUrl).toString(),
      headers: {
        Authorization: basicAuthHeader(ctx.credentials.shopId, ctx.credentials.secretKey),
        Accept: "application/json",
        "Content-Type": "application/json",
        "X-Api-Version": "3",
      },
      body: JSON.stringify({
        report_params: {
          date_type: "paid_at",
          from: reportTime(period.from),
          // `to` is inclusive to the second.
          to: reportTime(new Date(period.to.getTime() - 1000)),
          status: "all",
          time_zone: "UTC",
          ...(startingAfter === null ? {} : { starting_after: startingAfter }),
        },
      }),
      timeoutMs: ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
    const body = begatewayReportPage.safeParse(parseJson(reply.text, IDENTIFIER_FIELDS)).data;
    if (reply.httpStatus !== 200 || !body?.transactions) {
      const error =
        body?.message ?? body?.response?.message ?? `HTTP ${reply.httpStatus ?? reply.error ?? "no answer"}`;
      await recordReportCall(ctx, reply, error);
      return { state: reply.httpStatus === 200 ? "unknown" : failureState(reply), name: NAME, rows, error };
    }
    try {
      rows.push(...body.transactions.map(readBegatewayReportRow));
    } catch (error) {
      if (!(error instanceof PayloadError)) throw error;
      await recordReportCall(ctx, reply, error.message);
      return { state: "unknown", name: NAME, rows, error: error.message };
    }
    await recordReportCall(ctx, reply, null);
    const last = body.last_object_id;
    if (body.has_more !== true || last === null) return { state: "ok", name: NAME, rows, error: null };
    startingAfter = last;
  }
  return { state: "unknown", name: NAME, rows, error: `more than ${MAX_PAGES} pages` };
}

/** An export of the same report saved as JSON: the API's answer, {"transactions": […], …}. */
export function parseBegatewayReportFile(text: string): ReportRow[] {
  const list = begatewayReportPage.safeParse(parseJson(text, IDENTIFIER_FIELDS)).data?.transactions;
  if (!list) throw new PayloadError('not a beGateway report: expected {"transactions": [...]}');
  return list.map(readBegatewayReportRow);
}
