// The providers' dispute rows against the disputes we hold (docs/disputes.md, "Money"). A DISPUTE row (type `dispute`)
// is matched to our dispute by the provider's dispute id, else by the disputed payment and the amount; a
// DISPUTE_REVERSAL row (`dispute_reversal`, money returned) by the dispute id. Like payments, a report is trusted only
// for the periods it covers, and the latest report covering a moment wins.
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import type { Mismatch } from "./reconciliation-rules.ts";

/** The money that comes back when a dispute ends this way. */
const RETURNED = new Set(["won", "cancelled"]);

export interface DisputeRow {
  id: bigint;
  accountId: string;
  provider: string;
  providerUid: string;
  parentProviderUid: string | null;
  type: "dispute" | "dispute_reversal";
  amount: bigint;
  currency: string;
  occurredAt: Date;
}

export interface HeldDispute {
  id: string;
  accountId: string;
  provider: string;
  providerDisputeId: string;
  paymentProviderUid: string;
  transactionId: string | null;
  status: string;
  amount: bigint;
  currency: string;
  openedAt: Date;
  /** A report covers the moment it opened, so the provider should have listed it. */
  covered: boolean;
}

/** One dispute as both sides state it. */
export interface DisputeComparison {
  accountId: string;
  provider: string;
  providerDisputeId: string;
  occurredAt: Date;
  ours: HeldDispute | null;
  row: DisputeRow | null;
  reversal: DisputeRow | null;
}

const money = (amount: bigint, currency: string) => `${amount} ${currency}`;
const abs = (v: bigint) => (v < 0n ? -v : v);

/** Pairs rows and disputes: by dispute id first, then an unpaired DISPUTE row by payment uid and amount. */
export function pairDisputes(rows: DisputeRow[], held: HeldDispute[]): DisputeComparison[] {
  const byId = new Map(held.map((d) => [`${d.accountId}|${d.providerDisputeId}`, d]));
  const paired = new Set<string>();
  const out = new Map<string, DisputeComparison>();
  const entry = (
    accountId: string,
    provider: string,
    providerDisputeId: string,
    at: Date,
    ours: HeldDispute | null,
  ) => {
    const key = `${accountId}|${providerDisputeId}`;
    const found = out.get(key);
    if (found) return found;
    const made: DisputeComparison = {
      accountId,
      provider,
      providerDisputeId,
      occurredAt: at,
      ours,
      row: null,
      reversal: null,
    };
    out.set(key, made);
    if (ours) paired.add(ours.id);
    return made;
  };
  const unmatched: DisputeRow[] = [];
  for (const row of rows) {
    const ours = byId.get(`${row.accountId}|${row.providerUid}`) ?? null;
    if (!ours && row.type === "dispute") {
      unmatched.push(row);
      continue;
    }
    const c = entry(row.accountId, row.provider, row.providerUid, row.occurredAt, ours);
    if (row.type === "dispute") c.row = row;
    else c.reversal = row;
  }
  for (const row of unmatched) {
    const ours =
      held.find(
        (d) =>
          !paired.has(d.id) &&
          d.accountId === row.accountId &&
          d.paymentProviderUid === row.parentProviderUid &&
          d.amount === row.amount,
      ) ?? null;
    const c = entry(row.accountId, row.provider, ours?.providerDisputeId ?? row.providerUid, row.occurredAt, ours);
    c.row = row;
  }
  for (const d of held)
    if (!paired.has(d.id) && d.covered) entry(d.accountId, d.provider, d.providerDisputeId, d.openedAt, d);
  return [...out.values()];
}

