// createServer(deps) -> { app, start, stop }: HTTP only. main.ts wires the database, workers and demo around it.
import { randomUUID } from "node:crypto";
import fastifyCompress from "@fastify/compress";
import fastifyCookie from "@fastify/cookie";
import Fastify, { type FastifyBaseLogger } from "fastify";
import helmet from "helmet";
import { fastifyTRPCPlugin, type FastifyTRPCPluginOptions } from "@trpc/server/adapters/fastify";
import { createContextInner, DEFAULT_WEBHOOK_SLO_MS, type IncidentControl } from "@paylens/api/context";
import { appRouter, type AppRouter } from "@paylens/api/root";
import type { Db, DbKind } from "@paylens/db/client";
import { ping } from "@paylens/db/queries/health";
import type { AccountBook } from "./accounts.ts";
import { authenticate, crossOrigin } from "./auth/request-principal.ts";
import { callRecorder, providerAccess } from "./provider-context.ts";
import { errorAnswers, notFoundAnswer } from "./routes/error-answers.ts";
import { exportRoutes } from "./routes/export.ts";
import { financeExportRoutes } from "./routes/finance-export.ts";
import { createMetrics } from "./routes/metrics.ts";
import { RequestLog } from "./routes/request-log.ts";
import { spaRoutes } from "./routes/spa.ts";
import { webhookRoutes } from "./routes/webhooks.ts";
import type { IngestPressure } from "./workers/ingest-pressure.ts";
import type { RecentlyParsed } from "./workers/recently-parsed.ts";
import type { Language } from "@paylens/domain/languages";
import { sendTestNotice } from "./alert-delivery/send-notice.ts";

export interface ServerDeps {
  db: Db;
  dbKind: DbKind;
  accounts: AccountBook;
  webDist: string | null;
  /** A pino logger (JSON lines), or false for silence in tests. */
  logger: FastifyBaseLogger | false;
  onWebhookStored?: () => void;
  /** Counts webhooks in flight, for the inbox worker to give way to. */
  ingest?: IngestPressure;
  /** What the webhook route parsed, handed to this process's inbox worker. */
  recentlyParsed?: RecentlyParsed;
  /** Webhooks slower than this are late (analytics, alerts, /metrics). */
  webhookSloMs?: number;
  /** Demo mode's sandbox incident switches; absent otherwise. */
  incidents?: IncidentControl | null;
  /** Signed webhook times further than this from arrival are stored as too_old, not applied (0: no check). */
  replayWindowMs?: number;
  /** Session cookies only over HTTPS (set when the public URL is https). */
  secureCookies?: boolean;
  /** Unexpected errors carry their message and stack in answers (PAYLENS_DEBUG_ERRORS): for a developer's machine only. */
  debugErrors?: boolean;
  /** The console's address, for the links in alert notices (a channel's test). */
  consoleUrl?: string;
  /** The language alert messages to people are written in (PAYLENS_ALERT_LANGUAGE). */
  alertLanguage?: Language;
}

