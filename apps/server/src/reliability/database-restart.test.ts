// The database crashes and restarts under webhook load: the server survives it, answers what it could not store with
// an error (so the provider sends it again), and every message it acknowledged is stored and applied afterwards.
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase } from "@paylens/db/client";
import { testDatabaseUrl } from "@paylens/db/test-db";
import { privatePostgresUnavailable, startPrivatePostgres } from "./private-postgres.ts";
import { spawnServer } from "./server-process.ts";
import { webhookForge, type ForgedWebhook } from "@paylens/providers/test-webhook-forge";

// The server runs on a PostgreSQL of the test's own whichever engine the suite uses: the PostgreSQL pass runs it, the
// PGlite pass would only repeat it.
const unavailable =
  privatePostgresUnavailable() ?? (testDatabaseUrl() ? null : "a PostgreSQL test: runs when DATABASE_URL is set");

describe.skipIf(unavailable !== null)(
  `database restart under load${unavailable ? ` (skipped: ${unavailable})` : ""}`,
  () => {
    const dir = mkdtempSync(join(tmpdir(), "paylens-restart-"));
    let pg: ReturnType<typeof startPrivatePostgres> | null = null;
    let stopServer: () => Promise<void> = async () => undefined;
    afterAll(async () => {
      await stopServer(); // a failed assertion must not leave the server running
      pg?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    it("loses nothing it acknowledged and recovers by itself", async () => {
      pg = startPrivatePostgres(55_000 + (process.pid % 1000));
      const forge = webhookForge("restart");
      const accountsFile = join(dir, "accounts.json");
      writeFileSync(
        accountsFile,
        JSON.stringify(forge.accounts.map(({ account, credentials }) => ({ ...account, credentials }))),
      );
      const server = await spawnServer({
        DATABASE_URL: pg.url,
        PAYLENS_DATA_DIR: dir,
        PAYLENS_ACCOUNTS_FILE: accountsFile,
        PAYLENS_POLL_FIRST_DELAY_MS: "3600000",
      });
      stopServer = () => server.stop("SIGKILL");
      const acknowledged = new Set<string>();
      const refused: number[] = [];
      let next = 0;
      let restarted = false;
      const messages: ForgedWebhook[] = Array.from({ length: 1500 }, (_, i) => forge.nth(i));
      await Promise.all(
        Array.from({ length: 8 }, async () => {
          while (next < messages.length) {
            const message = messages[next++] as ForgedWebhook;
            const reply = await fetch(`${server.url}${message.path}`, {
              method: "POST",
              body: message.body,
              headers: message.headers,
            }).catch(() => null);
            if (reply?.status === 200) acknowledged.add(message.uid);
            else refused.push(reply?.status ?? 0);
            await reply?.arrayBuffer();
            if (!restarted && acknowledged.size >= 300) {
              restarted = true;
              pg?.restart();
            }
          }
        }),
      );
      expect(restarted).toBe(true);
      if (!/running at/.test(server.output()) || (await fetch(`${server.url}/healthz`).catch(() => null)) === null)
        throw new Error(`the server died:\n${server.output().slice(-4000)}`);
      // The server is still up and healthy, and took messages again after the restart.
      await expect.poll(async () => (await fetch(`${server.url}/healthz`)).status, { timeout: 30_000 }).toBe(200);
      expect(acknowledged.size).toBeGreaterThan(300);
      const pending = async () =>
        /^paylens_webhook_inbox_pending (\d+)$/m.exec(await (await fetch(`${server.url}/metrics`)).text())?.[1];
      await expect
        .poll(pending, { timeout: 90_000, interval: 500 })
        .toBe("0")
        .catch((error: unknown) => {
          throw new Error(`inbox not applied: ${String(error)}\n${server.output().slice(-3000)}`);
        });
      await server.stop("SIGTERM");
      expect(refused.every((status) => status === 0 || status >= 500)).toBe(true);

      const database = await openDatabase({ kind: "postgres", url: pg.url });
      try {
        const rows = await database.db.execute<{ uid: string; state: string }>(
          sql`select provider_uid as uid, state from webhook_inbox`,
        );
        const state = new Map(rows.rows.map((row) => [row.uid, row.state]));
        expect([...acknowledged].filter((uid) => state.get(uid) !== "applied")).toEqual([]);
      } finally {
        await database.close();
      }
    }, 240_000);
  },
);
