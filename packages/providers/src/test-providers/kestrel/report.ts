// Kestrel's settlement file: JSON rows, amounts and fees in minor units. It has no report API.
import { z } from "zod";
import { PayloadError, type ReportRow, type SettlementReport } from "../../connector.ts";
import { decodeKestrel } from "./codes.ts";

const reportRow = z.object({
  ticket: z.string().min(1),
  parentTicket: z.string().min(1).nullish(),
  kind: z.enum(["payment", "refund"]),
  code: z.string(),
  amount: z.string().regex(/^\d{1,18}$/),
  fee: z
    .string()
    .regex(/^\d{1,18}$/)
    .nullish(),
  currency: z.string().regex(/^[A-Z]{3}$/),
  at: z.iso.datetime(),
  settledAt: z.iso.datetime().nullish(),
});
const reportFile = z.object({ rows: z.array(reportRow).min(1) });

export async function kestrelSettlementReport(): Promise<SettlementReport> {
  return { state: "rejected", name: "settlement file", rows: [], error: "Kestrel has no report API: upload its file" };
}

export function parseKestrelReportFile(text: string): ReportRow[] {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new PayloadError("not a Kestrel settlement file: not JSON");
  }
  const parsed = reportFile.safeParse(json);
  if (!parsed.success) throw new PayloadError("not a Kestrel settlement file");
  return parsed.data.rows.map((row) => ({
    providerUid: row.ticket,
    parentProviderUid: row.parentTicket ?? null,
    type: row.kind,
    status: decodeKestrel(row.code).letter === "S" ? "successful" : "failed",
    amountMinor: BigInt(row.amount),
    currency: row.currency,
    feeMinor: row.fee ? BigInt(row.fee) : null,
    occurredAt: new Date(row.at),
    settledAt: row.settledAt ? new Date(row.settledAt) : null,
    raw: row,
  }));
}