export async function createServer(deps: ServerDeps) {
  const app = Fastify({
    ...(deps.logger ? { loggerInstance: deps.logger } : { logger: false }),
    genReqId: (request) =>
      typeof request.headers["x-request-id"] === "string" ? request.headers["x-request-id"].slice(0, 64) : randomUUID(),
    routerOptions: { maxParamLength: 5000 },
    logController: new RequestLog(),
    bodyLimit: 1024 * 1024,
  });
  const debugErrors = deps.debugErrors ?? false;
  // Before any route: a route takes the error handler in force when it is added.
  errorAnswers(app, { debug: debugErrors });

  // Security headers on every answer. Charts set inline style attributes, so styles allow 'unsafe-inline'; scripts do not.
  // Built once: the Fastify wrapper rebuilt the policy on every request, a tenth of a webhook's cost under load.
  const securityHeaders = helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'self'"],
        objectSrc: ["'none'"],
        upgradeInsecureRequests: null,
      },
    },
    strictTransportSecurity: deps.secureCookies ?? false,
  });
  app.addHook("onRequest", (request, reply, done) =>
    securityHeaders(request.raw, reply.raw, (error?: unknown) => done(error as Error | undefined)),
  );

  app.get("/healthz", async (request, reply) => {
    try {
      await ping(deps.db);
      return { ok: true, db: deps.dbKind };
    } catch (error) {
      // The driver's message names hosts, ports and users: logged, not answered.
      request.log.error({ err: error }, "health check: database unreachable");
      return reply.code(503).send({ ok: false, db: deps.dbKind, error: "database unreachable" });
    }
  });

  const sloMs = deps.webhookSloMs ?? DEFAULT_WEBHOOK_SLO_MS;
  const metrics = createMetrics(deps.db, sloMs);
  metrics.routes(app);
  const onStored = () => {
    metrics.webhookStored();
    deps.onWebhookStored?.();
  };
  await app.register(async (scope) =>
    webhookRoutes(scope, {
      db: deps.db,
      accounts: deps.accounts,
      onStored,
      ...(deps.ingest ? { ingest: deps.ingest } : {}),
      ...(deps.recentlyParsed ? { recentlyParsed: deps.recentlyParsed } : {}),
      onAnswered: metrics.webhookAnswered,
      onHeld: metrics.webhookHeld,
      replayWindowMs: deps.replayWindowMs ?? 72 * 3_600_000,
      bodyLimit: 1024 * 1024,
      writerLanes: deps.dbKind === "pglite" ? 1 : 4,
    }),
  );

  await app.register(fastifyCookie);
  app.addHook("onRequest", async (request, reply) => {
    if (request.url.startsWith("/trpc") && crossOrigin(request))
      await reply.code(403).send({ error: "cross-origin request refused" });
  });
  // The tRPC client only sends JSON; the adapter turns a multipart or form body into a 500 (it stringifies the request).
  app.addHook("onRequest", async (request, reply) => {
    const type = request.headers["content-type"];
    if (
      request.method === "POST" &&
      request.url.startsWith("/trpc") &&
      type !== undefined &&
      !/^application\/json\s*(;|$)/i.test(type)
    ) {
      await reply.code(415).send({ error: "send the input as application/json" });
    }
  });
  const secureCookies = deps.secureCookies ?? false;
  const providers = providerAccess(deps.accounts, callRecorder(deps.db));

  await app.register(async (scope) =>
    exportRoutes(scope, {
      db: deps.db,
      authenticate: (request, reply) => authenticate(deps.db, request, reply, secureCookies),
    }),
  );
  await app.register(async (scope) =>
    financeExportRoutes(scope, {
      db: deps.db,
      authenticate: (request, reply) => authenticate(deps.db, request, reply, secureCookies),
    }),
  );

  // API answers (lists of transactions, analytics) compressed in their own scope; webhooks' small acknowledgements and
  // the SPA's files (precompressed, routes/spa.ts) are not. Brotli at the plugin's quality 4: cheap. tRPC answers are
  // streamed without a length, so the 1 KB threshold does not apply to them.
  await app.register(async (scope) => {
    await scope.register(fastifyCompress, { threshold: 1024 });
    await scope.register(fastifyTRPCPlugin, {
      prefix: "/trpc",
      trpcOptions: {
        router: appRouter,
        createContext: async ({ req, res }) => {
          const auth = await authenticate(deps.db, req, res, secureCookies);
          return createContextInner({
            db: deps.db,
            dbKind: deps.dbKind,
            requestId: req.id,
            ...auth,
            ip: req.ip,
            providers,
            log: req.log,
            webhookSloMs: sloMs,
            incidents: deps.incidents ?? null,
            debugErrors,
            alertChannelTest: (channel) =>
              sendTestNotice(channel, deps.consoleUrl ?? `${req.protocol}://${req.host}`, deps.alertLanguage),
          });
        },
        // The answer says only "request <id>" (api/error-shape.ts): the id and the full error are here.
        onError: ({ error, path, ctx }) => {
          if (error.code === "INTERNAL_SERVER_ERROR")
            app.log.error({ err: error, path, reqId: ctx?.requestId }, "tRPC error");
        },
      } satisfies FastifyTRPCPluginOptions<AppRouter>["trpcOptions"],
    });
  });

  const servesApp = deps.webDist ? await spaRoutes(app, deps.webDist) : false;
  if (!servesApp) notFoundAnswer(app);

  return {
    app,
    start: async (port: number, host: string) => {
      await app.listen({ port, host });
      const address = app.server.address();
      return typeof address === "object" && address ? `http://${host}:${address.port}` : `http://${host}:${port}`;
    },
    stop: () => app.close(),
  };
}
