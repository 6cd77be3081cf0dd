// Webhook -> inbox -> transaction -> tRPC, on PGlite (or PostgreSQL when DATABASE_URL is set).
import { generateKeyPairSync, sign } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCallerFactory } from "@paylens/api/trpc";
import { appRouter } from "@paylens/api/root";
import { principalFor } from "@paylens/api/test-principals";
import { createContextInner } from "@paylens/api/context";
import type { Database } from "@paylens/db/client";
import { applyPendingInbox } from "@paylens/db/queries/inbox";
import { upsertAccounts } from "@paylens/db/queries/accounts";
import { createTestDb } from "@paylens/db/test-db";
import { connectorFor } from "@paylens/providers/connectors";
import { AccountBook, parseAccounts } from "../accounts.ts";
import { createServer } from "../server.ts";
import { basicShop } from "@paylens/providers/begateway/test-shop";
import { basicAuth } from "./test-webhook-server.ts";

const seed = readFileSync(
  new URL("../../../../packages/providers/src/begateway/fixtures/seed-v3-incomplete.json", import.meta.url),
  "utf8",
);
const keys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const publicKeyBase64 = keys.publicKey.export({ type: "spki", format: "der" }).toString("base64");

const accounts = new AccountBook(
  parseAccounts([
    basicShop,
    {
      id: "shop-signed",
      provider: "begateway",
      name: "Signed shop",
      baseUrl: "http://127.0.0.1:1",
      credentials: { shopId: "362", secretKey: "other", webhookPublicKey: publicKeyBase64 },
    },
  ]),
);

function parse(message: { provider: string; rawBody: string; headers: Record<string, string> }) {
  const connector = connectorFor(message.provider);
  if (!connector) throw new Error("no connector");
  return connector.parseWebhook(message.rawBody, message.headers);
}

describe("beGateway webhooks end to end", () => {
  let database: Database;
  let server: Awaited<ReturnType<typeof createServer>>;
  const caller = () =>
    createCallerFactory(appRouter)(
      createContextInner({ db: database.db, dbKind: database.kind, principal: principalFor("support") }),
    );
  const post = (account: string, body: string, headers: Record<string, string>) =>
    server.app.inject({
      method: "POST",
      url: `/webhooks/begateway/${account}`,
      payload: body,
      headers: { "content-type": "application/json", ...headers },
    });

  beforeAll(async () => {
    database = await createTestDb();
    await upsertAccounts(
      database.db,
      accounts.all().map(({ account }) => ({ ...account, demo: false })),
    );
    server = await createServer({
      replayWindowMs: 0, // the seed payloads were signed years ago
      db: database.db,
      dbKind: database.kind,
      accounts,
      webDist: null,
      logger: false,
    });
  });
  afterAll(async () => {
    await server.stop();
    await database.close();
  });

  it("answers /healthz with the database kind", async () => {
    const reply = await server.app.inject({ method: "GET", url: "/healthz" });
    expect(reply.json()).toEqual({ ok: true, db: database.kind });
  });

  it("refuses wrong credentials with 401 and applies nothing", async () => {
    const reply = await post("shop-basic", seed, { authorization: basicAuth("361", "wrong") });
    expect(reply.statusCode).toBe(401);
    expect(await applyPendingInbox(database.db, parse)).toEqual({ applied: 0, duplicate: 0, failed: 0 });
    expect((await caller().transactions.list({})).items).toHaveLength(0);
  });

  it("answers 400 to a malformed body and 404 to an unknown account", async () => {
    expect((await post("shop-basic", "{", { authorization: basicAuth("361", "s3cret") })).statusCode).toBe(400);
    expect((await post("nobody", seed, { authorization: basicAuth("361", "s3cret") })).statusCode).toBe(404);
    expect(
      (await server.app.inject({ method: "POST", url: "/webhooks/unknown/shop-basic", payload: seed })).statusCode,
    ).toBe(404);
  });

  it("creates the seed's transaction once from five deliveries, the rest recorded as duplicates", async () => {
    for (let i = 0; i < 5; i++) {
      const reply = await post("shop-basic", seed, { authorization: basicAuth("361", "s3cret") });
      expect(reply.statusCode).toBe(200);
    }
    const counts = await applyPendingInbox(database.db, parse);
    expect(counts).toEqual({ applied: 1, duplicate: 4, failed: 0 });

    const page = await caller().transactions.list({});
    expect(page.items).toHaveLength(1);
    const row = page.items[0]!;
    expect(row).toMatchObject({
      providerUid: "46154-aba1cf5e57",
      code: "P.9998",
      status: "incomplete",
      cardBrand: "visa",
      cardBin: "420000",
      cardLast4: "0000",
      issuerCountry: "LT",
      amountMinor: 100n,
      currency: "USD",
    });

    const full = await caller().transactions.byId({ id: row.id });
    const applied = full.events.filter((event) => event.transition !== "duplicate");
    const duplicates = full.events.filter((event) => event.transition === "duplicate");
    expect(applied).toHaveLength(1);
    expect(applied[0]).toMatchObject({ kind: "webhook", transition: "create", statusTo: "incomplete" });
    expect(duplicates).toHaveLength(4);
    expect(applied[0]?.lagMs).toBeGreaterThan(0);
    expect(full.transaction.friendlyMessage).toBe("Incomplete transaction");
  });

  it("verifies Content-Signature with the shop's public key when one is configured", async () => {
    const body = seed.replace("46154-aba1cf5e57", "46154-signed0001");
    const signature = sign("sha256", Buffer.from(body), keys.privateKey).toString("base64");
    expect((await post("shop-signed", body, { "content-signature": signature })).statusCode).toBe(200);
    const tampered = body.replace('"amount": 100', '"amount": 101');
    expect((await post("shop-signed", tampered, { "content-signature": signature })).statusCode).toBe(401);
    expect(await applyPendingInbox(database.db, parse)).toEqual({ applied: 1, duplicate: 0, failed: 0 });
  });

  it("never moves a final transaction back to pending when deliveries arrive out of order", async () => {
    const final = JSON.parse(seed) as Record<string, unknown>;
    Object.assign(final, {
      uid: "46154-ooo",
      status: "successful",
      code: "S.0000",
      updated_at: "2022-09-15T08:45:00.000Z",
    });
    const early = JSON.parse(seed) as Record<string, unknown>;
    Object.assign(early, { uid: "46154-ooo" });
    await post("shop-basic", JSON.stringify(final), { authorization: basicAuth("361", "s3cret") });
    await post("shop-basic", JSON.stringify(early), { authorization: basicAuth("361", "s3cret") });
    await applyPendingInbox(database.db, parse);
    const page = await caller().transactions.list({ status: ["successful"] });
    const row = page.items.find((item) => item.providerUid === "46154-ooo");
    expect(row?.status).toBe("successful");
    const full = await caller().transactions.byId({ id: row!.id });
    expect(full.events.map((event) => event.transition)).toEqual(["create", "stale"]);
  });
});
