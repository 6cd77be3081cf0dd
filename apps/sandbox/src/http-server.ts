// Every emulator on a real socket: a fastify app with its routes, listening on host:port, and a close() that releases
// in-flight latency waits, stops the emulator (its timers and webhooks) and then the socket, in that order.
import type { AddressInfo } from "node:net";
import Fastify, { type FastifyInstance, type FastifyLoggerOptions, type FastifyServerOptions } from "fastify";
import type { ApiIncident, CallTiming } from "./call-timing.ts";
import type { Rng } from "./random.ts";
import type { ReportFaults } from "./report-lines.ts";
import { Timers } from "./timing.ts";
import type { WebhookMode } from "./webhook-delivery.ts";

/** The options every sandbox takes for its socket, its latency and back-fill. */
export interface ServerOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Multiplies docs/traffic.md's API latency (tests 0, demo 1 or less). */
  latencyScale?: number;
  /** Honour `X-Sandbox-Time` to date transactions in the past (back-fill) without latency. */
  allowTimeTravel?: boolean;
  logger?: false | object;
}

export interface HttpServerSetup extends ServerOptions {
  latencyRng: Rng;
  /** Provider-specific fastify settings (long path parameters, URL rewriting). */
  fastify?: Pick<FastifyServerOptions, "rewriteUrl" | "routerOptions">;
  /** Registers the provider's routes with the timing they share. */
  routes(app: FastifyInstance, timing: CallTiming): PromiseLike<unknown>;
  /** The emulator's own parts (engine timers, webhook deliveries), closed in this order before the socket. */
  closeFirst: ReadonlyArray<{ close(): void | Promise<void> }>;
}

export interface HttpServer {
  url: string;
  /** Demo incidents: slows every live API answer down and fails a share of calls with a 503 before they are processed. */
  setApiIncident(latencyMultiplier: number, failureRate: number): void;
  apiIncident(): ApiIncident;
  close(): Promise<void>;
}

/** What every started sandbox offers besides its provider's own shopper actions. */
export interface RunningSandbox<S> extends HttpServer {
  stats(): S;
  setWebhookMode(mode: WebhookMode, delayMs?: number): void;
  /** Discrepancies in every report the sandbox hands out from now on (tests and demo reconciliation). */
  setReportFaults(faults: ReportFaults): void;
}

export async function startHttpServer(setup: HttpServerSetup): Promise<HttpServer> {
  const timers = new Timers();
  const logger: false | FastifyLoggerOptions = setup.logger ?? false;
  const app = Fastify({ logger, ...setup.fastify });
  const incident: ApiIncident = { latencyMultiplier: 1, failureRate: 0 };
  // Back-filled calls (X-Sandbox-Time) replay the past, so an incident of now leaves them alone.
  app.addHook("onRequest", async (request, reply) => {
    if (
      incident.failureRate > 0 &&
      request.headers["x-sandbox-time"] === undefined &&
      setup.latencyRng() < incident.failureRate
    ) {
      await reply.code(503).header("content-type", "text/plain").send("sandbox incident: service unavailable");
    }
  });
  await setup.routes(app, {
    incident,
    latencyScale: setup.latencyScale ?? 1,
    latencyRng: setup.latencyRng,
    timers,
    allowTimeTravel: setup.allowTimeTravel ?? false,
  });
  const host = setup.host ?? "127.0.0.1";
  await app.listen({ host, port: setup.port ?? 0 });
  const address = app.server.address() as AddressInfo;
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`,
    setApiIncident(latencyMultiplier, failureRate) {
      incident.latencyMultiplier = latencyMultiplier;
      incident.failureRate = failureRate;
    },
    apiIncident: () => ({ ...incident }),
    async close() {
      timers.stopAll();
      for (const part of setup.closeFirst) await part.close();
      await app.close();
    },
  };
}

/** Keeps request bodies as raw text: the provider's own errors for bad JSON, and signatures over the exact bytes. */
export function rawTextBodies(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser("*", { parseAs: "string" }, (_request, body, done) => done(null, body));
}
