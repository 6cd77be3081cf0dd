// Starts the beGateway emulator on a real socket: demo mode, end-to-end tests and benchmarks talk to it over HTTP.
import { randomInt } from "node:crypto";
import type { AddressInfo } from "node:net";
import Fastify, { type FastifyLoggerOptions } from "fastify";
import type { ThreeDsResult } from "../cards.ts";
import { deriveRng } from "../random.ts";
import { Timers } from "../timing.ts";
import { BegatewayEngine } from "./engine.ts";
import { type ShopCredentials, type WebhookMode, WebhookNotifier, type WebhookStats } from "./notifier.ts";
import { begatewayRoutes } from "./routes.ts";
import { BegatewayStore, type TxStatus } from "./store.ts";

export interface BegatewaySandboxOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** threeDs: every cardholder-initiated card payment goes through 3-D Secure (beGateway's demo shop 362). */
  shops: Array<{ shopId: string; secretKey: string; privateKeyPem: string; threeDs?: boolean }>;
  seed?: number;
  /** Multiplies DATA.md's API latency (tests 0, demo 1 or less). */
  latencyScale?: number;
  /** Multiplies the first-delivery webhook lag and duplicate spacing. */
  lagScale?: number;
  /** Multiplies the webhook retry schedule (demo 1/60, tests tiny). */
  timeScale?: number;
  /** Incomplete (3-DS) transactions fail with F.0998 after this long. */
  expireAfterMs?: number;
  duplicateRate?: number;
  outOfOrderRate?: number;
  /** Honour `X-Sandbox-Time` to date transactions in the past (back-fill) without latency. */
  allowTimeTravel?: boolean;
  logger?: false | object;
}

export interface BegatewaySandboxStats {
  transactions: number;
  byStatus: Record<TxStatus, number>;
  webhooks: WebhookStats;
}

export interface BegatewaySandbox {
  url: string;
  close(): Promise<void>;
  stats(): BegatewaySandboxStats;
  setWebhookMode(mode: WebhookMode, delayMs?: number): void;
  completeChallenge(uid: string, result?: ThreeDsResult): Promise<void>;
}

const DEFAULT_EXPIRE_AFTER_MS = 10 * 60_000;

export async function startBegatewaySandbox(options: BegatewaySandboxOptions): Promise<BegatewaySandbox> {
  if (options.shops.length === 0) throw new Error("startBegatewaySandbox needs at least one shop");
  const shops = new Map<string, ShopCredentials>(
    options.shops.map((shop) => [shop.shopId, { shopId: shop.shopId, secretKey: shop.secretKey, privateKeyPem: shop.privateKeyPem }]),
  );
  const threeDsShops = new Set(options.shops.filter((shop) => shop.threeDs).map((shop) => shop.shopId));
  const seed = options.seed ?? randomInt(2 ** 31);
  let url = "";

  const store = new BegatewayStore(deriveRng(seed, "begateway:uids"));
  const notifier = new WebhookNotifier({
    rng: deriveRng(seed, "begateway:webhooks"),
    lagScale: options.lagScale ?? 1,
    timeScale: options.timeScale ?? 1,
    duplicateRate: options.duplicateRate ?? 0.01,
    outOfOrderRate: options.outOfOrderRate ?? 0.03,
  });
  const engine = new BegatewayEngine({
    store,
    notifier,
    shops,
    threeDsShops,
    outcomeRng: deriveRng(seed, "begateway:outcomes"),
    idRng: deriveRng(seed, "begateway:ids"),
    baseUrl: () => url,
    expireAfterMs: options.expireAfterMs ?? DEFAULT_EXPIRE_AFTER_MS,
  });
  const timers = new Timers();

  const logger: false | FastifyLoggerOptions = options.logger ?? false;
  const app = Fastify({ logger, routerOptions: { maxParamLength: 1000 } });
  await app.register(begatewayRoutes, {
    engine,
    shops,
    baseUrl: () => url,
    latencyScale: options.latencyScale ?? 1,
    latencyRng: deriveRng(seed, "begateway:latency"),
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
    stats: () => ({ transactions: store.size(), byStatus: store.countByStatus(), webhooks: notifier.stats() }),
    setWebhookMode: (mode, delayMs) => notifier.setMode(mode, delayMs),
    async completeChallenge(uid, result) {
      const outcome = engine.completeChallenge(uid, result ?? null, null);
      if (!outcome.ok) throw new Error(`completeChallenge(${uid}): ${outcome.error.message}`);
    },
  };
}
