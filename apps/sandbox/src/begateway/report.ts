// The reports API (docs/providers/begateway.md §7), paginated form (X-Api-Version 3): report_params {date_type, from,
// to, status, time_zone, starting_after} → {transactions, has_more, first_object_id, last_object_id, count}. Test
// transactions are reported here too (the sandbox has nothing else); time_zone UTC only. A chargeback is reported as
// the transaction it is (type `chargeback`, parent_uid the disputed payment), with no fee: beGateway documents none.
import {
  type ReportFaults,
  type ReportLine,
  simulatedDisputeSettlement,
  simulatedSettlement,
  withFaults,
} from "../report-lines.ts";
import type { BegatewayStore, Transaction } from "./store.ts";

const PAGE_SIZE = 100;
const REPORT_TIME = /^(\d{4}-\d{2}-\d{2})(?: (\d{2}:\d{2}:\d{2}))?$/;

export type ReportAnswer = { status: number; body: unknown };

function lineOf(tx: Transaction, now: Date): ReportLine {
  const status = tx.status === "successful" ? "successful" : tx.status === "failed" ? "failed" : "pending";
  const occurredAt = tx.paidAt ?? tx.createdAt;
  const amountMinor = BigInt(tx.amount);
  const line = {
    uid: tx.uid,
    parentUid: tx.parentUid,
    status,
    amountMinor,
    currency: tx.currency,
    occurredAt,
    reference: tx.trackingId,
  } as const;
  if (tx.type === "chargeback")
    return { ...line, type: "dispute", settledAt: simulatedDisputeSettlement(occurredAt, now), feeMinor: 0n };
  return { ...line, type: tx.type, ...simulatedSettlement(tx.type, status, amountMinor, occurredAt, now) };
}

/** The report's word for a line's type. */
const typeWord = (line: ReportLine) => (line.type === "dispute" ? "chargeback" : line.type);
/** What the line pays the merchant: a refund and a chargeback take money back. */
const payToMerchant = (line: ReportLine) =>
  line.type === "refund" || line.type === "dispute" ? -line.amountMinor : line.amountMinor - line.feeMinor;

const iso = (at: Date | null) => (at ? at.toISOString().replace(/\.\d{3}Z$/, "Z") : null);

function instant(text: unknown, endOfDay: boolean): Date | null {
  const match = typeof text === "string" ? REPORT_TIME.exec(text.trim()) : null;
  if (!match) return null;
  const at = new Date(`${match[1]}T${match[2] ?? (endOfDay ? "23:59:59" : "00:00:00")}Z`);
  return Number.isNaN(at.getTime()) ? null : at;
}

const refuse = (message: string, field: string): ReportAnswer => ({
  status: 422,
  body: { message, errors: { [field]: [message] } },
});

export function begatewayReport(
  store: BegatewayStore,
  shopId: string,
  body: unknown,
  faults: ReportFaults,
  now: Date,
): ReportAnswer {
  const params = (body as { report_params?: Record<string, unknown> } | null)?.report_params;
  if (!params || typeof params !== "object") return refuse("report_params is required", "report_params");
  const dateType = params.date_type ?? "created_at";
  if (dateType !== "created_at" && dateType !== "paid_at" && dateType !== "settled_at")
    return refuse("date_type is invalid", "date_type");
  const from = instant(params.from, false);
  const to = instant(params.to, true);
  if (!from || !to) return refuse("from and to must be YYYY-MM-DD hh:mm:ss", "from");
  if ((params.time_zone ?? "UTC") !== "UTC") return refuse("the sandbox reports in UTC only", "time_zone");
  const status = params.status ?? "all";
  if (!["all", "successful", "failed", "pending", "incomplete"].includes(String(status)))
    return refuse("status is invalid", "status");
  const lines = withFaults(
    store.list(shopId).map((tx) => lineOf(tx, now)),
    faults,
  )
    .filter((l) => {
      const at = dateType === "settled_at" ? l.settledAt : l.occurredAt;
      // `to` is inclusive to the second.
      return at !== null && at >= from && at.getTime() < to.getTime() + 1000;
    })
    .filter((l) => status === "all" || l.status === status || (status === "incomplete" && l.status === "pending"))
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.uid.localeCompare(b.uid));
  const numbered = lines.map((line, index) => ({ id: index + 1, line }));
  const after =
    typeof params.starting_after === "number" ? params.starting_after : Number(params.starting_after ?? 0) || 0;
  const page = numbered.filter((n) => n.id > after).slice(0, PAGE_SIZE);
  return {
    status: 200,
    body: {
      transactions: page.map(({ id, line }) => ({
        id,
        uid: line.uid,
        type: typeWord(line),
        status: line.status === "pending" ? "incomplete" : line.status,
        amount: Number(line.amountMinor),
        currency: line.currency,
        tracking_id: line.reference,
        parent_uid: line.parentUid,
        created_at: iso(line.occurredAt),
        paid_at: line.status === "successful" ? iso(line.occurredAt) : null,
        settled_at: iso(line.settledAt),
        transaction_fee: Number(line.feeMinor),
        pay_to_merchant: Number(payToMerchant(line)),
      })),
      has_more: page.length > 0 && (page[page.length - 1]?.id ?? 0) < numbered.length,
      first_object_id: page[0]?.id ?? null,
      last_object_id: page[page.length - 1]?.id ?? null,
      count: page.length,
    },
  };
}
