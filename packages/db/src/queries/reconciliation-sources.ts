// The three sources for each (account, provider uid) of a period: our ledger's movement groups, the transaction as
// notified or queried, and the latest report covering that moment. Money types only (payment, capture, refund).
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import type { Side, ThreeWay } from "./reconciliation-rules.ts";

type Raw = Record<string, string | Date | null>;

const side = (amount: unknown, currency: unknown, status: unknown): Side | null =>
  amount === null || amount === undefined
    ? null
    : { amount: BigInt(String(amount)), currency: String(currency), status: String(status) };

export async function threeWay(db: Db, from: Date, to: Date, accountId: string | null): Promise<ThreeWay[]> {
  const account = accountId ? sql`and account_id = ${accountId}` : sql``;
  const result = await db.execute<Raw>(sql`
    with scope as (
      select id, account_id, period_from, period_to from provider_reports
       where period_from < ${to.toISOString()}::timestamptz and period_to > ${from.toISOString()}::timestamptz ${account}
    ), ours as (
      select g.account_id, g.provider, t.provider_uid, g.transaction_id, g.amount_minor, g.currency, g.occurred_at,
        (select max(s.id) from scope s where s.account_id = g.account_id and g.occurred_at >= s.period_from
          and g.occurred_at < s.period_to) as covering
      from ledger_groups g join transactions t on t.id = g.transaction_id
      where g.movement_id is not null and g.kind in ('payment', 'capture', 'refund')
        and g.occurred_at >= ${from.toISOString()}::timestamptz and g.occurred_at < ${to.toISOString()}::timestamptz
    ), theirs as (
      select r.* from provider_report_rows r
      where r.type in ('payment', 'capture', 'refund')
        and r.occurred_at >= ${from.toISOString()}::timestamptz and r.occurred_at < ${to.toISOString()}::timestamptz
        and r.report_id = (select max(s.id) from scope s where s.account_id = r.account_id
          and r.occurred_at >= s.period_from and r.occurred_at < s.period_to)
    ), keys as (
      select account_id, provider, provider_uid, occurred_at from ours where covering is not null
      union
      select account_id, provider, provider_uid, occurred_at from theirs
    )
    select distinct on (k.account_id, k.provider_uid) k.account_id, k.provider, k.provider_uid, k.occurred_at,
      o.amount_minor::text as l_amount, o.currency as l_currency,
      r.id::text as r_id, r.amount_minor::text as r_amount, r.currency as r_currency, r.status as r_status,
      n.id as n_id, n.amount_minor::text as n_amount, n.currency as n_currency, n.status as n_status
    from keys k
    left join ours o on o.account_id = k.account_id and o.provider_uid = k.provider_uid and o.covering is not null
    left join theirs r on r.account_id = k.account_id and r.provider_uid = k.provider_uid
    left join transactions n on n.account_id = k.account_id and n.provider_uid = k.provider_uid
    order by k.account_id, k.provider_uid, k.occurred_at`);
  return result.rows.map((r) => ({
    accountId: String(r.account_id),
    provider: String(r.provider),
    providerUid: String(r.provider_uid),
    transactionId: r.n_id === null ? null : String(r.n_id),
    reportRowId: r.r_id === null ? null : BigInt(String(r.r_id)),
    occurredAt: new Date(r.occurred_at as string | Date),
    ledger: side(r.l_amount, r.l_currency, "successful"),
    notified: side(r.n_amount, r.n_currency, r.n_status),
    report: side(r.r_amount, r.r_currency, r.r_status),
  }));
}
