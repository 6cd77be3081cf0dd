import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { providerAccounts } from "../schema/transactions.ts";

export interface AccountRow {
  id: string;
  provider: string;
  name: string;
  baseUrl: string;
  demo: boolean;
}

/** Accounts come from the accounts file (or demo mode); the table mirrors them so rows can reference them. */
export async function upsertAccounts(db: Db, accounts: AccountRow[]): Promise<void> {
  if (accounts.length === 0) return;
  await db
    .insert(providerAccounts)
    .values(accounts)
    .onConflictDoUpdate({
      target: providerAccounts.id,
      set: {
        provider: sql`excluded.provider`,
        name: sql`excluded.name`,
        baseUrl: sql`excluded.base_url`,
        demo: sql`excluded.demo`,
      },
    });
}

export async function listAccounts(db: Db): Promise<AccountRow[]> {
  return db
    .select({
      id: providerAccounts.id,
      provider: providerAccounts.provider,
      name: providerAccounts.name,
      baseUrl: providerAccounts.baseUrl,
      demo: providerAccounts.demo,
    })
    .from(providerAccounts)
    .orderBy(providerAccounts.id);
}
