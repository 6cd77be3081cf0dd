// Test support for the webhook tests: the real server over a test database with the given accounts, the API as a role
// sees it, the inbox worker's apply step, and a payment's dispute balances in the ledger.
import { sql } from "drizzle-orm";
import { createContextInner } from "@paylens/api/context";
import { appRouter } from "@paylens/api/root";
import { principalFor } from "@paylens/api/test-principals";
import { createCallerFactory } from "@paylens/api/trpc";
import type { Role } from "@paylens/domain/roles";
import { upsertAccounts } from "@paylens/db/queries/accounts";
import { applyPendingInbox } from "@paylens/db/queries/inbox";
import { createTestDb } from "@paylens/db/test-db";
import type { AccountBook } from "../accounts.ts";
import { createServer, type ServerDeps } from "../server.ts";
import { parseStored } from "../workers/apply-inbox.ts";

/** HTTP Basic credentials as a webhook sender puts them in its Authorization header. */
export const basicAuth = (user: string, password: string) =>
  `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

/** `options`: more of the server's dependencies (the ingest pressure, say). */
export async function startWebhookServer(accounts: AccountBook, options: Partial<ServerDeps> = {}) {
  const database = await createTestDb();
  await upsertAccounts(
    database.db,
    accounts.all().map(({ account }) => ({ ...account, demo: false })),
  );
  // Fixture payloads carry old signed times: no replay window.
  const server = await createServer({
    replayWindowMs: 0,
    db: database.db,
    dbKind: database.kind,
    accounts,
    webDist: null,
    logger: false,
    ...options,
  });
  return {
    server,
    database,
    /** The API as a person of this role calls it. */
    caller: (role: Role = "support") =>
      createCallerFactory(appRouter)(
        createContextInner({ db: database.db, dbKind: database.kind, principal: principalFor(role) }),
      ),
    apply: () => applyPendingInbox(database.db, parseStored),
    /** Dispute balances of a payment by ledger account, in minor units. */
    async disputeLedger(transactionId: string): Promise<Record<string, bigint>> {
      const result = await database.db.execute<{ account: string; balance: string }>(sql`
        select ledger_account as account, sum(amount_minor)::text as balance from ledger_entries
         where transaction_id = ${transactionId}::uuid and kind like 'dispute%' group by ledger_account`);
      return Object.fromEntries(result.rows.map((row) => [row.account, BigInt(row.balance)]));
    },
    async close() {
      await server.stop();
      await database.close();
    },
  };
}
