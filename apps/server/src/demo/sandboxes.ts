// Demo mode (no accounts file): every provider's sandbox on its own port, and merchant traffic against them.
import type { FastifyBaseLogger } from "fastify";
import type { BackfillProgress } from "@paylens/api/context";
import type { Db } from "@paylens/db/client";
import { countTransactions } from "@paylens/db/queries/transactions";
import { PROVIDER_IDS, providerDefinition, type ProviderId } from "@paylens/providers/catalog";
import { BACKFILL_DAYS, backfill } from "@paylens/sandbox/traffic/backfill";
import { startTraffic } from "@paylens/sandbox/traffic/generator";
import type { AccountBook, ConfiguredAccount } from "../accounts.ts";
import { importTransaction } from "../import-transaction.ts";
import type { CallRecorder } from "../provider-context.ts";
import { startAntomDemo } from "./antom.ts";
import { startBegatewayDemo } from "./begateway.ts";
import type { DemoOptions, DemoProvider } from "./demo-provider.ts";
import { importDemoReports } from "./demo-reports.ts";
import { startPockytDemo } from "./pockyt.ts";

// Each provider's demo (its sandbox app lives outside the providers package); ports follow PAYLENS_SANDBOX_PORT by the
// offset in its definition.
const DEMOS: Readonly<Record<ProviderId, (options: DemoOptions) => Promise<DemoProvider>>> = {
  begateway: startBegatewayDemo,
  antom: startAntomDemo,
  pockyt: startPockytDemo,
};

/** The demo whose shops take the sandbox's test cards (apps/sandbox/src/cards.ts) and every action: the actions tests'. */
export const CARD_ACTIONS_DEMO: ProviderId = "begateway";

/** One provider's demo alone, on `options.port`. */
export function startDemoSandbox(provider: ProviderId, options: DemoOptions): Promise<DemoProvider> {
  return DEMOS[provider](options);
}

export interface DemoSandboxes {
  providers: DemoProvider[];
  accounts: ConfiguredAccount[];
  merchants(publicUrl: string, record: CallRecorder): ReturnType<DemoProvider["merchants"]>;
  close(): Promise<void>;
}

export async function startDemoSandboxes(options: {
  basePort: number;
  timeScale: number;
  log: FastifyBaseLogger;
}): Promise<DemoSandboxes> {
  const providers: DemoProvider[] = [];
  for (const id of PROVIDER_IDS) {
    const offset = providerDefinition(id)?.demo?.sandboxPortOffset;
    if (offset === undefined) continue;
    const provider = await DEMOS[id]({
      port: options.basePort === 0 ? 0 : options.basePort + offset,
      timeScale: options.timeScale,
    });
    options.log.info({ url: provider.url }, `${provider.name} sandbox started`);
    providers.push(provider);
  }
  return {
    providers,
    accounts: providers.flatMap((provider) => provider.accounts),
    merchants: (publicUrl, record) => providers.flatMap((provider) => provider.merchants(publicUrl, record)),
    close: async () => {
      await Promise.all(providers.map((provider) => provider.close()));
    },
  };
}

export interface DemoTraffic {
  /** The first start's back-fill while it runs (shown in the console); null once done, or when there was none. */
  history(): BackfillProgress | null;
  stop(): void;
}

/**
 * On first start back-fills `backfillDays` of history (placed, then imported by status query, then the reports), and
 * plays merchants' checkouts.
 */
export async function playDemoTraffic(
  demo: DemoSandboxes,
  options: {
    db: Db;
    accounts: AccountBook;
    record: CallRecorder;
    log: FastifyBaseLogger;
    publicUrl: string;
    backfill: number;
    /** How far back the history goes (PAYLENS_DEMO_BACKFILL_DAYS; the schemes' 120-day filing window). */
    backfillDays?: number | undefined;
    ratePerSecond: number;
  },
): Promise<DemoTraffic> {
  const { db, accounts, record, log } = options;
  const days = options.backfillDays ?? BACKFILL_DAYS;
  let history: BackfillProgress | null = null;
  const stopBackfill = new AbortController();
  const merchants = demo.merchants(options.publicUrl, record);
  // Demo reports disagree a little, as real ones do: the first sandbox's drop a line, misstate one and invent one per account.
  demo.providers[0]?.sandbox.setReportFaults({ missing: 1, amountOff: 1, extra: 1 });
  if ((await countTransactions(db)) === 0 && options.backfill > 0) {
    const progress: BackfillProgress = { done: 0, total: options.backfill };
    history = progress;
    let loggedAt = 0;
    log.info(progress, `loading demo history: ${options.backfill} orders over ${days} days, in the background`);
    void backfill({
      accounts: merchants,
      count: options.backfill,
      days,
      signal: stopBackfill.signal,
      onPlaced: (placed) => log.info(placed, "demo back-fill placed, importing"),
      onCreated: async (accountId, ref, at) => {
        const configured = accounts.get(accountId);
        if (configured) await importTransaction(db, configured, ref, record, at);
      },
      onProgress: (done) => {
        progress.done = done;
        if (Date.now() - loggedAt < PROGRESS_LOG_EVERY_MS && done < progress.total) return;
        loggedAt = Date.now();
        log.info(progress, `loading demo history: ${formatCount(done)} / ${formatCount(progress.total)} orders`);
      },
    })
      .then((result) => log.info(result, "demo back-fill done"))
      .then(() => (stopBackfill.signal.aborted ? [] : importDemoReports(db, accounts.all(), record, REPORT_DAYS)))
      .then(
        (reports) => log.info({ reports }, "demo provider reports imported"),
        (error: unknown) => log.warn({ err: error }, "demo provider reports not imported"),
      );
  }
  const traffic = startTraffic({ accounts: merchants, ratePerSecond: options.ratePerSecond, log });
  return {
    history: () => (history && history.done < history.total ? { ...history } : null),
    stop: () => {
      traffic.stop();
      stopBackfill.abort();
    },
  };
}

const PROGRESS_LOG_EVERY_MS = 5_000;
// The reports finance reviews first: the last 30 days (Antom's come a day per call, so the whole 120-day history
// would keep the start-up import busy for minutes); a dispute's report row is dated when it opened, so recent ones
// are in it.
const REPORT_DAYS = 30;
const formatCount = (n: number) => n.toLocaleString("en-US");
