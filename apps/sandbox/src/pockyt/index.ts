// Starts the Pockyt emulator on a real socket: demo mode, end-to-end tests and benchmarks talk to it over HTTP.
import { randomInt } from "node:crypto";
import type { AddressInfo } from "node:net";
import Fastify, { type FastifyLoggerOptions } from "fastify";
import { deriveRng } from "../random.ts";
import { Timers } from "../timing.ts";
import { merchantKey, PockytEngine, type ShopperOutcome } from "./engine.ts";
import { IpnNotifier, type IpnStats, type WebhookMode } from "./notifier.ts";
import { pockytRoutes } from "./routes.ts";
import { type Merchant, type PaymentStatus, PockytStore } from "./store.ts";

export interface PockytSandboxOptions {
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  merchants: Array<{ merchantNo: string; storeNo: string; apiToken: string }>;
  seed?: number;
  /** Multiplies DATA.md's API latency (tests 0, demo 1 or less). */
  latencyScale?: number;
  /** Multiplies the first-delivery IPN lag and duplicate spacing. */
  lagScale?: number;
  /** Multiplies the IPN resend schedule (8 deliveries over 2 hours) and the session timeout. */
  timeScale?: number;
  /** Unpaid sessions close after this long (default: the request's `timeout` minutes, 120, × timeScale). */
  expireAfterMs?: number;
  duplicateRate?: number;
  /** Honour `X-Sandbox-Time` to date transactions in the past (back-fill) without latency. */
  allowTimeTravel?: boolean;
  logger?: false | object;
}

export interface PockytSandboxStats {
  transactions: number;
  refunds: number;
  byStatus: Record<PaymentStatus, number>;
  webhooks: IpnStats;
}

export interface PockytSandbox {
  url: string;
  close(): Promise<void>;
  stats(): PockytSandboxStats;
  setWebhookMode(mode: WebhookMode, delayMs?: number): void;
  /** The shopper pays on the cashier page (or confirms in the wallet), fails, or walks away until the timeout. */
  shopperPays(transactionNo: string, outcome: ShopperOutcome): Promise<void>;
}

export async function startPockytSandbox(options: PockytSandboxOptions): Promise<PockytSandbox> {
  if (options.merchants.length === 0) throw new Error("startPockytSandbox needs at least one merchant");
  const merchants = new Map<string, Merchant>(options.merchants.map((m) => [merchantKey(m.merchantNo, m.storeNo), { ...m }]));
  const seed = options.seed ?? randomInt(2 ** 31);
  const timeScale = options.timeScale ?? 1;
  let url = "";

  const store = new PockytStore(deriveRng(seed, "pockyt:ids"));
  const notifier = new IpnNotifier({
    rng: deriveRng(seed, "pockyt:ipn"),
    lagScale: options.lagScale ?? 1,
    timeScale,
    duplicateRate: options.duplicateRate ?? 0.01,
  });
  const engine = new PockytEngine({
    store,
    notifier,
    merchants,
    idRng: deriveRng(seed, "pockyt:refs"),
    outcomeRng: deriveRng(seed, "pockyt:outcomes"),
    timeScale,
    expireAfterMs: options.expireAfterMs ?? null,
  });
  const timers = new Timers();

  const logger: false | FastifyLoggerOptions = options.logger ?? false;
  const app = Fastify({ logger });
  await app.register(pockytRoutes, {
    engine,
    merchants,
    baseUrl: () => url,
    latencyScale: options.latencyScale ?? 1,
    latencyRng: deriveRng(seed, "pockyt:latency"),
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
    stats: () => {
      const size = store.size();
      return { transactions: size.payments, refunds: size.refunds, byStatus: store.countByStatus(), webhooks: notifier.stats() };
    },
    setWebhookMode: (mode, delayMs) => notifier.setMode(mode, delayMs),
    async shopperPays(transactionNo, outcome) {
      const result = engine.shopperPays(transactionNo, outcome);
      if (!result.ok) throw new Error(`shopperPays(${transactionNo}): ${result.error.retMsg}`);
    },
  };
}
