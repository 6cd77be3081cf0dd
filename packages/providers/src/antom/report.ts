// Antom's settlement file layout (docs/providers/antom.md §10): CSV, a header row of field names, one row per
// transaction, and a final line <END>; amounts in major units. transactionId is the paymentId, captureId or refundId;
// originalTransactionId the payment's. A DISPUTE row (the disputed amount taken back) and a DISPUTE_REVERSAL row (returned
// after a won dispute) carry the disputeId as transactionId and their dispute fee in disputeHandlingFee* /
// disputeReverseFee*, also counted in feeAmountValue (docs/providers/antom.md §10). Antom publishes the files on SFTP and the dashboard; Paylens takes them
// uploaded, and in demo mode the sandbox hands out a day's file over a signed AMS call (POST
// …/reports/settlementDetails) instead of an SFTP server.
import { parse } from "csv-parse/sync";
import { privateKey, signContent, signatureHeader, apiPath } from "./sign.ts";
import { parseMajor } from "@paylens/domain/money";
import { redactText } from "@paylens/domain/card";
import {
  PayloadError,
  type CallContext,
  type ReportPeriod,
  type ReportRow,
  type SettlementReport,
} from "../connector.ts";
import { DEFAULT_TIMEOUT_MS, sendRequest } from "../http-call.ts";
import { instant } from "../wire.ts";
import { daysCovering, recordReportCall } from "../report-call.ts";
import { check } from "./client.ts";
import type { AntomCredentials } from "./credentials.ts";

export const ANTOM_REPORT_PATH = "/ams/api/v1/reports/settlementDetails";

export const ANTOM_SETTLEMENT_COLUMNS = [
  "settlementBatchId",
  "transactionId",
  "originalTransactionId",
  "transactionRequestId",
  "transactionType",
  "paymentMethodType",
  "transactionAmountValue",
  "transactionCurrency",
  "settlementAmountValue",
  "settlementCurrency",
  "feeAmountValue",
  "feeCurrency",
  "disputeHandlingFeeAmountValue",
  "disputeHandlingFeeCurrency",
  "disputeReverseFeeAmountValue",
  "disputeReverseFeeCurrency",
  "transactionTime",
  "settlementTime",
  "seq",
] as const;

const NAME = "settlement details file";

const TYPES: Record<string, ReportRow["type"]> = {
  PAYMENT: "payment",
  CAPTURE: "capture",
  REFUND: "refund",
  AUTHORIZATION: "authorization",
  CANCEL: "void",
  VOID: "void",
  DISPUTE: "dispute",
  DISPUTE_REVERSAL: "dispute_reversal",
};

/** The column pair that states a dispute row's own fee; feeAmountValue (the row's total) when it is absent. */
const DISPUTE_FEE: Partial<Record<ReportRow["type"], string>> = {
  dispute: "disputeHandlingFee",
  dispute_reversal: "disputeReverseFee",
};

