// What every emulator's reports are made of: one line per transaction, the settlement the sandbox simulates
// (next UTC day at 06:00, 1.5 % of sales kept as a fee) and the discrepancies a test or a demo asks for.
import { currencyExponent } from "@paylens/domain/money";

/** A dispute line's uid is the dispute's id and parentUid the disputed payment's (docs/disputes.md, "Money"). */
export interface ReportLine {
  uid: string;
  parentUid: string | null;
  type: "payment" | "authorization" | "capture" | "void" | "refund" | "dispute" | "dispute_reversal";
  /** successful | failed | pending (the report's own words are the emulator's business). */
  status: "successful" | "failed" | "pending";
  amountMinor: bigint;
  currency: string;
  occurredAt: Date;
  reference: string | null;
  settledAt: Date | null;
  feeMinor: bigint;
}

/** How many lines each report drops, misstates (by 1.00) and invents: the same lines every time they are asked for. */
export interface ReportFaults {
  missing: number;
  amountOff: number;
  extra: number;
}

export const NO_REPORT_FAULTS: ReportFaults = { missing: 0, amountOff: 0, extra: 0 };

const FEE_PER_MILLE = 15n;
const SETTLE_HOUR_UTC = 6;

/** Settled on the next UTC day at 06:00 once that has passed; sales pay 1.5 % (half up), refunds nothing. */
export function simulatedSettlement(
  type: ReportLine["type"],
  status: ReportLine["status"],
  amountMinor: bigint,
  occurredAt: Date,
  now: Date,
): { settledAt: Date | null; feeMinor: bigint } {
  if (status !== "successful" || (type !== "payment" && type !== "capture" && type !== "refund"))
    return { settledAt: null, feeMinor: 0n };
  const next = new Date(
    Date.UTC(occurredAt.getUTCFullYear(), occurredAt.getUTCMonth(), occurredAt.getUTCDate() + 1, SETTLE_HOUR_UTC),
  );
  const feeMinor = type === "refund" ? 0n : (amountMinor * FEE_PER_MILLE + 500n) / 1000n;
  return { settledAt: next <= now ? next : null, feeMinor };
}

/** A dispute's money moves on the same simulated settlement day as a sale's. */
export function simulatedDisputeSettlement(occurredAt: Date, now: Date): Date | null {
  return simulatedSettlement("payment", "successful", 0n, occurredAt, now).settledAt;
}

/** The sandbox's dispute handling fee: 15.00 in the dispute's currency (schemes and acquirers charge a flat fee). */
export function simulatedDisputeFee(currency: string): bigint {
  return 15n * 10n ** BigInt(currencyExponent(currency));
}

const moves = (line: ReportLine) =>
  line.status === "successful" && (line.type === "payment" || line.type === "capture" || line.type === "refund");

/**
 * The merchant's lines with the faults applied. Victims are chosen over all lines (oldest first), so a report fetched
 * day by day shows the same discrepancies as one fetched at once. An invented line copies a real one under a new id.
 */
export function withFaults(lines: readonly ReportLine[], faults: ReportFaults): ReportLine[] {
  const victims = lines
    .filter(moves)
    .sort((a, b) => a.occurredAt.getTime() - b.occurredAt.getTime() || a.uid.localeCompare(b.uid));
  const dropped = new Set(victims.slice(0, faults.missing).map((l) => l.uid));
  const misstated = new Set(victims.slice(faults.missing, faults.missing + faults.amountOff).map((l) => l.uid));
  const templates = victims.slice(faults.missing + faults.amountOff, faults.missing + faults.amountOff + faults.extra);
  const out = lines
    .filter((l) => !dropped.has(l.uid))
    .map((l) => (misstated.has(l.uid) ? { ...l, amountMinor: l.amountMinor + 100n } : l));
  templates.forEach((template, i) =>
    out.push({
      ...template,
      uid: `${template.uid.slice(0, -4)}${String(9999 - i).padStart(4, "0")}`,
      reference: `unknown-${i + 1}`,
    }),
  );
  return out;
}

/** The switch a sandbox keeps: tests and demo incidents set it, report endpoints read it. */
export class ReportFaultSwitch {
  private faults: ReportFaults = NO_REPORT_FAULTS;

  set(faults: ReportFaults): void {
    this.faults = {
      missing: Math.max(0, faults.missing),
      amountOff: Math.max(0, faults.amountOff),
      extra: Math.max(0, faults.extra),
    };
  }

  current(): ReportFaults {
    return { ...this.faults };
  }
}
