// A webhook that arrives while applying is behind waits before it is read, and is stored and answered once a message
// has been applied; the wait shows in /metrics. On PGlite (or PostgreSQL when DATABASE_URL is set).
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { webhookInbox } from "@paylens/db/schema/ingest";
import { AccountBook, parseAccounts } from "../accounts.ts";
import { APPLY_LAG_TARGET_MS, ingestPressure } from "../workers/ingest-pressure.ts";
import { basicShop } from "@paylens/providers/begateway/test-shop";
import { basicAuth, startWebhookServer } from "./test-webhook-server.ts";

const seed = readFileSync(
  new URL("../../../../packages/providers/src/begateway/fixtures/seed-v3-incomplete.json", import.meta.url),
  "utf8",
);
const accounts = new AccountBook(parseAccounts([basicShop]));

describe("webhooks while applying is behind", () => {
  let h: Awaited<ReturnType<typeof startWebhookServer>>;
  // No window ahead of applying: the first webhook while behind already waits.
  const pressure = ingestPressure(0);
  const stored = async () => (await h.database.db.select({ id: webhookInbox.id }).from(webhookInbox)).length;
  const post = () =>
    h.server.app.inject({
      method: "POST",
      url: "/webhooks/begateway/shop-basic",
      payload: seed,
      headers: {
        "content-type": "application/json",
        authorization: basicAuth(basicShop.credentials.shopId, basicShop.credentials.secretKey),
      },
    });

  beforeAll(async () => {
    h = await startWebhookServer(accounts, { ingest: pressure });
  });
  afterAll(() => h.close());

  it("holds the webhook unread until a message is applied, then stores and acknowledges it", async () => {
    pressure.claimed(0, Date.now() - 4 * APPLY_LAG_TARGET_MS);
    let answered = false;
    const reply = post().then((r) => {
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
    const metrics = (await h.server.app.inject({ method: "GET", url: "/metrics" })).body;
    expect(Number(/^paylens_webhook_held_seconds_count (\d+)/m.exec(metrics)?.[1])).toBe(1);
    expect(Number(/^paylens_webhook_held_seconds_sum (\S+)/m.exec(metrics)?.[1])).toBeGreaterThanOrEqual(0.14);
    expect(pressure.inFlight).toBe(0);
  });

  it("answers at once when applying keeps up", async () => {
    pressure.claimed(0, null);
    expect((await post()).statusCode).toBe(200);
    expect(await stored()).toBe(2);
  });
});
