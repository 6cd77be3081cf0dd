// The settlement file (docs/providers/antom.md §10) for one transaction day: a header of field names, one row per
// transaction, the line <END>; amounts in major units. Antom publishes it on SFTP; the sandbox hands it out over a
// signed AMS call. Disputes the sandbox raised appear as a DISPUTE row when opened (the money held back, with the
// handling fee) and a DISPUTE_REVERSAL row when the merchant won or the shopper withdrew (the money returned).
import { stringify } from "csv-stringify/sync";
import { formatMinor } from "@paylens/domain/money";
import { ANTOM_SETTLEMENT_COLUMNS } from "@paylens/providers/antom/report";
import {
  type ReportFaults,
  type ReportLine,
  simulatedDisputeFee,
  simulatedDisputeSettlement,
  simulatedSettlement,
  withFaults,
} from "../report-lines.ts";
import { result } from "./codes.ts";
import { antomTime, errorBody } from "./responses.ts";
import type { AntomDisputes, Dispute } from "./disputes.ts";
import type { AntomStore } from "./store.ts";

type Json = Record<string, unknown>;

const TYPE_WORDS: Record<ReportLine["type"], string> = {
  payment: "PAYMENT",
  authorization: "AUTHORIZATION",
  capture: "CAPTURE",
  refund: "REFUND",
  void: "CANCEL",
  dispute: "DISPUTE",
  dispute_reversal: "DISPUTE_REVERSAL",
};

/** A withdrawn dispute, or one judged against the shopper, gives the money back. */
function returnedAt(d: Dispute): Date | null {
  if (d.cancelledTime) return d.cancelledTime;
  return d.judgedResult === "ACCEPT_BY_CUSTOMER" ? d.judgedTime : null;
}

/** The client's disputes as settlement lines: the DISPUTE when opened, the DISPUTE_REVERSAL when the money returned. */
export function disputeLines(disputes: AntomDisputes, clientId: string, now: Date): ReportLine[] {
  const lines: ReportLine[] = [];
  const line = (d: Dispute, type: "dispute" | "dispute_reversal", at: Date, feeMinor: bigint) =>
    lines.push({
      uid: d.disputeId,
      parentUid: d.payment.paymentId,
      type,
      status: "successful",
      amountMinor: d.amount,
      currency: d.payment.currency,
      occurredAt: at,
      reference: null,
      settledAt: simulatedDisputeSettlement(at, now),
      feeMinor,
    });
  for (const d of disputes.list(clientId)) {
    if (d.disputeTime > now) continue;
    line(d, "dispute", d.disputeTime, simulatedDisputeFee(d.payment.currency));
    const back = returnedAt(d);
    if (back && back <= now) line(d, "dispute_reversal", back, 0n);
  }
  return lines;
}

export function antomLines(
  store: AntomStore,
  disputes: AntomDisputes,
  clientId: string,
  faults: ReportFaults,
  now: Date,
): ReportLine[] {
  const { payments, captures, refunds } = store.list(clientId);
  const lines: ReportLine[] = [];
  const line = (
    uid: string,
    parentUid: string | null,
    type: ReportLine["type"],
    amountMinor: bigint,
    currency: string,
    occurredAt: Date,
    reference: string,
  ) =>
    lines.push({
      uid,
      parentUid,
      type,
      status: "successful",
      amountMinor,
      currency,
      occurredAt,
      reference,
      ...simulatedSettlement(type, "successful", amountMinor, occurredAt, now),
    });
  for (const p of payments)
    if (p.status === "SUCCESS" || (p.status === "CANCELLED" && p.paymentTime)) {
      line(
        p.paymentId,
        null,
        p.manual ? "authorization" : "payment",
        p.amount,
        p.currency,
        p.paymentTime ?? p.createdAt,
        p.paymentRequestId,
      );
    }
  for (const c of captures)
    if (c.result.resultStatus === "S")
      line(c.captureId, c.paymentId, "capture", c.amount, c.currency, c.captureTime, c.captureRequestId);
  for (const r of refunds)
    if (r.result.resultStatus === "S")
      line(r.refundId, r.paymentId, "refund", r.amount, r.currency, r.refundTime, r.refundRequestId);
  return [...withFaults(lines, faults), ...disputeLines(disputes, clientId, now)];
}

export function settlementFile(lines: ReportLine[], day: string): string {
  const batch = `${day.replaceAll("-", "")}00001`;
  const rows = lines.map((l, index) => {
    // Money the provider takes back settles negative: a refund, a dispute.
    const out = l.type === "refund" || l.type === "dispute";
    const fee = formatMinor(l.feeMinor, l.currency);
    const values: Record<(typeof ANTOM_SETTLEMENT_COLUMNS)[number], string> = {
      settlementBatchId: l.settledAt ? batch : "",
      transactionId: l.uid,
      originalTransactionId: l.parentUid ?? "",
      transactionRequestId: l.reference ?? "",
      transactionType: TYPE_WORDS[l.type],
      paymentMethodType: "CARD",
      transactionAmountValue: formatMinor(l.amountMinor, l.currency),
      transactionCurrency: l.currency,
      settlementAmountValue: formatMinor(out ? -l.amountMinor : l.amountMinor, l.currency),
      settlementCurrency: l.currency,
      feeAmountValue: fee,
      feeCurrency: l.currency,
      disputeHandlingFeeAmountValue: l.type === "dispute" ? fee : "",
      disputeHandlingFeeCurrency: l.type === "dispute" ? l.currency : "",
      disputeReverseFeeAmountValue: l.type === "dispute_reversal" ? fee : "",
      disputeReverseFeeCurrency: l.type === "dispute_reversal" ? l.currency : "",
      transactionTime: antomTime(l.occurredAt),
      settlementTime: l.settledAt ? antomTime(l.settledAt) : "",
      seq: String(index + 1),
    };
    return ANTOM_SETTLEMENT_COLUMNS.map((name) => values[name]);
  });
  return `${stringify([[...ANTOM_SETTLEMENT_COLUMNS], ...rows])}<END>\n`;
}

/** POST …/reports/settlementDetails {transactionDate: "YYYY-MM-DD"} (a UTC day). */
export function settlementDetails(
  store: AntomStore,
  disputes: AntomDisputes,
  clientId: string,
  body: Json,
  faults: ReportFaults,
  now: Date,
): Json {
  const day = typeof body.transactionDate === "string" ? body.transactionDate : "";
  const start = /^\d{4}-\d{2}-\d{2}$/.test(day) ? Date.parse(`${day}T00:00:00Z`) : Number.NaN;
  if (Number.isNaN(start)) return errorBody(result("PARAM_ILLEGAL", "F", "transactionDate must be YYYY-MM-DD."));
  const lines = antomLines(store, disputes, clientId, faults, now)
    .filter((l) => l.occurredAt.getTime() >= start && l.occurredAt.getTime() < start + 86_400_000)
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.uid.localeCompare(b.uid));
  return {
    result: result("SUCCESS"),
    fileName: `settlement_details_${day.replaceAll("-", "")}.csv`,
    fileContent: settlementFile(lines, day),
  };
}
