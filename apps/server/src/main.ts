// Paylens server: settings -> database -> migrations -> accounts -> HTTP -> workers -> (demo) sandboxes and traffic.
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@paylens/db/client";
import { DataDirInUseError } from "@paylens/db/data-dir-lock";
import { migrate } from "@paylens/db/migrate";
import { upsertAccounts } from "@paylens/db/queries/accounts";
import { AccountBook, loadAccountsFile } from "./accounts.ts";
import { playDemoTraffic, startDemoSandboxes, type DemoTraffic } from "./demo/sandboxes.ts";
import { readEnv } from "./env.ts";
import { createLogger } from "./logger.ts";
import { callRecorder } from "./provider-context.ts";
import { createServer } from "./server.ts";
import { demoIncidents } from "./demo/incidents.ts";
import { startInboxWorker } from "./workers/apply-inbox.ts";
import { ingestPressure } from "./workers/ingest-pressure.ts";
import { recentlyParsed } from "./workers/recently-parsed.ts";
import { DEFAULT_ALERT_CONFIG, startAlertWorker } from "./workers/evaluate-alerts.ts";
import { startPollWorker } from "./workers/poll-status.ts";
import { startRollupWorker } from "./workers/refresh-rollups.ts";
import { startSettleWorker } from "./workers/settle-actions.ts";
import { startSessionSweep } from "./workers/sweep-sessions.ts";
import { startDeliveryWorker } from "./workers/deliver-alerts.ts";
import { startReportWorker } from "./workers/send-reports.ts";
import type { Loop } from "./workers/loop.ts";
import { syncEnvironmentChannel } from "@paylens/db/queries/alert-channels";
import { demoTokenFile } from "./demo-token.ts";
import { demoUsersText, ensureDemoUsers } from "./demo/demo-users.ts";
import { onStopSignals } from "./stop-signals.ts";

const env = readEnv();
// Readable lines for a person at a terminal; JSON lines for a log collector (stdout redirected or piped).
const log = createLogger(env.LOG_LEVEL, undefined, process.stdout.isTTY ? "pretty" : "json");

async function openAndMigrate() {
  const opened = await openDatabase(
    env.DATABASE_URL
      ? { kind: "postgres", url: env.DATABASE_URL, poolSize: env.PAYLENS_DB_POOL_SIZE }
      : { kind: "pglite", dataDir: join(resolve(env.PAYLENS_DATA_DIR), "pglite") },
  ).catch((error: unknown) => {
    if (!(error instanceof DataDirInUseError)) throw error;
    process.stderr.write(`Paylens cannot start: ${error.message}\n`);
    process.exit(1);
  });
  await migrate(opened);
  return opened;
}

// The database and the demo's sandboxes do not wait for each other.
const [database, demo] = await Promise.all([
  openAndMigrate(),
  env.PAYLENS_ACCOUNTS_FILE
    ? null
    : startDemoSandboxes({ basePort: env.PAYLENS_SANDBOX_PORT, timeScale: env.PAYLENS_DEMO_TIME_SCALE, log }),
]);
const { db } = database;
const record = callRecorder(db);
const accounts = new AccountBook(demo ? demo.accounts : loadAccountsFile(env.PAYLENS_ACCOUNTS_FILE ?? ""));
await upsertAccounts(
  db,
  accounts.all().map(({ account, demo: isDemo }) => ({ ...account, demo: isDemo })),
);

// The server listens as soon as the database is ready; the workers start after it. On PGlite every query runs on
// this thread, so a worker's first pass started earlier would hold /healthz back.
const pollPolicy = { firstDelayMs: env.PAYLENS_POLL_FIRST_DELAY_MS, maxDelayMs: 15 * 60_000, maxAttempts: 20 };
const ingest = ingestPressure();
const parsed = recentlyParsed();
const sloMs = env.PAYLENS_WEBHOOK_SLO_MS;
let inbox: ReturnType<typeof startInboxWorker> | null = null;
let traffic: DemoTraffic | null = null;
const webDist = env.PAYLENS_WEB_DIST ?? fileURLToPath(new URL("../../web/dist", import.meta.url));
const server = await createServer({
  db,
  dbKind: database.kind,
  accounts,
  webDist,
  logger: log,
  // Stored webhooks wait in the inbox until the worker starts a moment later.
  onWebhookStored: () => inbox?.wake(),
  ingest,
  recentlyParsed: parsed,
  webhookSloMs: sloMs,
  incidents: demo ? demoIncidents(demo.providers, () => traffic?.history() ?? null) : null,
  replayWindowMs: env.PAYLENS_WEBHOOK_REPLAY_WINDOW_S * 1000,
  debugErrors: env.PAYLENS_DEBUG_ERRORS,
  secureCookies: (env.PAYLENS_PUBLIC_URL ?? "").startsWith("https:"),
  ...(env.PAYLENS_PUBLIC_URL ? { consoleUrl: env.PAYLENS_PUBLIC_URL } : {}),
  alertLanguage: env.PAYLENS_ALERT_LANGUAGE,
});
const url = await server.start(env.PORT, env.HOST);
const listeningAfter = process.uptime().toFixed(1);
// Where providers send webhooks: this server, unless it sits behind a proxy with another address.
const publicUrl = (env.PAYLENS_PUBLIC_URL ?? url).replace(/\/$/, "");

