// What counts as a mismatch between our ledger, what the provider notified or answered, and its report: the rules
// apart from SQL (db/queries/reconciliation.ts runs them).
export const MISMATCH_KINDS = [
  "missing_in_report",
  "missing_in_ours",
  "amount_differs",
  "status_differs",
  "currency_differs",
] as const;
export type MismatchKind = (typeof MISMATCH_KINDS)[number];

export interface Side {
  amount: bigint;
  currency: string;
  status: string;
}

/** What the three sources say about one (account, provider uid). */
export interface ThreeWay {
  accountId: string;
  provider: string;
  providerUid: string;
  transactionId: string | null;
  reportRowId: bigint | null;
  occurredAt: Date;
  ledger: Side | null;
  notified: Side | null;
  report: Side | null;
}

export interface Mismatch {
  kind: MismatchKind;
  atStakeMinor: bigint;
  atStakeCurrency: string;
  detail: string;
}

const abs = (v: bigint) => (v < 0n ? -v : v);
const said = (s: Side) => `${s.status} ${s.amount} ${s.currency}`;

/** The rules, apart from SQL: each key gives zero or more mismatches, at most one of each kind. */
export function classify(k: ThreeWay): Mismatch[] {
  const out: Mismatch[] = [];
  const { ledger, notified, report } = k;
  if (ledger && !report) {
    out.push({
      kind: "missing_in_report",
      atStakeMinor: ledger.amount,
      atStakeCurrency: ledger.currency,
      detail: `ledger has ${ledger.amount} ${ledger.currency}; the provider's report does not list it`,
    });
  } else if (!ledger && report && report.status === "successful") {
    if (notified && notified.status !== "successful") {
      out.push({
        kind: "status_differs",
        atStakeMinor: report.amount,
        atStakeCurrency: report.currency,
        detail: `report says ${said(report)}; notifications and queries say ${notified.status}`,
      });
    } else if (!notified) {
      out.push({
        kind: "missing_in_ours",
        atStakeMinor: report.amount,
        atStakeCurrency: report.currency,
        detail: `report lists ${said(report)}; no notification or query ever told us of it`,
      });
    }
  } else if (ledger && report) {
    if (report.status !== "successful") {
      out.push({
        kind: "status_differs",
        atStakeMinor: ledger.amount,
        atStakeCurrency: ledger.currency,
        detail: `ledger has ${ledger.amount} ${ledger.currency} as successful; report says ${report.status}`,
      });
    } else if (report.currency !== ledger.currency) {
      out.push({
        kind: "currency_differs",
        atStakeMinor: ledger.amount,
        atStakeCurrency: ledger.currency,
        detail: `ledger ${ledger.amount} ${ledger.currency}; report ${report.amount} ${report.currency}`,
      });
    } else if (report.amount !== ledger.amount) {
      out.push({
        kind: "amount_differs",
        atStakeMinor: abs(report.amount - ledger.amount),
        atStakeCurrency: ledger.currency,
        detail: `ledger ${ledger.amount} ${ledger.currency}; report ${report.amount} ${report.currency}`,
      });
    }
  }
  if (ledger && notified) {
    if (notified.status !== "successful" && !out.some((m) => m.kind === "status_differs")) {
      out.push({
        kind: "status_differs",
        atStakeMinor: ledger.amount,
        atStakeCurrency: ledger.currency,
        detail: `ledger posted ${ledger.amount} ${ledger.currency}; notifications now say ${notified.status}`,
      });
    } else if (
      notified.amount !== ledger.amount &&
      notified.currency === ledger.currency &&
      !out.some((m) => m.kind === "amount_differs")
    ) {
      out.push({
        kind: "amount_differs",
        atStakeMinor: abs(notified.amount - ledger.amount),
        atStakeCurrency: ledger.currency,
        detail: `ledger ${ledger.amount}; notifications say ${notified.amount} ${notified.currency}`,
      });
    }
  }
  return out;
}
