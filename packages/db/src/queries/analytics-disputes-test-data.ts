// Test rows for the dispute rate: card payments, captures and disputes on given days, straight into the tables.
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";

export async function addAccount(db: Db, id: string, provider: string): Promise<void> {
  await db.execute(
    sql`insert into provider_accounts (id, provider, name, base_url) values (${id}, ${provider}, ${id}, 'http://x')`,
  );
}

/** `count` transactions of `type` on `day`, uids `${prefix}-1…n`, each captured from its parent `${parent}-i` if given. */
export async function addTransactions(
  db: Db,
  row: {
    account: string;
    provider: string;
    prefix: string;
    count: number;
    day: string;
    type: string;
    status?: string;
    method?: string | null;
    parent?: string;
    bin?: string;
    issuer?: string;
  },
): Promise<void> {
  await db.execute(sql`
    insert into transactions (account_id, provider, provider_uid, parent_id, type, status, amount_minor, currency, method_type,
      card_bin, issuer_name, created_at)
    select ${row.account}, ${row.provider}, ${row.prefix} || '-' || i,
      ${row.parent ? sql`(select id from transactions where account_id = ${row.account} and provider_uid = ${row.parent} || '-' || i)` : sql`null`},
      ${row.type}, ${row.status ?? "successful"}, 1000, 'EUR', ${row.method === undefined ? "credit_card" : row.method},
      ${row.bin ?? null}, ${row.issuer ?? null}, ${row.day}::timestamptz + i * interval '1 second'
    from generate_series(1, ${row.count}) i`);
}

export async function addDisputes(
  db: Db,
  row: {
    account: string;
    provider: string;
    prefix: string;
    count: number;
    day: string;
    category?: string;
    status?: string;
    /** Links dispute i to the payment `${on}-i` of the account. */
    on?: string;
  },
): Promise<void> {
  await db.execute(sql`
    insert into disputes (provider, account_id, provider_dispute_id, payment_provider_uid, transaction_id, stage, status,
      reason_category, amount_minor, currency, opened_at, raw)
    select ${row.provider}, ${row.account}, ${row.prefix} || '-' || i, 'pay-' || i,
      ${row.on ? sql`(select id from transactions where account_id = ${row.account} and provider_uid = ${row.on} || '-' || i)` : sql`null`},
      'chargeback',
      ${row.status ?? "needs_response"}, ${row.category ?? "fraud"}, 1000, 'EUR', ${row.day}::timestamptz + i * interval '1 second', '{}'::jsonb
    from generate_series(1, ${row.count}) i`);
}
