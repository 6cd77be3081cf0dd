// The SPA's fallback: client routes get index.html on a reload, API paths a real 404.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Fastify from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spaRoutes } from "./spa.ts";

describe("spa routes", () => {
  const dist = mkdtempSync(join(tmpdir(), "paylens-spa-"));
  const app = Fastify();
  beforeAll(async () => {
    writeFileSync(join(dist, "index.html"), "<!doctype html><title>Paylens</title>");
    await spaRoutes(app, dist);
  });
  afterAll(async () => {
    await app.close();
    rmSync(dist, { recursive: true, force: true });
  });

  it("serves the app for client routes, the Webhooks screen included", async () => {
    for (const url of [
      "/webhooks",
      "/webhooks?state=failed&message=12",
      "/transactions/00000000-0000-4000-8000-000000000001",
    ]) {
      const reply = await app.inject({ method: "GET", url });
      expect(reply.statusCode, url).toBe(200);
      expect(reply.body, url).toContain("<title>Paylens</title>");
    }
  });

  it("answers API paths and missing assets with a real 404", async () => {
    for (const url of ["/webhooks/antom/antom-global", "/trpc/nope", "/healthz/x", "/assets/missing.js"]) {
      const reply = await app.inject({ method: "GET", url });
      expect(reply.statusCode, url).toBe(404);
      expect(reply.json(), url).toEqual({ error: "not found" });
    }
  });
});
