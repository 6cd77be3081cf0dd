// Starts the Antom (AMS) emulator on a real socket: demo mode, end-to-end tests and benchmarks talk to it over HTTP.
import { createPrivateKey, randomInt } from "node:crypto";
import type { AddressInfo } from "node:net";
import Fastify, { type FastifyLoggerOptions } from "fastify";
import { deriveRng } from "../random.ts";
import { Timers } from "../timing.ts";
import { AntomEngine, type ClientConfig } from "./engine.ts";
import { publicKeyOf } from "./keys.ts";
import { AntomNotifier, type NotificationStats, type WebhookMode } from "./notifier.ts";
import { antomRoutes, originForm } from "./routes.ts";
import { AntomStore, type PaymentStatus } from "./store.ts";

export { generateAntomKeys, type AntomKeys } from "./keys.ts";

export interface AntomSandboxOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** threeDs: every card payment of the client goes through risk-based 3-D Secure (frictionless or challenged). */
  clients: Array<{ clientId: string; merchantPublicKeyPem: string; threeDs?: boolean }>;
  antomPrivateKeyPem: string;
  seed?: number;
  /** Multiplies DATA.md's API latency (tests 0, demo 1 or less). */
  latencyScale?: number;
  /** Multiplies the first-delivery notification lag and duplicate spacing. */
  lagScale?: number;
  /** Multiplies the resend schedule (demo 1/60, tests tiny). */
  timeScale?: number;
  /** PAYMENT_IN_PROCESS payments whose shopper never finishes 3-D Secure close (ORDER_IS_CLOSED) after this long. */
  expireAfterMs?: number;
  duplicateRate?: number;
  /** Honour `X-Sandbox-Time` to date transactions in the past (back-fill) without latency. */
  allowTimeTravel?: boolean;
  logger?: false | object;
}

export interface AntomSandboxStats {
  payments: number;
  captures: number;
  refunds: number;
  byStatus: Record<PaymentStatus, number>;
  notifications: NotificationStats;
}

export interface AntomSandbox {
  url: string;
  close(): Promise<void>;
  stats(): AntomSandboxStats;
  setWebhookMode(mode: WebhookMode, delayMs?: number): void;
  /** The shopper passes or fails the 3-D Secure challenge of a PAYMENT_IN_PROCESS payment. */
  completeChallenge(paymentId: string, passed: boolean): Promise<void>;
}

// Antom's default payment expiry is about 14 minutes (antom.md §8).
const DEFAULT_EXPIRE_AFTER_MS = 14 * 60_000;

export async function startAntomSandbox(options: AntomSandboxOptions): Promise<AntomSandbox> {
  if (options.clients.length === 0) throw new Error("startAntomSandbox needs at least one client");
  const seed = options.seed ?? randomInt(2 ** 31);
  const antomKey = createPrivateKey(options.antomPrivateKeyPem);
  const merchantKeys = new Map(options.clients.map((client) => [client.clientId, publicKeyOf(client.merchantPublicKeyPem)]));
  const clients = new Map<string, ClientConfig>(options.clients.map((client) => [client.clientId, { clientId: client.clientId, threeDs: client.threeDs ?? false }]));
  let url = "";

  const store = new AntomStore(deriveRng(seed, "antom:ids"));
  const notifier = new AntomNotifier({
    rng: deriveRng(seed, "antom:notifications"),
    antomKey,
    lagScale: options.lagScale ?? 1,
    timeScale: options.timeScale ?? 1,
    duplicateRate: options.duplicateRate ?? 0.01,
  });
  const engine = new AntomEngine({
    store,
    notifier,
    clients,
    outcomeRng: deriveRng(seed, "antom:outcomes"),
    idRng: deriveRng(seed, "antom:cards"),
    baseUrl: () => url,
    expireAfterMs: options.expireAfterMs ?? DEFAULT_EXPIRE_AFTER_MS,
  });
  const timers = new Timers();

  const logger: false | FastifyLoggerOptions = options.logger ?? false;
  const app = Fastify({ logger, rewriteUrl: (request) => originForm(request.url ?? "/") });
  await app.register(antomRoutes, {
    engine,
    merchantKeys,
    antomKey,
    latencyScale: options.latencyScale ?? 1,
    latencyRng: deriveRng(seed, "antom:latency"),
    timers,
    allowTimeTravel: options.allowTimeTravel ?? false,
  });
  const host = options.host ?? "127.0.0.1";
  await app.listen({ host, port: options.port ?? 0 });
  const address = app.server.address() as AddressInfo;
  url = `http://${host.includes(":") ? `[${host}]` : host}:${address.port}`;

  return {
    url,
    async close() {
      timers.stopAll();
      engine.close();
      await notifier.close();
      await app.close();
    },
    stats: () => ({ ...store.counts(), notifications: notifier.stats() }),
    setWebhookMode: (mode, delayMs) => notifier.setMode(mode, delayMs),
    async completeChallenge(paymentId, passed) {
      const outcome = engine.completeChallenge(paymentId, passed, null);
      if (!outcome.ok) throw new Error(`completeChallenge(${paymentId}): ${outcome.error.resultCode} ${outcome.error.resultMessage}`);
    },
  };
}