/** The file's records up to its <END> line, each a list of cells; PayloadError when it is not CSV. */
function settlementRecords(text: string): { records: string[][]; complete: boolean } {
  const end = /^[ \t]*<END>[ \t]*\r?$/m.exec(text);
  try {
    const records: string[][] = parse(end ? text.slice(0, end.index) : text, {
      bom: true,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    });
    return { records, complete: end !== null };
  } catch (error) {
    throw new PayloadError(`not an Antom settlement file: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * Rows of the file's transactions and disputes; fee, reserve and collateral lines (no transaction of ours) are left
 * out.
 */
export function parseAntomSettlementFile(text: string): ReportRow[] {
  // A card number in a free-text column never goes further than this line.
  const { records, complete } = settlementRecords(redactText(text));
  const header = (records[0] ?? []).map((name) => name.trim());
  if (
    !header.includes("transactionId") ||
    !header.includes("transactionType") ||
    !header.includes("transactionAmountValue")
  ) {
    throw new PayloadError(
      "not an Antom settlement file: the header must name transactionId, transactionType and transactionAmountValue",
    );
  }
  if (!complete) throw new PayloadError("the file has no <END> line: it is incomplete");
  const rows: ReportRow[] = [];
  for (const cells of records.slice(1)) {
    const field = (name: string) => {
      const value = cells[header.indexOf(name)]?.trim();
      return value === undefined || value === "" ? null : value;
    };
    const type = TYPES[field("transactionType") ?? ""];
    if (!type) continue;
    const id = field("transactionId");
    const currency = field("transactionCurrency")?.toUpperCase();
    const occurredAt = instant.parse(field("transactionTime"));
    if (!id || !currency || !occurredAt)
      throw new PayloadError(`a ${type} line lacks transactionId, transactionCurrency or transactionTime`);
    const dispute = type in DISPUTE_FEE;
    // A dispute's amount is the money disputed, whichever way the row moves it (settlementAmountValue has the sign).
    const amountText = field("transactionAmountValue") ?? "";
    const amount = parseMajor(dispute ? amountText.replace(/^-/, "") : amountText, currency);
    if (dispute && !field("originalTransactionId"))
      throw new PayloadError(`${id}: a ${type} line without originalTransactionId (the disputed payment)`);
    if (amount === null) throw new PayloadError(`${id}: transactionAmountValue is not an amount in ${currency}`);
    const ownFee = DISPUTE_FEE[type];
    const feeColumn = ownFee && field(`${ownFee}AmountValue`) !== null ? ownFee : "fee";
    const feeText = field(`${feeColumn}AmountValue`);
    const feeCurrency = field(`${feeColumn}Currency`)?.toUpperCase() ?? currency;
    // A fee in another currency (the settlement currency) cannot be set against this transaction's money here.
    const fee = feeText === null || feeCurrency !== currency ? null : parseMajor(feeText.replace(/^-/, ""), currency);
    const raw: Record<string, unknown> = {};
    header.forEach((name, index) => (raw[name] = cells[index] ?? null));
    rows.push({
      providerUid: id,
      parentProviderUid: type === "payment" || type === "authorization" ? null : field("originalTransactionId"),
      type,
      status: "successful",
      amountMinor: amount,
      currency,
      feeMinor: fee,
      occurredAt,
      settledAt: instant.parse(field("settlementTime")),
      raw,
    });
  }
  return rows;
}

export async function antomSettlementReport(
  ctx: CallContext<AntomCredentials>,
  period: ReportPeriod,
): Promise<SettlementReport> {
  const { clientId } = ctx.credentials;
  const path = apiPath(clientId, ANTOM_REPORT_PATH);
  const rows: ReportRow[] = [];
  for (const day of daysCovering(period)) {
    const requestTime = String(Date.now());
    const body = JSON.stringify({ transactionDate: day });
    const signature = signContent(
      { path, clientId, time: requestTime, body },
      privateKey(ctx.credentials.merchantPrivateKey),
    );
    const reply = await sendRequest({
      method: "POST",
      url: new URL(path, ctx.account.baseUrl).toString(),
      headers: {
        "Content-Type": "application/json; charset=UTF-8",
        "client-id": clientId,
        "request-time": requestTime,
        signature: signatureHeader(signature),
      },
      body,
      timeoutMs: ctx.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    });
    const verdict = check(ctx, path, reply);
    if (verdict.kind === "result") {
      const error = verdict.result.outcome.message ?? "no usable answer";
      await recordReportCall(ctx, reply, error);
      return { state: "unknown", name: NAME, rows, error };
    }
    const { result, fileContent: content } = verdict.answer;
    if (result?.resultStatus !== "S" || content === null) {
      const error = `${result?.resultCode ?? "no result"}: ${result?.resultMessage ?? "no file"}`;
      await recordReportCall(ctx, reply, error);
      return { state: "rejected", name: NAME, rows, error };
    }
    await recordReportCall(ctx, reply, null);
    try {
      rows.push(...parseAntomSettlementFile(content));
    } catch (error) {
      if (!(error instanceof PayloadError)) throw error;
      return { state: "unknown", name: NAME, rows, error: `${day}: ${error.message}` };
    }
  }
  return {
    state: "ok",
    name: NAME,
    rows: rows.filter((r) => r.occurredAt >= period.from && r.occurredAt < period.to),
    error: null,
  };
}
