// Starts the Antom (AMS) emulator on a real socket: demo mode, end-to-end tests and benchmarks talk to it over HTTP.
import { createPrivateKey, randomInt } from "node:crypto";
import { type RunningSandbox, type ServerOptions, startHttpServer } from "../http-server.ts";
import { deriveRng } from "../random.ts";
import { ReportFaultSwitch } from "../report-lines.ts";
import { deliveryOptions, type WebhookOptions } from "../webhook-delivery.ts";
import { DEFAULT_DISPUTE_RATE } from "../timing.ts";
import { AntomDisputes, type DisputePlan, type DisputeState } from "./disputes.ts";
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
  /** Share of captured card payments the shoppers dispute (default 0.45 %, docs/traffic.md §9); 0 turns it off. */
  disputeRate?: number;
}

export interface AntomSandboxStats {
  payments: number;
  captures: number;
  refunds: number;
  byStatus: Record<PaymentStatus, number>;
  disputes: Record<DisputeState, number>;
  notifications: NotificationStats;
}

export interface AntomSandbox extends RunningSandbox<AntomSandboxStats> {
  /** The shopper passes or fails the 3-D Secure challenge of a PAYMENT_IN_PROCESS payment. */
  completeChallenge(paymentId: string, passed: boolean): Promise<void>;
  /** Test and demo switch: the shopper disputes this captured payment now (or at `at`); answers the disputeId. */
  raiseDispute(paymentId: string, plan?: Partial<DisputePlan>, at?: Date): string;
  /** The client's notification address on Antom's dashboard: disputes of payments without paymentNotifyUrl go there. */
  setNotificationAddress(clientId: string, url: string): void;
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
  const dashboardAddresses = new Map<string, string>();
  const disputes = new AntomDisputes({
    store,
    rng: deriveRng(seed, "antom:disputes"),
    rate: options.disputeRate ?? DEFAULT_DISPUTE_RATE,
    timeScale: options.timeScale ?? 1,
    // notifyDispute goes to the payment's notify URL, else the client's dashboard address.
    notify: (payment, body) => {
      const url = payment.notifyUrl ?? dashboardAddresses.get(payment.clientId);
      if (url) notifier.notify({ url, clientId: payment.clientId, body });
    },
  });
  const engine = new AntomEngine({
    disputes,
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
    routes: (app, timing) =>
      app.register(antomRoutes, { engine, disputes, merchantKeys, antomKey, reportFaults, ...timing }),
    closeFirst: [disputes, engine, notifier],
  });
  url = server.url;

  return {
    ...server,
    stats: () => ({ ...store.counts(), disputes: disputes.counts(), notifications: notifier.stats() }),
    setWebhookMode: (mode, delayMs) => notifier.setMode(mode, delayMs),
    setReportFaults: (faults) => reportFaults.set(faults),
    async completeChallenge(paymentId, passed) {
      const outcome = engine.completeChallenge(paymentId, passed, null);
      if (!outcome.ok)
        throw new Error(`completeChallenge(${paymentId}): ${outcome.error.resultCode} ${outcome.error.resultMessage}`);
    },
    raiseDispute(paymentId, plan, at = new Date()) {
      const opened = disputes.open(paymentId, at, plan);
      if (typeof opened === "string") throw new Error(`raiseDispute(${paymentId}): ${opened}`);
      return opened.disputeId;
    },
    setNotificationAddress: (clientId, address) => void dashboardAddresses.set(clientId, address),
  };
}
