// The SPA's fallback (client routes get index.html on a reload, API paths a real 404), its compressed copies and caching.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { precompressDir } from "./precompress.ts";
import { spaRoutes } from "./spa.ts";

const ASSET = "/assets/index-D721lVxm.js";

describe("spa routes", () => {
  const dist = mkdtempSync(join(tmpdir(), "paylens-spa-"));
  const app = Fastify();
  const script = Array.from({ length: 400 }, (_, i) => `export const line${i} = "settlement ${i}";`).join("\n");
  beforeAll(async () => {
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Paylens</title>");
    mkdirSync(join(dist, "assets"));
    writeFileSync(join(dist, ASSET), script);
    expect(await precompressDir(dist)).toBe(2);
    await spaRoutes(app, dist);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("serves the app for client routes, the Webhooks screen included, to be revalidated", async () => {
    for (const url of [
      "/",
      "/webhooks",
      "/webhooks?state=failed&message=12",
      "/transactions/00000000-0000-4000-8000-000000000001",
    ]) {
      const reply = await app.inject({ method: "GET", url, headers: { "accept-encoding": "br, gzip" } });
      expect(reply.statusCode, url).toBe(200);
      expect(reply.body, url).toContain("<title>Paylens</title>");
      expect(reply.headers["cache-control"], url).toBe("no-cache");
    }
  });

  it("answers API paths and missing assets with a real 404", async () => {
    for (const url of ["/webhooks/antom/antom-global", "/trpc/nope", "/healthz/x", "/assets/missing.js"]) {
      const reply = await app.inject({ method: "GET", url });
      expect(reply.statusCode, url).toBe(404);
      expect(reply.json(), url).toEqual({ error: "not found" });
    }
  });

  it("sends hashed assets compressed as the browser accepts, kept for a year", async () => {
    const decoders = { br: brotliDecompressSync, gzip: gunzipSync };
    for (const [accept, decode] of Object.entries(decoders)) {
      const reply = await app.inject({ method: "GET", url: ASSET, headers: { "accept-encoding": accept } });
      expect(reply.statusCode, accept).toBe(200);
      expect(reply.headers["content-encoding"], accept).toBe(accept);
      expect(reply.headers["content-type"], accept).toMatch(/javascript/);
      expect(reply.headers["cache-control"], accept).toBe("public, max-age=31536000, immutable");
      expect(reply.headers.vary, accept).toContain("accept-encoding");
      expect(reply.rawPayload.length, accept).toBeLessThan(script.length / 4);
      expect(decode(reply.rawPayload).toString(), accept).toBe(script);
    }
    const plain = await app.inject({ method: "GET", url: ASSET });
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body).toBe(readFileSync(join(dist, ASSET), "utf8"));
    expect(plain.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  it("compresses each file once, and again only when the file changes", async () => {
    expect(await precompressDir(dist)).toBe(0);
    const changed = `${script}\nexport const more = 1;`;
    writeFileSync(join(dist, ASSET), changed);
    // A rebuild writes a newer file; a set time keeps the test independent of the file system's clock resolution.
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(dist, ASSET), later, later);
    expect(await precompressDir(dist)).toBe(2);
    const reply = await app.inject({ method: "GET", url: ASSET, headers: { "accept-encoding": "br" } });
    expect(brotliDecompressSync(reply.rawPayload).toString()).toBe(changed);
  });
});