if (demo) await ensureDemoUsers(db, demoTokenFile(env));
const startedInbox = startInboxWorker(
  db,
  log,
  pollPolicy,
  // Three lanes keep the database busy while a batch waits on it; more made each claim skip the rows the others had
  // locked, and two instances paid twice (docs/performance.md, "Rollups under a storm"). A small pool keeps room for
  // the webhook inserts (four lanes) and the console.
  database.kind === "postgres" ? Math.min(3, Math.max(1, env.PAYLENS_DB_POOL_SIZE - 5)) : 1,
  ingest,
  accounts,
  parsed,
);
inbox = startedInbox;
const polls = startPollWorker(db, accounts, record, log, pollPolicy);
const rollups = startRollupWorker(db, log, { sloMs });
await syncEnvironmentChannel(
  db,
  env.PAYLENS_ALERT_WEBHOOK_URL
    ? { url: env.PAYLENS_ALERT_WEBHOOK_URL, secret: env.PAYLENS_ALERT_WEBHOOK_SECRET ?? null }
    : null,
);
let deliveries: Loop | null = null;
const alerting = startAlertWorker(
  db,
  log,
  {
    ...DEFAULT_ALERT_CONFIG,
    sloMs,
    windowMs: env.PAYLENS_ALERT_WINDOW_MS,
    silence: {
      ...DEFAULT_ALERT_CONFIG.silence,
      missingMinWaitMs: env.PAYLENS_ALERT_MISSING_AFTER_MS,
      missingMaxWaitMs: env.PAYLENS_ALERT_MISSING_MAX_MS,
    },
  },
  env.PAYLENS_ALERT_EVERY_MS,
  () => deliveries?.wake(),
);
const settling = startSettleWorker(db, accounts, record, log);
const sessionSweep = startSessionSweep(db, log);
deliveries = startDeliveryWorker(db, log, publicUrl, env.PAYLENS_ALERT_LANGUAGE);
const reports = startReportWorker(db, log, {
  consoleUrl: publicUrl,
  maxBytes: env.PAYLENS_REPORT_MAX_BYTES,
  language: env.PAYLENS_ALERT_LANGUAGE,
});

// The first start's back-fill runs in the background: its progress is logged and shown in the console.
traffic = demo
  ? await playDemoTraffic(demo, {
      db,
      accounts,
      record,
      log,
      publicUrl,
      backfill: env.PAYLENS_DEMO_BACKFILL,
      backfillDays: env.PAYLENS_DEMO_BACKFILL_DAYS,
      ratePerSecond: env.PAYLENS_DEMO_RATE,
    })
  : null;

onStopSignals(async () => {
  traffic?.stop();
  await server.stop();
  await Promise.all([
    startedInbox.stop(),
    polls.stop(),
    rollups.stop(),
    alerting.stop(),
    deliveries?.stop(),
    reports.stop(),
    settling.stop(),
    sessionSweep.stop(),
  ]);
  await demo?.close();
  await database.close();
}, log);

// The banner last: whoever waits for it (a supervisor, a test) may send SIGTERM at once and must get a clean stop.
process.stdout.write(
  `\n  Paylens is running at ${url}  (database: ${database.kind}, answering after ${listeningAfter} s)\n` +
    (demo
      ? `  Demo mode: ${demo.providers.map((p) => `${p.name} sandbox at ${p.url}`).join(", ")}; traffic ${env.PAYLENS_DEMO_RATE}/s\n${demoUsersText()}`
      : `  Accounts: ${accounts
          .all()
          .map((a) => a.account.id)
          .join(", ")}\n`) +
    "\n",
);
