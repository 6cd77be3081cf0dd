// Puts fixture rows into the test database with the same queries and tables the server writes.
import type { Db } from "@paylens/db/client";
import { upsertAccounts } from "@paylens/db/queries/accounts";
import { transactionEvents, transactions } from "@paylens/db/schema/transactions";
import type { DetailTransaction, TransactionEvent } from "../routes/transaction/detail-types.ts";

/** Creates the rows' provider accounts as needed, then the rows (ids as given). */
export async function insertTransactions(db: Db, rows: DetailTransaction[]): Promise<void> {
  if (rows.length === 0) return;
  const accounts = new Map(rows.map((t) => [t.accountId, t.provider]));
  await upsertAccounts(
    db,
    [...accounts].map(([id, provider]) => ({ id, provider, name: id, baseUrl: "http://127.0.0.1:1", demo: false })),
  );
  for (let i = 0; i < rows.length; i += 200) await db.insert(transactions).values(rows.slice(i, i + 200));
}

/** Timeline events, numbered by the database. */
export async function insertEvents(db: Db, events: TransactionEvent[]): Promise<void> {
  if (events.length > 0) await db.insert(transactionEvents).values(events.map(({ id: _id, ...event }) => event));
}
