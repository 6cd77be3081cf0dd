// The double-entry ledger: back-fill for rows written straight into transactions (the seed), balances per ledger
// account and currency at any instant, and the entries of one transaction or a period (CSV export).
import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";

export const LEDGER_ACCOUNTS = [
  "provider_receivable",
  "merchant_cash",
  "sales",
  "refunds",
  "fees",
  "authorization_released",
  "authorization_control",
  "disputes_held",
  "dispute_losses",
  "dispute_fees",
] as const;
export type LedgerAccount = (typeof LEDGER_ACCOUNTS)[number];

/**
 * Money movements for successful payments, captures, refunds and voids that have none (the seed inserts transactions
 * directly); the movement trigger then posts their groups and settles what has a settled_at. Safe to run again.
 */
export async function backfillLedger(db: Pick<Db, "execute">): Promise<{ movements: number }> {
  const result = await db.execute<{ n: number }>(sql`
    with inserted as (
      insert into money_movements (transaction_id, account_id, provider, kind, amount_minor, currency, occurred_at)
      select t.id, t.account_id, t.provider, t.type, t.amount_minor, t.currency, coalesce(t.paid_at, t.provider_updated_at, t.created_at)
        from transactions t
       where t.status = 'successful' and t.type in ('payment', 'capture', 'refund', 'void')
         and not exists (select 1 from money_movements m where m.transaction_id = t.id)
      on conflict do nothing
      returning 1)
    select count(*)::int as n from inserted`);
  // PGlite has no autovacuum: fresh statistics keep the settlement and balance queries on their indexes.
  await db.execute(sql`analyze money_movements, ledger_groups, ledger_entries`);
  return { movements: Number(result.rows[0]?.n ?? 0) };
}

export interface BalanceFilter {
  /** Entries strictly before this instant; null for everything. */
  asOf: Date | null;
  provider?: string | undefined;
  accountId?: string | undefined;
  currency?: string | undefined;
}

export interface LedgerBalance {
  ledgerAccount: LedgerAccount;
  provider: string;
  accountId: string;
  currency: string;
  balanceMinor: bigint;
}

function balanceWhere(filter: BalanceFilter): SQL {
  const parts: SQL[] = [sql`true`];
  if (filter.asOf) parts.push(sql`occurred_at < ${filter.asOf.toISOString()}::timestamptz`);
  if (filter.provider) parts.push(sql`provider = ${filter.provider}`);
  if (filter.accountId) parts.push(sql`account_id = ${filter.accountId}`);
  if (filter.currency) parts.push(sql`currency = ${filter.currency}`);
  return sql.join(parts, sql` and `);
}

/** Balance of every ledger account per provider account and currency (debits positive) at `asOf`. */
export async function ledgerBalances(db: Db, filter: BalanceFilter): Promise<LedgerBalance[]> {
  const result = await db.execute<{
    ledger_account: LedgerAccount;
    provider: string;
    account_id: string;
    currency: string;
    balance: string;
  }>(sql`
    select ledger_account, provider, account_id, currency, sum(amount_minor)::text as balance
      from ledger_entries where ${balanceWhere(filter)}
     group by ledger_account, provider, account_id, currency
     order by provider, account_id, currency, ledger_account`);
  return result.rows.map((r) => ({
    ledgerAccount: r.ledger_account,
    provider: r.provider,
    accountId: r.account_id,
    currency: r.currency,
    balanceMinor: BigInt(r.balance),
  }));
}

export interface LedgerEntryRow {
  id: bigint;
  groupId: bigint;
  kind: string;
  ledgerAccount: LedgerAccount;
  amountMinor: bigint;
  currency: string;
  provider: string;
  accountId: string;
  transactionId: string;
  providerUid: string | null;
  occurredAt: Date;
  source: string;
}

type RawEntry = {
  id: string;
  group_id: string;
  kind: string;
  ledger_account: LedgerAccount;
  amount_minor: string;
  currency: string;
  provider: string;
  account_id: string;
  transaction_id: string;
  provider_uid: string | null;
  occurred_at: string | Date;
  source: string;
};

const toEntry = (r: RawEntry): LedgerEntryRow => ({
  id: BigInt(r.id),
  groupId: BigInt(r.group_id),
  kind: r.kind,
  ledgerAccount: r.ledger_account,
  amountMinor: BigInt(r.amount_minor),
  currency: r.currency,
  provider: r.provider,
  accountId: r.account_id,
  transactionId: r.transaction_id,
  providerUid: r.provider_uid,
  occurredAt: new Date(r.occurred_at),
  source: r.source,
});

const entryColumns = sql`e.id::text as id, e.group_id::text as group_id, e.kind, e.ledger_account, e.amount_minor::text as amount_minor, e.currency,
  e.provider, e.account_id, e.transaction_id, t.provider_uid, e.occurred_at, g.source`;

export async function transactionLedger(db: Db, transactionId: string): Promise<LedgerEntryRow[]> {
  const result = await db.execute<RawEntry>(sql`
    select ${entryColumns} from ledger_entries e join ledger_groups g on g.id = e.group_id left join transactions t on t.id = e.transaction_id
     where e.transaction_id = ${transactionId} order by e.group_id, e.id`);
  return result.rows.map(toEntry);
}

export interface EntryPeriod {
  from: Date;
  to: Date;
  provider?: string | undefined;
  accountId?: string | undefined;
  currency?: string | undefined;
}

/** Every entry that occurred in [from, to), in keyset batches on (occurred_at, id): memory stays one batch. */
export async function* ledgerEntryBatches(
  db: Db,
  period: EntryPeriod,
  batchSize = 2000,
): AsyncGenerator<LedgerEntryRow[]> {
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const parts: SQL[] = [
      sql`e.occurred_at >= ${period.from.toISOString()}::timestamptz`,
      sql`e.occurred_at < ${period.to.toISOString()}::timestamptz`,
    ];
    if (period.provider) parts.push(sql`e.provider = ${period.provider}`);
    if (period.accountId) parts.push(sql`e.account_id = ${period.accountId}`);
    if (period.currency) parts.push(sql`e.currency = ${period.currency}`);
    if (after) parts.push(sql`(e.occurred_at, e.id) > (${after.at}::timestamptz, ${after.id}::bigint)`);
    const result = await db.execute<RawEntry & { at_text: string }>(sql`
      select ${entryColumns}, e.occurred_at::text as at_text from ledger_entries e join ledger_groups g on g.id = e.group_id
        left join transactions t on t.id = e.transaction_id
       where ${sql.join(parts, sql` and `)} order by e.occurred_at, e.id limit ${batchSize}`);
    if (result.rows.length === 0) return;
    yield result.rows.map(toEntry);
    const last = result.rows[result.rows.length - 1];
    if (!last || result.rows.length < batchSize) return;
    after = { at: last.at_text, id: last.id };
  }
}
