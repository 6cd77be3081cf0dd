// Two Paylens instances on one database under a webhook storm: every message of all three providers sent five times,
// shuffled, half to each instance. Every acknowledged message is stored, each state applied exactly once, and the
// final state is the one the ordered stream gives. On PostgreSQL the instances have their own pools, as two servers would.
import { sql } from "drizzle-orm";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@paylens/db/client";
import { upsertAccounts } from "@paylens/db/queries/accounts";
import { createTestDb, type TestDatabase } from "@paylens/db/test-db";
import { AccountBook } from "../accounts.ts";
import { createServer } from "../server.ts";
import { startInboxWorker } from "../workers/apply-inbox.ts";
import type { Loop } from "../workers/loop.ts";
import { webhookForge, type ForgedWebhook } from "@paylens/providers/test-webhook-forge";

const TRANSACTIONS = 150; // 50 per provider; beGateway ones in two states
const COPIES = 5;

function shuffled<T>(items: T[], seed: number): T[] {
  const out = [...items];
  let state = seed;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe("two instances under a webhook storm", () => {
  let primary: TestDatabase;
  let second: Database | null = null;
  const servers: Awaited<ReturnType<typeof createServer>>[] = [];
  const workers: Loop[] = [];
  const forge = webhookForge("storm");
  const log = pino({ level: "silent" });
  const policy = { firstDelayMs: 3_600_000, maxDelayMs: 3_600_000, maxAttempts: 1 };

  beforeAll(async () => {
    primary = await createTestDb();
    second = primary.url ? await openDatabase({ kind: "postgres", url: primary.url, poolSize: 5 }) : null;
    await upsertAccounts(
      primary.db,
      forge.accounts.map(({ account }) => ({ ...account, demo: false })),
    );
    for (const db of [primary.db, second?.db ?? primary.db]) {
      servers.push(
        await createServer({
          db,
          dbKind: primary.kind,
          accounts: new AccountBook(forge.accounts),
          webDist: null,
          logger: false,
        }),
      );
      workers.push(startInboxWorker(db, log, policy));
    }
  }, 60_000);
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.stop()));
    await Promise.all(servers.map((s) => s.stop()));
    await second?.close();
    await primary.close();
  });

  const count = async (query: ReturnType<typeof sql>) =>
    Number((await primary.db.execute<{ n: string }>(query)).rows[0]?.n);

  it("applies each state exactly once and ends where the ordered stream ends", async () => {
    const ordered: ForgedWebhook[] = [];
    for (let i = 0; i < TRANSACTIONS; i++) {
      const uid = `storm-${i}`;
      if (i % 3 === 0) ordered.push(forge.begateway(uid, "incomplete"), forge.begateway(uid, "successful"));
      else ordered.push(i % 3 === 1 ? forge.antom(uid) : forge.pockyt(uid));
    }
    const storm = shuffled(
      ordered.flatMap((m) => Array.from({ length: COPIES }, () => m)),
      42,
    );
    let next = 0;
    const acknowledged: number[] = [];
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < storm.length) {
          const index = next++;
          const message = storm[index] as ForgedWebhook;
          const server = servers[index % servers.length];
          const reply = await server?.app.inject({
            method: "POST",
            url: message.path,
            payload: message.body,
            headers: message.headers,
          });
          if (reply && reply.statusCode === 200) acknowledged.push(index);
        }
      }),
    );
    expect(acknowledged).toHaveLength(storm.length);
    workers.forEach((w) => w.wake());
    await expect
      .poll(() => count(sql`select count(*) as n from webhook_inbox where state = 'pending'`), {
        timeout: 60_000,
        interval: 200,
      })
      .toBe(0);

    expect(await count(sql`select count(*) as n from webhook_inbox`)).toBe(storm.length);
    const failures = await primary.db.execute<{ error: string }>(
      sql`select error from webhook_inbox where state = 'failed' limit 3`,
    );
    expect(failures.rows.map((r) => r.error)).toEqual([]);
    // Each distinct message (state) applied once, every copy beyond it a duplicate or an older state ignored.
    expect(await count(sql`select count(*) as n from webhook_inbox where state = 'applied'`)).toBeLessThanOrEqual(
      ordered.length,
    );
    expect(
      await count(
        sql`select count(*) as n from (select account_id, dedup_key from webhook_inbox where state = 'applied' group by 1, 2 having count(*) > 1) twice`,
      ),
    ).toBe(0);
    expect(await count(sql`select count(*) as n from transactions`)).toBe(TRANSACTIONS);
    // The ordered stream's final state: every transaction successful, whatever order the storm brought.
    expect(await count(sql`select count(*) as n from transactions where status <> 'successful'`)).toBe(0);
    expect(await count(sql`select count(*) as n from money_movements`)).toBe(TRANSACTIONS);
  }, 120_000);
});
