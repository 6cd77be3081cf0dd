// The data-search lists (docs/providers/pockyt.md §4.8): trans-list and settle-list over startDate..endDate (YYYYMMDD,
// UTC+8 days, at most 15 days apart), answered as `transactions` / `settlements` + `size`. Element fields follow the
// transaction object (§4.2); settle-list adds fee, netAmount and settleTime (the docs do not list them: the sandbox's
// choice).
import { type ReportFaults, type ReportLine, simulatedSettlement, withFaults } from "../report-lines.ts";
import { money, pockytDateTime } from "./responses.ts";
import type { Merchant, PockytStore } from "./store.ts";
import type { Params, PockytError } from "./validate.ts";

const UTC8_MS = 8 * 3_600_000;
const MAX_SPAN_DAYS = 15;
const STATUS_WORDS: Record<ReportLine["status"], string> = {
  successful: "success",
  failed: "failed",
  pending: "pending",
};

export function pockytLines(store: PockytStore, merchant: Merchant, faults: ReportFaults, now: Date): ReportLine[] {
  const { payments, refunds } = store.list(merchant);
  const lines: ReportLine[] = [];
  for (const p of payments) {
    if (p.status === "init") continue;
    const status = p.status === "success" ? "successful" : p.status === "pending" ? "pending" : "failed";
    const occurredAt = p.paidAt ?? p.createdAt;
    lines.push({
      uid: p.transactionNo,
      parentUid: null,
      type: "payment",
      status,
      amountMinor: p.amount,
      currency: p.currency,
      occurredAt,
      reference: p.reference,
      ...simulatedSettlement("payment", status, p.amount, occurredAt, now),
    });
  }
  for (const r of refunds) {
    lines.push({
      uid: r.transactionNo,
      parentUid: r.paymentNo,
      type: "refund",
      status: "successful",
      amountMinor: r.amount,
      currency: r.currency,
      occurredAt: r.createdAt,
      reference: r.refundReference,
      ...simulatedSettlement("refund", "successful", r.amount, r.createdAt, now),
    });
  }
  return withFaults(lines, faults);
}

function utc8Day(text: string | undefined): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(text ?? "");
  if (!m) return null;
  const start = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - UTC8_MS;
  return Number.isNaN(start) ? null : start;
}

export type ListAnswer = { ok: true; lines: ReportLine[] } | { ok: false; error: PockytError };

/** The lines whose time falls on startDate..endDate (UTC+8 days). */
export function linesInRange(lines: ReportLine[], params: Params, at: (line: ReportLine) => Date | null): ListAnswer {
  const start = utc8Day(params.startDate);
  const end = utc8Day(params.endDate);
  if (start === null || end === null)
    return { ok: false, error: { retCode: "000020", retMsg: "data error : startDate and endDate must be yyyyMMdd" } };
  if (end < start)
    return { ok: false, error: { retCode: "000020", retMsg: "data error : endDate must not be before startDate" } };
  if (end - start > MAX_SPAN_DAYS * 86_400_000)
    return {
      ok: false,
      error: { retCode: "000020", retMsg: `data error : the range may not exceed ${MAX_SPAN_DAYS} days` },
    };
  const inRange = lines.filter((l) => {
    const t = at(l)?.getTime();
    return t !== undefined && t >= start && t < end + 86_400_000;
  });
  return {
    ok: true,
    lines: inRange.sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.uid.localeCompare(b.uid)),
  };
}

export function renderTransList(lines: ReportLine[]): Record<string, unknown> {
  return {
    ret_code: "000100",
    ret_msg: "query success",
    transactions: lines.map((l) => ({
      transactionNo: l.uid,
      reference: l.reference,
      amount: money(l.amountMinor, l.currency),
      currency: l.currency,
      settleCurrency: l.currency === "GBP" ? "GBP" : "USD",
      transactionType: l.type === "refund" ? "refund" : "payment",
      transactionStatus: STATUS_WORDS[l.status],
      ...(l.parentUid ? { originalTransactionNo: l.parentUid } : {}),
      createTime: pockytDateTime(l.occurredAt),
      paymentTime: pockytDateTime(l.occurredAt),
    })),
    size: lines.length,
  };
}

export function renderSettleList(lines: ReportLine[]): Record<string, unknown> {
  return {
    ret_code: "000100",
    ret_msg: "query success",
    settlements: lines.map((l) => ({
      transactionNo: l.uid,
      transactionType: l.type === "refund" ? "refund" : "payment",
      amount: money(l.amountMinor, l.currency),
      currency: l.currency,
      settleCurrency: l.currency === "GBP" ? "GBP" : "USD",
      fee: money(l.feeMinor, l.currency),
      netAmount: money(l.type === "refund" ? -l.amountMinor : l.amountMinor - l.feeMinor, l.currency),
      settleTime: pockytDateTime(l.settledAt),
    })),
    size: lines.length,
  };
}
