// Starts the Antom (AMS) emulator on a real socket: demo mode, end-to-end tests and benchmarks talk to it over HTTP.
import { createPrivateKey, randomInt } from "node:crypto";
import { type RunningSandbox, type ServerOptions, startHttpServer } from "../http-server.ts";
import { deriveRng } from "../random.ts";
import { ReportFaultSwitch } from "../report-lines.ts";
import { deliveryOptions, type WebhookOptions } from "../webhook-delivery.ts";
import { AntomEngine, type ClientConfig } from "./engine.ts";
import { publicKeyOf } from "./keys.ts";
import { AntomNotifier, type NotificationStats } from "./notifier.ts";
import { antomRoutes, originForm } from "./routes.ts";
import { AntomStore, type PaymentStatus } from "./store.ts";

export interface AntomSandboxOptions extends ServerOptions, WebhookOptions {
  /** threeDs: every card payment of the client goes through risk-based 3-D Secure (frictionless or challenged). */
  clients: Array<{ clientId: string; merchantPublicKeyPem: string; threeDs?: boolean }>;
  antomPrivateKeyPem: string;
  seed?: number;
  /** PAYMENT_IN_PROCESS payments whose shopper never finishes 3-D Secure close (ORDER_IS_CLOSED) after this long. */
  expireAfterMs?: number;
}

export interface AntomSandboxStats {
  payments: number;
  captures: number;
  refunds: number;
  byStatus: Record<PaymentStatus, number>;
  notifications: NotificationStats;
}

export interface AntomSandbox extends RunningSandbox<AntomSandboxStats> {
  /** The shopper passes or fails the 3-D Secure challenge of a PAYMENT_IN_PROCESS payment. */
  completeChallenge(paymentId: string, passed: boolean): Promise<void>;
}

// Antom's default payment expiry is about 14 minutes (docs/providers/antom.md §8).
const DEFAULT_EXPIRE_AFTER_MS = 14 * 60_000;

export async function startAntomSandbox(options: AntomSandboxOptions): Promise<AntomSandbox> {
  if (options.clients.length === 0) throw new Error("startAntomSandbox needs at least one client");
  const seed = options.seed ?? randomInt(2 ** 31);
  const antomKey = createPrivateKey(options.antomPrivateKeyPem);
  const merchantKeys = new Map(
    options.clients.map((client) => [client.clientId, publicKeyOf(client.merchantPublicKeyPem)]),
  );
  const clients = new Map<string, ClientConfig>(
    options.clients.map((client) => [client.clientId, { clientId: client.clientId, threeDs: client.threeDs ?? false }]),
  );
  let url = "";

  const reportFaults = new ReportFaultSwitch();
  const store = new AntomStore(deriveRng(seed, "antom:ids"));
  const notifier = new AntomNotifier({ ...deliveryOptions(options, deriveRng(seed, "antom:notifications")), antomKey });
  const engine = new AntomEngine({
    store,
    notifier,
    clients,
    outcomeRng: deriveRng(seed, "antom:outcomes"),
    idRng: deriveRng(seed, "antom:cards"),
    baseUrl: () => url,
    expireAfterMs: options.expireAfterMs ?? DEFAULT_EXPIRE_AFTER_MS,
  });
  const server = await startHttpServer({
    ...options,
    latencyRng: deriveRng(seed, "antom:latency"),
    fastify: { rewriteUrl: (request) => originForm(request.url ?? "/") },
    routes: (app, timing) => app.register(antomRoutes, { engine, merchantKeys, antomKey, reportFaults, ...timing }),
    closeFirst: [engine, notifier],
  });
  url = server.url;

  return {
    ...server,
    stats: () => ({ ...store.counts(), notifications: notifier.stats() }),
    setWebhookMode: (mode, delayMs) => notifier.setMode(mode, delayMs),
    setReportFaults: (faults) => reportFaults.set(faults),
    async completeChallenge(paymentId, passed) {
      const outcome = engine.completeChallenge(paymentId, passed, null);
      if (!outcome.ok)
        throw new Error(`completeChallenge(${paymentId}): ${outcome.error.resultCode} ${outcome.error.resultMessage}`);
    },
  };
}
