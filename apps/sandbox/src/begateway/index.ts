// Starts the beGateway emulator on a real socket: demo mode, end-to-end tests and benchmarks talk to it over HTTP.
import { randomInt } from "node:crypto";
import type { ThreeDsResult } from "../cards.ts";
import { type RunningSandbox, type ServerOptions, startHttpServer } from "../http-server.ts";
import { deriveRng } from "../random.ts";
import { ReportFaultSwitch } from "../report-lines.ts";
import { deliveryOptions, type WebhookOptions } from "../webhook-delivery.ts";
import { DEFAULT_DISPUTE_RATE } from "../timing.ts";
import { Chargebacks } from "./chargebacks.ts";
import { BegatewayEngine } from "./engine.ts";
import { type ShopCredentials, WebhookNotifier, type WebhookStats } from "./notifier.ts";
import { begatewayRoutes } from "./routes.ts";
import { BegatewayStore, type TxStatus } from "./store.ts";

export interface BegatewaySandboxOptions extends ServerOptions, WebhookOptions {
  /** threeDs: every cardholder-initiated card payment goes through 3-D Secure (beGateway's demo shop 362). */
  shops: Array<{ shopId: string; secretKey: string; privateKeyPem: string; threeDs?: boolean }>;
  seed?: number;
  /** Incomplete (3-DS) transactions fail with F.0998 after this long. */
  expireAfterMs?: number;
  outOfOrderRate?: number;
  /** Share of captured card payments the issuers dispute (default 0.45 %, docs/traffic.md §9); 0 turns it off. */
  chargebackRate?: number;
}

export interface BegatewaySandboxStats {
  transactions: number;
  byStatus: Record<TxStatus, number>;
  webhooks: WebhookStats;
}

export interface BegatewaySandbox extends RunningSandbox<BegatewaySandboxStats> {
  completeChallenge(uid: string, result?: ThreeDsResult): Promise<void>;
  /** Test and demo switch: the issuer disputes this payment or capture now; answers the chargeback's uid. */
  raiseChargeback(uid: string): string;
  /** A shop's standing webhook address: chargebacks of transactions sent without notification_url go there. */
  setNotificationAddress(shopId: string, url: string): void;
}

const DEFAULT_EXPIRE_AFTER_MS = 10 * 60_000;

export async function startBegatewaySandbox(options: BegatewaySandboxOptions): Promise<BegatewaySandbox> {
  if (options.shops.length === 0) throw new Error("startBegatewaySandbox needs at least one shop");
  const shops = new Map<string, ShopCredentials>(
    options.shops.map((shop) => [
      shop.shopId,
      { shopId: shop.shopId, secretKey: shop.secretKey, privateKeyPem: shop.privateKeyPem },
    ]),
  );
  const threeDsShops = new Set(options.shops.filter((shop) => shop.threeDs).map((shop) => shop.shopId));
  const seed = options.seed ?? randomInt(2 ** 31);
  let url = "";

  const reportFaults = new ReportFaultSwitch();
  const store = new BegatewayStore(deriveRng(seed, "begateway:uids"));
  const notifier = new WebhookNotifier({
    ...deliveryOptions(options, deriveRng(seed, "begateway:webhooks")),
    outOfOrderRate: options.outOfOrderRate ?? 0.03,
  });
  const shopAddresses = new Map<string, string>();
  const chargebacks = new Chargebacks({
    store,
    rng: deriveRng(seed, "begateway:chargebacks"),
    idRng: deriveRng(seed, "begateway:chargeback-ids"),
    rate: options.chargebackRate ?? DEFAULT_DISPUTE_RATE,
    timeScale: options.timeScale ?? 1,
    notify: (tx) => engine.notify(tx, "single"),
    shopAddress: (shopId) => shopAddresses.get(shopId) ?? null,
  });
  const engine = new BegatewayEngine({
    chargebacks,
    store,
    notifier,
    shops,
    threeDsShops,
    outcomeRng: deriveRng(seed, "begateway:outcomes"),
    idRng: deriveRng(seed, "begateway:ids"),
    baseUrl: () => url,
    expireAfterMs: options.expireAfterMs ?? DEFAULT_EXPIRE_AFTER_MS,
  });
  const server = await startHttpServer({
    ...options,
    latencyRng: deriveRng(seed, "begateway:latency"),
    fastify: { routerOptions: { maxParamLength: 1000 } },
    routes: (app, timing) =>
      app.register(begatewayRoutes, { engine, shops, baseUrl: () => url, reportFaults, ...timing }),
    closeFirst: [chargebacks, engine, notifier],
  });
  url = server.url;

  return {
    ...server,
    stats: () => ({ transactions: store.size(), byStatus: store.countByStatus(), webhooks: notifier.stats() }),
    setWebhookMode: (mode, delayMs) => notifier.setMode(mode, delayMs),
    setReportFaults: (faults) => reportFaults.set(faults),
    async completeChallenge(uid, result) {
      const outcome = engine.completeChallenge(uid, result ?? null, null);
      if (!outcome.ok) throw new Error(`completeChallenge(${uid}): ${outcome.error.message}`);
    },
    raiseChargeback(uid) {
      const raised = chargebacks.raise(uid);
      if (!raised.ok) throw new Error(`raiseChargeback(${uid}): ${raised.reason}`);
      return raised.chargeback.uid;
    },
    setNotificationAddress: (shopId, address) => void shopAddresses.set(shopId, address),
  };
}
