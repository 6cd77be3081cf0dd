// Starts the Pockyt emulator on a real socket: demo mode, end-to-end tests and benchmarks talk to it over HTTP.
import { randomInt } from "node:crypto";
import { type RunningSandbox, type ServerOptions, startHttpServer } from "../http-server.ts";
import { deriveRng } from "../random.ts";
import { ReportFaultSwitch } from "../report-lines.ts";
import { deliveryOptions, type WebhookOptions } from "../webhook-delivery.ts";
import { merchantKey, PockytEngine, type ShopperOutcome } from "./engine.ts";
import { IpnNotifier, type IpnStats } from "./notifier.ts";
import { pockytRoutes } from "./routes.ts";
import { type Merchant, type PaymentStatus, PockytStore } from "./store.ts";

export interface PockytSandboxOptions extends ServerOptions, WebhookOptions {
  merchants: Array<{ merchantNo: string; storeNo: string; apiToken: string }>;
  seed?: number;
  /** Multiplies the IPN resend schedule (8 deliveries over 2 hours) and the session timeout. */
  timeScale?: number;
  /** Unpaid sessions close after this long (default: the request's `timeout` minutes, 120, × timeScale). */
  expireAfterMs?: number;
}

export interface PockytSandboxStats {
  transactions: number;
  refunds: number;
  byStatus: Record<PaymentStatus, number>;
  webhooks: IpnStats;
}

export interface PockytSandbox extends RunningSandbox<PockytSandboxStats> {
  /** The shopper pays on the cashier page (or confirms in the wallet), fails, or walks away until the timeout. */
  shopperPays(transactionNo: string, outcome: ShopperOutcome): Promise<void>;
}

export async function startPockytSandbox(options: PockytSandboxOptions): Promise<PockytSandbox> {
  if (options.merchants.length === 0) throw new Error("startPockytSandbox needs at least one merchant");
  const merchants = new Map<string, Merchant>(
    options.merchants.map((m) => [merchantKey(m.merchantNo, m.storeNo), { ...m }]),
  );
  const seed = options.seed ?? randomInt(2 ** 31);
  const timeScale = options.timeScale ?? 1;
  let url = "";

  const reportFaults = new ReportFaultSwitch();
  const store = new PockytStore(deriveRng(seed, "pockyt:ids"));
  const notifier = new IpnNotifier(deliveryOptions(options, deriveRng(seed, "pockyt:ipn")));
  const engine = new PockytEngine({
    store,
    notifier,
    merchants,
    idRng: deriveRng(seed, "pockyt:refs"),
    outcomeRng: deriveRng(seed, "pockyt:outcomes"),
    timeScale,
    expireAfterMs: options.expireAfterMs ?? null,
  });
  const server = await startHttpServer({
    ...options,
    latencyRng: deriveRng(seed, "pockyt:latency"),
    routes: (app, timing) =>
      app.register(pockytRoutes, { engine, merchants, baseUrl: () => url, reportFaults, ...timing }),
    closeFirst: [engine, notifier],
  });
  url = server.url;

  return {
    ...server,
    stats: () => {
      const size = store.size();
      return {
        transactions: size.payments,
        refunds: size.refunds,
        byStatus: store.countByStatus(),
        webhooks: notifier.stats(),
      };
    },
    setWebhookMode: (mode, delayMs) => notifier.setMode(mode, delayMs),
    setReportFaults: (faults) => reportFaults.set(faults),
    async shopperPays(transactionNo, outcome) {
      const result = engine.shopperPays(transactionNo, outcome);
      if (!result.ok) throw new Error(`shopperPays(${transactionNo}): ${result.error.retMsg}`);
    },
  };
}
