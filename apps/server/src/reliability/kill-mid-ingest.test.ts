// SIGKILL in the middle of a webhook stream: every message the server acknowledged is found stored after a restart,
// and applied. The server runs as its own process on a data dir (PGlite) or the test database (PostgreSQL).
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { spawnServer } from "./server-process.ts";
import { serverStore } from "./server-store.ts";
import { webhookForge, type ForgedWebhook } from "@paylens/providers/test-webhook-forge";

const MESSAGES = 900;
const KILL_AFTER = 250;

async function inboxPending(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^paylens_webhook_inbox_pending (\d+)/m.exec(text)?.[1] ?? Number.NaN);
}

describe("SIGKILL mid-ingest", () => {
  let store: Awaited<ReturnType<typeof serverStore>> | null = null;
  afterAll(() => store?.close());

  it("loses nothing it acknowledged", async () => {
    store = await serverStore("kill");
    const { dir } = store;
    const forge = webhookForge("kill");
    const accountsFile = join(dir, "accounts.json");
    writeFileSync(
      accountsFile,
      JSON.stringify(forge.accounts.map(({ account, credentials }) => ({ ...account, credentials }))),
    );
    const env = { ...store.env, PAYLENS_ACCOUNTS_FILE: accountsFile, PAYLENS_POLL_FIRST_DELAY_MS: "3600000" };
    const messages: ForgedWebhook[] = Array.from({ length: MESSAGES }, (_, i) => forge.nth(i));
    const first = await spawnServer(env);
    const acknowledged = new Set<string>();
    let next = 0;
    let killed: Promise<void> | null = null;
    await Promise.all(
      Array.from({ length: 12 }, async () => {
        while (next < messages.length) {
          const message = messages[next++] as ForgedWebhook;
          try {
            const reply = await fetch(`${first.url}${message.path}`, {
              method: "POST",
              body: message.body,
              headers: message.headers,
            });
            await reply.text();
            if (reply.status === 200) acknowledged.add(message.uid);
          } catch {
            // the server is gone: not acknowledged, the provider would resend
          }
          if (acknowledged.size >= KILL_AFTER && !killed) killed = first.stop("SIGKILL");
        }
      }),
    );
    await killed;
    expect(acknowledged.size).toBeGreaterThanOrEqual(KILL_AFTER);
    expect(acknowledged.size).toBeLessThan(MESSAGES); // it really died mid-stream

    const second = await spawnServer(env);
    await expect.poll(() => inboxPending(second.url), { timeout: 60_000, interval: 300 }).toBe(0);
    await second.stop("SIGTERM");

    await store.read(async (database) => {
      const stored = await database.db.execute<{ uid: string; state: string }>(
        sql`select provider_uid as uid, state from webhook_inbox`,
      );
      const byUid = new Map(stored.rows.map((row) => [row.uid, row.state]));
      const lost = [...acknowledged].filter((uid) => byUid.get(uid) !== "applied");
      expect(lost).toEqual([]);
      const applied = await database.db.execute<{ n: string }>(
        sql`select count(distinct provider_uid) as n from transactions`,
      );
      expect(Number(applied.rows[0]?.n)).toBeGreaterThanOrEqual(acknowledged.size);
    });
  }, 240_000);
});
