// tRPC answers are compressed for browsers that accept it; everything outside /trpc is sent as it is.
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { createApiToken } from "@paylens/db/queries/access";
import { createTestDb } from "@paylens/db/test-db";
import { AccountBook } from "../accounts.ts";
import { createServer } from "../server.ts";

describe("compressed API answers", () => {
  let database: Database;
  let server: Awaited<ReturnType<typeof createServer>>;
  let token = "";
  const get = (url: string, encoding?: string) =>
    server.app.inject({
      method: "GET",
      url,
      headers: { authorization: `Bearer ${token}`, ...(encoding ? { "accept-encoding": encoding } : {}) },
    });

  beforeAll(async () => {
    database = await createTestDb();
    server = await createServer({
      db: database.db,
      dbKind: database.kind,
      accounts: new AccountBook([]),
      webDist: null,
      logger: false,
    });
    token = (await createApiToken(database.db, { name: "compression test", role: "support", createdBy: null })).token;
  });
  afterAll(async () => {
    await server.stop();
    await database.close();
  });

  it("sends a large tRPC answer brotli- or gzip-compressed, the same JSON once decoded", async () => {
    const plain = await get("/trpc/codes.list");
    expect(plain.statusCode).toBe(200);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.length).toBeGreaterThan(10_000);
    for (const [encoding, decode] of [
      ["br", brotliDecompressSync],
      ["gzip", gunzipSync],
    ] as const) {
      const reply = await get("/trpc/codes.list", encoding);
      expect(reply.statusCode, encoding).toBe(200);
      expect(reply.headers["content-encoding"], encoding).toBe(encoding);
      expect(reply.rawPayload.length, encoding).toBeLessThan(plain.body.length / 3);
      expect(JSON.parse(decode(reply.rawPayload).toString()), encoding).toEqual(plain.json());
    }
  });

  it("leaves routes outside /trpc (health, webhooks' acknowledgements, unknown paths) uncompressed", async () => {
    const unknown = await get("/webhooks/begateway/no-such-account", "br, gzip");
    expect(unknown.statusCode).toBe(404);
    expect(unknown.headers["content-encoding"]).toBeUndefined();
    const health = await get("/healthz", "br, gzip");
    expect(health.headers["content-encoding"]).toBeUndefined();
    expect(health.json()).toMatchObject({ ok: true });
  });
});
