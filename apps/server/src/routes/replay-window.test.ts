// Signed long ago: an Antom notification whose request-time and a Pockyt IPN whose time lie outside the replay
// window are acknowledged as usual (so the provider stops resending), stored as too_old with why, and never applied.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { upsertAccounts } from "@paylens/db/queries/accounts";
import { createTestDb, type TestDatabase } from "@paylens/db/test-db";
import { AccountBook } from "../accounts.ts";
import { webhookForge } from "@paylens/providers/test-webhook-forge";
import { createServer } from "../server.ts";
import { startInboxWorker } from "../workers/apply-inbox.ts";

describe("the replay window on signed webhook times", () => {
  const forge = webhookForge("replay");
  let database: TestDatabase;
  let server: Awaited<ReturnType<typeof createServer>>;
  beforeAll(async () => {
    database = await createTestDb();
    await upsertAccounts(
      database.db,
      forge.accounts.map(({ account }) => ({ ...account, demo: false })),
    );
    server = await createServer({
      db: database.db,
      dbKind: database.kind,
      accounts: new AccountBook(forge.accounts),
      webDist: null,
      logger: false,
      replayWindowMs: 3_600_000,
    });
  });
  afterAll(async () => {
    await server.stop();
    await database.close();
  });

  const send = (webhook: ReturnType<typeof forge.antom>) =>
    server.app.inject({ method: "POST", url: webhook.path, payload: webhook.body, headers: webhook.headers });

  it("stores an old Antom request-time and an old Pockyt IPN time as too_old, applies the fresh ones", async () => {
    // Signed two hours ago, an hour past the window.
    const old = new Date(Date.now() - 2 * 3_600_000);
    const replies = [
      await send(forge.antom("old-antom", {}, old)),
      await send(forge.pockyt("old-pockyt", {}, old)),
      await send(forge.antom("new-antom")),
      await send(forge.pockyt("new-pockyt")),
    ];
    expect(replies.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect(replies[1]?.body).toBe("success");
    const log = { error: () => undefined, warn: () => undefined, info: () => undefined } as never;
    const worker = startInboxWorker(database.db, log, {
      firstDelayMs: 3_600_000,
      maxDelayMs: 3_600_000,
      maxAttempts: 1,
    });
    worker.wake();
    await worker.idle();
    await worker.stop();
    const inbox = await database.db.execute<{ uid: string; state: string; error: string | null }>(
      sql`select provider_uid as uid, state, error from webhook_inbox order by id`,
    );
    expect(inbox.rows.map((r) => [r.uid, r.state])).toEqual([
      ["old-antom", "too_old"],
      ["old-pockyt", "too_old"],
      ["new-antom", "applied"],
      ["new-pockyt", "applied"],
    ]);
    expect(inbox.rows[0]?.error).toBe("signed 2 h before it arrived, outside the 1 h replay window: not applied");
    const uids = await database.db.execute<{ uid: string }>(
      sql`select provider_uid as uid from transactions order by provider_uid`,
    );
    expect(uids.rows.map((r) => r.uid)).toEqual(["new-antom", "new-pockyt"]);
  });
});
