// Dispute fees a provider's report states, in the ledger (docs/disputes.md, "Money"):
//   Dr dispute_fees / Cr provider_receivable, on the disputed payment and the day of its sale,
// one group per dispute and row type (a DISPUTE row's fee is `dispute_fee`, a DISPUTE_REVERSAL row's
// `dispute_reversal_fee`); the unique index of migration 0013 makes a report imported again post nothing new.
// A row whose dispute we do not hold yet, or whose payment is unknown, posts nothing: the next import of a report
// that lists it does, and reconciliation names it meanwhile.
import { sql } from "drizzle-orm";
import type { Tx } from "./apply.ts";

export const DISPUTE_FEE_KINDS = { dispute: "dispute_fee", dispute_reversal: "dispute_reversal_fee" } as const;

/** Posts the dispute fees of one stored report; answers how many groups it posted. */
export async function postDisputeFees(tx: Tx, reportId: bigint): Promise<number> {
  const result = await tx.execute<{ n: number }>(sql`
    with due as (
      select distinct on (d.id, r.type) d.id as dispute_id, d.transaction_id, d.account_id, d.provider, d.currency,
        abs(r.fee_minor) as fee_minor, r.id as row_id, coalesce(r.settled_at, r.occurred_at) as at,
        coalesce(t.paid_at, t.created_at) as origin_at,
        case r.type when 'dispute' then 'dispute_fee' else 'dispute_reversal_fee' end as kind
      from provider_report_rows r
      join disputes d on d.account_id = r.account_id and d.provider_dispute_id = r.provider_uid
      join transactions t on t.id = d.transaction_id
      where r.report_id = ${reportId} and r.type in ('dispute', 'dispute_reversal') and r.status = 'successful'
        and r.fee_minor is not null and r.fee_minor <> 0 and r.currency = d.currency
      order by d.id, r.type, r.id
    ), g as (
      insert into ledger_groups (kind, dispute_id, transaction_id, account_id, provider, currency, amount_minor,
        occurred_at, origin_at, source, report_row_id)
      select kind, dispute_id, transaction_id, account_id, provider, currency, fee_minor, at, origin_at, 'report', row_id
        from due
      on conflict (dispute_id, kind) where kind in ('dispute_fee', 'dispute_reversal_fee') do nothing
      returning id, dispute_id, kind, transaction_id, account_id, provider, currency, amount_minor, occurred_at, origin_at
    ), e as (
      insert into ledger_entries (group_id, ledger_account, amount_minor, currency, account_id, provider,
        transaction_id, kind, occurred_at, origin_at)
      select g.id, p.account, p.sign * g.amount_minor, g.currency, g.account_id, g.provider, g.transaction_id, g.kind,
        g.occurred_at, g.origin_at
      from g cross join (values ('dispute_fees', 1), ('provider_receivable', -1)) as p(account, sign)
      returning 1
    )
    select (count(*) / 2)::int as n from e`);
  return Number(result.rows[0]?.n ?? 0);
}
