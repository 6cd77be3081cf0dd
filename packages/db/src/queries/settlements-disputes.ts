// A settlement day's dispute money (the drill-down beside its transactions): every hold, reversal, loss and dispute
// fee booked on that day's sales, with the provider's dispute id, the disputed payment and the report row behind a fee.
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { dayBounds, type SettlementDayFilter } from "./settlements.ts";

export interface SettlementDispute {
  groupId: string;
  kind: string;
  disputeId: string;
  providerDisputeId: string;
  status: string;
  transactionId: string;
  paymentProviderUid: string;
  provider: string;
  accountId: string;
  amountMinor: bigint;
  currency: string;
  occurredAt: Date;
  /** The report row that stated a fee; null for what notifications moved. */
  reportRowId: string | null;
}

/** Disputes are rare beside sales: a day has a handful, so one page holds them (at most `limit`). */
export async function settlementDayDisputes(
  db: Db,
  filter: SettlementDayFilter,
  limit: number,
): Promise<SettlementDispute[]> {
  const { lo, hi } = dayBounds(filter.day, filter.day, filter.timeZone);
  const dims = [
    filter.provider ? sql`and g.provider = ${filter.provider}` : sql``,
    filter.accountId ? sql`and g.account_id = ${filter.accountId}` : sql``,
    filter.currency ? sql`and g.currency = ${filter.currency}` : sql``,
  ];
  const result = await db.execute<Record<string, string | Date | null>>(sql`
    select g.id::text as group_id, g.kind, g.dispute_id, d.provider_dispute_id, d.status, g.transaction_id,
      d.payment_provider_uid, g.provider, g.account_id, g.amount_minor::text as amount, g.currency, g.occurred_at,
      g.report_row_id::text as report_row_id
    from ledger_groups g join disputes d on d.id = g.dispute_id
    where g.dispute_id is not null and g.origin_at >= ${lo} and g.origin_at < ${hi} ${sql.join(dims, sql` `)}
    order by g.occurred_at, g.id
    limit ${limit}`);
  return result.rows.map((r) => ({
    groupId: String(r.group_id),
    kind: String(r.kind),
    disputeId: String(r.dispute_id),
    providerDisputeId: String(r.provider_dispute_id),
    status: String(r.status),
    transactionId: String(r.transaction_id),
    paymentProviderUid: String(r.payment_provider_uid),
    provider: String(r.provider),
    accountId: String(r.account_id),
    amountMinor: BigInt(String(r.amount)),
    currency: String(r.currency),
    occurredAt: new Date(r.occurred_at as string | Date),
    reportRowId: r.report_row_id === null ? null : String(r.report_row_id),
  }));
}
