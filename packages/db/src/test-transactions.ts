// Test support: transactions with sensible defaults, so a test states only the fields it is about.
import { sql } from "drizzle-orm";
import type { Db } from "./client.ts";
import { upsertAccounts } from "./queries/accounts.ts";
import { transactions } from "./schema/transactions.ts";

export type TestTransaction = Partial<typeof transactions.$inferInsert> & { providerUid: string };

export const TEST_ACCOUNTS = [
  { id: "test-begateway", provider: "begateway", name: "beGateway test", baseUrl: "http://127.0.0.1:1", demo: false },
  { id: "test-antom", provider: "antom", name: "Antom test", baseUrl: "http://127.0.0.1:1", demo: false },
  { id: "test-pockyt", provider: "pockyt", name: "Pockyt test", baseUrl: "http://127.0.0.1:1", demo: false },
];

/** Inserts the rows (accounts test-<provider> created as needed) and returns their ids in order. */
export async function insertTestTransactions(db: Db, rows: TestTransaction[]): Promise<string[]> {
  await upsertAccounts(db, TEST_ACCOUNTS);
  const ids: string[] = [];
  for (const row of rows) {
    const provider = row.provider ?? "begateway";
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
