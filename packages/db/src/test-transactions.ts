// Test support: transactions with sensible defaults, so a test states only the fields it is about.
import { sql } from "drizzle-orm";
import { PROVIDER_IDS, providerName } from "@paylens/providers/catalog";
import type { Db } from "./client.ts";
import { upsertAccounts } from "./queries/accounts.ts";
import { transactions } from "./schema/transactions.ts";

export type TestTransaction = Partial<typeof transactions.$inferInsert> & { providerUid: string };

/** One account per registered provider, `test-<provider>`. */
export const TEST_ACCOUNTS = PROVIDER_IDS.map((provider) => ({
  id: `test-${provider}`,
  provider,
  name: `${providerName(provider)} test`,
  baseUrl: "http://127.0.0.1:1",
  demo: false,
}));

const FIRST_PROVIDER = PROVIDER_IDS[0];

/** Inserts the rows (the registry's first provider unless a row names one) and returns their ids in order. */
export async function insertTestTransactions(db: Db, rows: TestTransaction[]): Promise<string[]> {
  await upsertAccounts(db, TEST_ACCOUNTS);
  const ids: string[] = [];
  for (const row of rows) {
    const provider = row.provider ?? FIRST_PROVIDER;
    if (!provider) throw new Error("no provider registered");
    const inserted = await db
      .insert(transactions)
      .values({
        accountId: `test-${provider}`,
        provider,
        type: "payment",
        status: "successful",
        amountMinor: 1000n,
        currency: "EUR",
        createdAt: new Date("2026-11-01T12:00:00Z"),
        ...row,
      })
      .returning({ id: transactions.id });
    const id = inserted[0]?.id;
    if (!id) throw new Error(`not inserted: ${row.providerUid}`);
    ids.push(id);
  }
  await db.execute(sql`analyze transactions`);
  return ids;
}
