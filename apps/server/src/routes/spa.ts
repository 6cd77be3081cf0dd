// Serves the built SPA; any other GET that is not an API path gets index.html so client routes survive a reload.
import { existsSync } from "node:fs";
import { join } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";

/** True when the app is served (and its not-found handler set); false when it is not built. */
export async function spaRoutes(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!existsSync(join(distDir, "index.html"))) {
    app.log.warn({ distDir }, "the web app is not built: run `pnpm build` (pnpm start does it)");
    return false;
  }
  // wildcard: files are looked up per request, so a rebuilt app is served without a restart.
  await app.register(fastifyStatic, { root: distDir, wildcard: true });
  app.setNotFoundHandler((request, reply) => {
    // API paths and missing build assets get a real 404, never the app's HTML; /webhooks alone is the console's screen.
    const apiPath = /^\/((trpc|healthz|metrics|export|assets)(\/|$)|webhooks\/)/.test(request.url);
    if (request.method === "GET" && !apiPath) return reply.sendFile("index.html");
    return reply.code(404).send({ error: "not found" });
  });
  return true;
}
