// Serves the built SPA; any other GET that is not an API path gets index.html so client routes survive a reload.
import { existsSync } from "node:fs";
import { join, resolve, sep } from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { precompressDir } from "./precompress.ts";

/** Vite names everything under assets/ by its content hash: a changed file gets a new name, so browsers keep these. */
const IMMUTABLE = "public, max-age=31536000, immutable";
/** index.html names the current hashed files: browsers ask again each time (a 304 when unchanged). */
const REVALIDATE = "no-cache";

/** True when the app is served (and its not-found handler set); false when it is not built. */
export async function spaRoutes(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!existsSync(join(distDir, "index.html"))) {
    app.log.warn({ distDir }, "the web app is not built: run `pnpm build` (pnpm start does it)");
    return false;
  }
  // Until the copies exist the plain files are served; on a restart this only compares modification times.
  void precompressDir(distDir).then(
    (written) => (written ? app.log.info({ written }, "web app files compressed") : undefined),
    (error: unknown) => app.log.warn({ err: error }, "web app files not compressed; served as they are"),
  );
  const assets = join(resolve(distDir), "assets") + sep;
  // wildcard: files are looked up per request, so a rebuilt app is served without a restart.
  await app.register(fastifyStatic, {
    root: distDir,
    wildcard: true,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, path) => reply.header("cache-control", path.startsWith(assets) ? IMMUTABLE : REVALIDATE),
  });
  app.setNotFoundHandler((request, reply) => {
    // API paths and missing build assets get a real 404, never the app's HTML; /webhooks alone is the console's screen.
    const apiPath = /^\/((trpc|healthz|metrics|export|assets)(\/|$)|webhooks\/)/.test(request.url);
    if (request.method === "GET" && !apiPath) return reply.sendFile("index.html");
    return reply.code(404).send({ error: "not found" });
  });
  return true;
}
