// Paylens server: settings -> database -> migrations -> accounts -> HTTP -> workers -> (demo) sandboxes and traffic.
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@paylens/db/client";
import { DataDirInUseError } from "@paylens/db/data-dir-lock";
import { migrate } from "@paylens/db/migrate";
import { upsertAccounts } from "@paylens/db/queries/accounts";
import { AccountBook, loadAccountsFile } from "./accounts.ts";
import { playDemoTraffic, startDemoSandboxes, type DemoSandboxes } from "./demo/sandboxes.ts";
import { readEnv } from "./env.ts";
import { createLogger } from "./logger.ts";
import { callRecorder } from "./provider-context.ts";
import { createServer } from "./server.ts";
import { demoIncidents } from "./demo/incidents.ts";
import { ingestPressure, startInboxWorker } from "./workers/apply-inbox.ts";
import { DEFAULT_ALERT_CONFIG, startAlertWorker } from "./workers/evaluate-alerts.ts";
import { startPollWorker } from "./workers/poll-status.ts";
import { startRollupWorker } from "./workers/refresh-rollups.ts";
import { startSettleWorker } from "./workers/settle-actions.ts";
import { startSessionSweep } from "./workers/sweep-sessions.ts";
import { startDeliveryWorker } from "./workers/deliver-alerts.ts";
import type { Loop } from "./workers/loop.ts";
import { syncEnvironmentChannel } from "@paylens/db/queries/alert-channels";
import { demoTokenFile } from "./demo-token.ts";
import { demoUsersText, ensureDemoUsers } from "./demo/demo-users.ts";
import { onStopSignals } from "./stop-signals.ts";

const started = performance.now();
const env = readEnv();
const log = createLogger(env.LOG_LEVEL);

const database = await openDatabase(
  env.DATABASE_URL
    ? { kind: "postgres", url: env.DATABASE_URL }
    : { kind: "pglite", dataDir: join(resolve(env.PAYLENS_DATA_DIR), "pglite") },
).catch((error: unknown) => {
  if (!(error instanceof DataDirInUseError)) throw error;
  process.stderr.write(`Paylens cannot start: ${error.message}\n`);
  process.exit(1);
});
await migrate(database);
const { db } = database;
const record = callRecorder(db);
let demo: DemoSandboxes | null = null;
if (!env.PAYLENS_ACCOUNTS_FILE) {
  demo = await startDemoSandboxes({ basePort: env.PAYLENS_SANDBOX_PORT, timeScale: env.PAYLENS_DEMO_TIME_SCALE, log });
}
const accounts = new AccountBook(demo ? demo.accounts : loadAccountsFile(env.PAYLENS_ACCOUNTS_FILE ?? ""));
await upsertAccounts(
  db,
  accounts.all().map(({ account, demo: isDemo }) => ({ ...account, demo: isDemo })),
);

if (demo) await ensureDemoUsers(db, demoTokenFile(env));

const pollPolicy = { firstDelayMs: env.PAYLENS_POLL_FIRST_DELAY_MS, maxDelayMs: 15 * 60_000, maxAttempts: 20 };
const ingest = ingestPressure();
const inbox = startInboxWorker(db, log, pollPolicy, database.kind === "postgres" ? 3 : 1, ingest);
const polls = startPollWorker(db, accounts, record, log, pollPolicy);
const sloMs = env.PAYLENS_WEBHOOK_SLO_MS;
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
    silence: { ...DEFAULT_ALERT_CONFIG.silence, missingMinWaitMs: env.PAYLENS_ALERT_MISSING_AFTER_MS },
  },
  env.PAYLENS_ALERT_EVERY_MS,
  () => deliveries?.wake(),
);
const settling = startSettleWorker(db, accounts, record, log);
const sessionSweep = startSessionSweep(db, log);
const webDist = env.PAYLENS_WEB_DIST ?? fileURLToPath(new URL("../../web/dist", import.meta.url));
const server = await createServer({
  db,
  dbKind: database.kind,
  accounts,
  webDist,
  logger: log,
  onWebhookStored: () => inbox.wake(),
  ingest,
  webhookSloMs: sloMs,
  incidents: demo ? demoIncidents(demo.providers) : null,
  refundApprovalAbove: env.PAYLENS_REFUND_APPROVAL_ABOVE,
  replayWindowMs: env.PAYLENS_WEBHOOK_REPLAY_WINDOW_S * 1000,
  debugErrors: env.PAYLENS_DEBUG_ERRORS,
  secureCookies: (env.PAYLENS_PUBLIC_URL ?? "").startsWith("https:"),
  ...(env.PAYLENS_PUBLIC_URL ? { consoleUrl: env.PAYLENS_PUBLIC_URL } : {}),
});
const url = await server.start(env.PORT, env.HOST);
// Where providers send webhooks: this server, unless it sits behind a proxy with another address.
const publicUrl = (env.PAYLENS_PUBLIC_URL ?? url).replace(/\/$/, "");
deliveries = startDeliveryWorker(db, log, publicUrl);

const traffic = demo
  ? await playDemoTraffic(demo, {
      db,
      accounts,
      record,
      log,
      publicUrl,
      backfill: env.PAYLENS_DEMO_BACKFILL,
      ratePerSecond: env.PAYLENS_DEMO_RATE,
    })
  : null;

const seconds = ((performance.now() - started) / 1000).toFixed(1);
process.stdout.write(
  `\n  Paylens is running at ${url}  (database: ${database.kind}, ready in ${seconds} s)\n` +
    (demo
      ? `  Demo mode: ${demo.providers.map((p) => `${p.name} sandbox at ${p.url}`).join(", ")}; traffic ${env.PAYLENS_DEMO_RATE}/s\n${demoUsersText()}`
      : `  Accounts: ${accounts
          .all()
          .map((a) => a.account.id)
          .join(", ")}\n`) +
    "\n",
);

onStopSignals(async () => {
  traffic?.stop();
  await server.stop();
  await Promise.all([
    inbox.stop(),
    polls.stop(),
    rollups.stop(),
    alerting.stop(),
    deliveries?.stop(),
    settling.stop(),
    sessionSweep.stop(),
  ]);
  await demo?.close();
  await database.close();
}, log);