/** The rules: at most one mismatch of each kind per dispute. */
export function classifyDispute(c: DisputeComparison): Mismatch[] {
  const { ours, row, reversal } = c;
  const out: Mismatch[] = [];
  if (!ours) {
    const listed = row ?? reversal;
    if (listed)
      out.push({
        kind: "missing_in_ours",
        atStakeMinor: listed.amount,
        atStakeCurrency: listed.currency,
        detail: `report lists ${listed.type} ${money(listed.amount, listed.currency)} on payment ${listed.parentProviderUid ?? "?"}; we hold no such dispute`,
      });
    return out;
  }
  if (!row && ours.covered)
    out.push({
      kind: "missing_in_report",
      atStakeMinor: ours.amount,
      atStakeCurrency: ours.currency,
      detail: `dispute of ${money(ours.amount, ours.currency)} (${ours.status}); the provider's report does not list it`,
    });
  if (row && row.currency !== ours.currency)
    out.push({
      kind: "currency_differs",
      atStakeMinor: ours.amount,
      atStakeCurrency: ours.currency,
      detail: `dispute ${money(ours.amount, ours.currency)}; report ${money(row.amount, row.currency)}`,
    });
  else if (row && row.amount !== ours.amount)
    out.push({
      kind: "amount_differs",
      atStakeMinor: abs(row.amount - ours.amount),
      atStakeCurrency: ours.currency,
      detail: `dispute ${money(ours.amount, ours.currency)}; report ${money(row.amount, row.currency)}`,
    });
  if (reversal && !RETURNED.has(ours.status))
    out.push({
      kind: "status_differs",
      atStakeMinor: reversal.amount,
      atStakeCurrency: reversal.currency,
      detail: `report returns ${money(reversal.amount, reversal.currency)} (dispute_reversal); the dispute is ${ours.status}`,
    });
  return out;
}

type Raw = Record<string, string | Date | null>;

/** The period's dispute rows (latest covering report) and the disputes they name or that opened in covered time. */
export async function disputeComparisons(
  db: Db,
  from: Date,
  to: Date,
  accountId: string | null,
): Promise<DisputeComparison[]> {
  const account = accountId ? sql`and account_id = ${accountId}` : sql``;
  const rows = await db.execute<Raw>(sql`
    with scope as (
      select id, account_id, period_from, period_to from provider_reports
       where period_from < ${to.toISOString()}::timestamptz and period_to > ${from.toISOString()}::timestamptz ${account}
    )
    select r.id::text, r.account_id, r.provider, r.provider_uid, r.parent_provider_uid, r.type, r.amount_minor::text,
      r.currency, r.occurred_at
    from provider_report_rows r
    where r.type in ('dispute', 'dispute_reversal')
      and r.occurred_at >= ${from.toISOString()}::timestamptz and r.occurred_at < ${to.toISOString()}::timestamptz
      and r.report_id = (select max(s.id) from scope s where s.account_id = r.account_id
        and r.occurred_at >= s.period_from and r.occurred_at < s.period_to)
    order by r.id`);
  const listed: DisputeRow[] = rows.rows.map((r) => ({
    id: BigInt(String(r.id)),
    accountId: String(r.account_id),
    provider: String(r.provider),
    providerUid: String(r.provider_uid),
    parentProviderUid: r.parent_provider_uid === null ? null : String(r.parent_provider_uid),
    type: r.type === "dispute_reversal" ? "dispute_reversal" : "dispute",
    amount: BigInt(String(r.amount_minor)),
    currency: String(r.currency),
    occurredAt: new Date(r.occurred_at as string | Date),
  }));
  const named = JSON.stringify(listed.map((r) => ({ a: r.accountId, id: r.providerUid, p: r.parentProviderUid })));
  const held = await db.execute<Raw>(sql`
    with named as (select * from jsonb_to_recordset(${named}::jsonb) as n(a text, id text, p text))
    select d.id, d.account_id, d.provider, d.provider_dispute_id, d.payment_provider_uid, d.transaction_id, d.status,
      d.amount_minor::text, d.currency, d.opened_at,
      exists (select 1 from provider_reports s where s.account_id = d.account_id
        and d.opened_at >= s.period_from and d.opened_at < s.period_to) as covered
    from disputes d
    where (d.opened_at >= ${from.toISOString()}::timestamptz and d.opened_at < ${to.toISOString()}::timestamptz
           ${accountId ? sql`and d.account_id = ${accountId}` : sql``})
       or exists (select 1 from named n where n.a = d.account_id and (n.id = d.provider_dispute_id or n.p = d.payment_provider_uid))`);
  return pairDisputes(
    listed,
    held.rows.map((d) => ({
      id: String(d.id),
      accountId: String(d.account_id),
      provider: String(d.provider),
      providerDisputeId: String(d.provider_dispute_id),
      paymentProviderUid: String(d.payment_provider_uid),
      transactionId: d.transaction_id === null ? null : String(d.transaction_id),
      status: String(d.status),
      amount: BigInt(String(d.amount_minor)),
      currency: String(d.currency),
      openedAt: new Date(d.opened_at as string | Date),
      // Only a dispute that opened inside this period can be missing from this period's report.
      covered:
        Boolean(d.covered) &&
        new Date(d.opened_at as string | Date) >= from &&
        new Date(d.opened_at as string | Date) < to,
    })),
  );
}
