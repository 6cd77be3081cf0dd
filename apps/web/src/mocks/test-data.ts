// Puts fixture rows into the test database with the same queries and tables the server writes.
import { sql } from "drizzle-orm";
import type { Db } from "@paylens/db/client";
import { upsertAccounts } from "@paylens/db/queries/accounts";
import { applyDisputesIn } from "@paylens/db/queries/disputes-apply";
import type { DisputeSnapshot } from "@paylens/domain/dispute";
import { transactionEvents, transactions } from "@paylens/db/schema/transactions";
import type { DetailTransaction, TransactionEvent } from "../routes/transaction/detail-types.ts";
import { MOCK_ACCOUNTS, receivedAs, type MockWebhook } from "./webhook-fixtures.ts";

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

/** Stores fixture inbox messages with their own ids (newest has the highest), as the webhook route and worker leave them. */
export async function insertInbox(db: Db, rows: MockWebhook[]): Promise<void> {
  await upsertAccounts(
    db,
    MOCK_ACCOUNTS.map((a) => ({ ...a, baseUrl: "http://127.0.0.1:1", demo: false })),
  );
  for (const row of rows) {
    const { headers, rawBody } = receivedAs(row);
    await db.execute(sql`
      insert into webhook_inbox (id, provider, account_id, received_at, request_id, remote_address, headers, raw_body,
        signature_verdict, dedup_key, provider_uid, state, error, attempts, applied_at, transaction_id)
      overriding system value
      values (${row.id}, ${row.provider}, ${row.accountId}, ${row.receivedAt.toISOString()}, ${row.requestId},
        '203.0.113.40', ${JSON.stringify(headers)}::jsonb, ${rawBody}, ${row.signatureVerdict}, ${row.dedupKey},
        ${row.providerUid}, ${row.state}, ${row.error}, ${row.attempts}, ${row.appliedAt?.toISOString() ?? null},
        ${row.transactionId})`);
  }
}

/** Disputes as the inbox worker applies them (each one a provider's message), linked to a stored payment by its uid. */
export async function insertDisputes(db: Db, accountId: string, disputes: DisputeSnapshot[]): Promise<void> {
  await db.transaction((tx) =>
    applyDisputesIn(
      tx,
      disputes.map((dispute, i) => ({
        accountId,
        dispute,
        dedupKey: `dispute|${dispute.providerDisputeId}|${dispute.status}|${i}`,
        receivedAt: dispute.updatedAt ?? new Date(),
      })),
    ),
  );
}
