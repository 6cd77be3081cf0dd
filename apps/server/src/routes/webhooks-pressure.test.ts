// A webhook that arrives while applying is behind waits before it is read, and is stored and answered once a message
// has been applied; the wait shows in /metrics. On PGlite (or PostgreSQL when DATABASE_URL is set).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { upsertAccounts } from "@paylens/db/queries/accounts";
import { webhookInbox } from "@paylens/db/schema/ingest";
import { createTestDb } from "@paylens/db/test-db";
import { AccountBook, parseAccounts } from "../accounts.ts";
import { createServer } from "../server.ts";
import { APPLY_LAG_TARGET_MS, ingestPressure } from "../workers/ingest-pressure.ts";

const seed = readFileSync(
  new URL("../../../../packages/providers/src/begateway/fixtures/seed-v3-incomplete.json", import.meta.url),
  "utf8",
);
const accounts = new AccountBook(
  parseAccounts([
    {
      id: "shop-basic",
      provider: "begateway",
      name: "Basic shop",
      baseUrl: "http://127.0.0.1:1",
      credentials: { shopId: "361", secretKey: "s3cret" },
    },
  ]),
);

describe("webhooks while applying is behind", () => {
  let database: Database;
  let server: Awaited<ReturnType<typeof createServer>>;
  // No window ahead of applying: the first webhook while behind already waits.
  const pressure = ingestPressure(0);
  const stored = async () => (await database.db.select({ id: webhookInbox.id }).from(webhookInbox)).length;

  beforeAll(async () => {
    database = await createTestDb();
    await upsertAccounts(
      database.db,
      accounts.all().map(({ account }) => ({ ...account, demo: false })),
    );
    server = await createServer({
      replayWindowMs: 0,
      db: database.db,
      dbKind: database.kind,
      accounts,
      webDist: null,
      logger: false,
      ingest: pressure,
    });
  });
  afterAll(async () => {
    await server.stop();
    await database.close();
  });

  it("holds the webhook unread until a message is applied, then stores and acknowledges it", async () => {
    pressure.claimed(0, Date.now() - 4 * APPLY_LAG_TARGET_MS);
    let answered = false;
    const reply = server.app
      .inject({
        method: "POST",
        url: "/webhooks/begateway/shop-basic",
        payload: seed,
        headers: {
          "content-type": "application/json",
          authorization: `Basic ${Buffer.from("361:s3cret").toString("base64")}`,
        },
      })
      .then((r) => {
        answered = true;
        return r;
      });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(answered).toBe(false);
    expect(pressure.inFlight).toBe(1);
    expect(await stored()).toBe(0);

    pressure.applied(1);
    expect((await reply).statusCode).toBe(200);
    expect(await stored()).toBe(1);
    const metrics = (await server.app.inject({ method: "GET", url: "/metrics" })).body;
    const held = Number(/^paylens_webhook_held_seconds_count (\d+)/m.exec(metrics)?.[1]);
    const heldSum = Number(/^paylens_webhook_held_seconds_sum (\S+)/m.exec(metrics)?.[1]);
    expect(held).toBe(1);
    expect(heldSum).toBeGreaterThanOrEqual(0.14);
    expect(pressure.inFlight).toBe(0);
  });

  it("answers at once when applying keeps up", async () => {
    pressure.claimed(0, null);
    const reply = await server.app.inject({
      method: "POST",
      url: "/webhooks/begateway/shop-basic",
      payload: seed,
      headers: {
        "content-type": "application/json",
        authorization: `Basic ${Buffer.from("361:s3cret").toString("base64")}`,
      },
    });
    expect(reply.statusCode).toBe(200);
    expect(await stored()).toBe(2);
  });
});
