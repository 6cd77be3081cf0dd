// Ingest load: signed webhooks of all three providers against the real server (its own process), on PGlite or
// PostgreSQL. One run reports, side by side: the database's raw single-row insert rate (the ceiling an acknowledgement,
// one committed insert, could reach without batching); for one server and then two on the same database (PostgreSQL),
// rising rates until acceptance stops growing (the saturated rate), then 80 % of that rate (ack p95 there); per rate the
// time from the burst's last acknowledgement until every message is applied; the server's resident memory at idle and
// under ingest; and a final check that every acknowledged message was stored and applied exactly once.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnServer, type ServerProcess } from "@paylens/server/reliability/server-process";
import { webhookForge, type ForgedWebhook } from "@paylens/providers/test-webhook-forge";
import { openDatabase, type Database } from "@paylens/db/client";
import { createTestDb, type TestDatabase } from "@paylens/db/test-db";
import { blast, residentMib, senderAgent, serverMetric, writeAccountsFile, type BlastResult } from "./ingest-load.ts";
import { ceilingOf } from "./ingest-ceiling.ts";
import { cpuSeconds, machineSample, machineShares, msPer1k, type MachineShares } from "./machine-cpu.ts";
import { appliedOnce, inboxStates, lockWaiters, pendingCount } from "./ingest-sql.ts";

export interface IngestOptions {
  kind: "pglite" | "postgres";
  /** Rates to send, in order; empty: find the saturation point (rising from half the ceiling). */
  rates: number[];
  seconds: number;
  /** Server counts to measure, each on a fresh database (PostgreSQL; PGlite: one process owns the data dir). */
  instances: number[];
  /** Connections per server (PAYLENS_DB_POOL_SIZE) and lanes of the ceiling's inserts. */
  poolSize: number;
  /** Write a V8 CPU profile of each server here (`node --cpu-prof`). */
  profileDir?: string | undefined;
}

interface Step {
  rate: number;
  result: BlastResult;
  acceptedPerS: number;
  /** Accepted ones per second from the step's first send until the last of them is applied: what was kept up with. */
  appliedPerS: number;
  appliedAfter: number;
  /** Server CPU (all instances) per 1,000 accepted webhooks, acknowledging and applying them: the load-independent cost. */
  cpuMsPer1k: number;
  /** Sessions waiting for a lock, averaged over samples every 250 ms until applied (PostgreSQL). */
  lockWaiting: number;
  /** Webhooks held while applying caught up, all servers. */
  held: number;
  /** The local PostgreSQL's CPU per 1,000 accepted (null on PGlite: it runs inside the server, its CPU is the server's). */
  dbCpuMsPer1k: number | null;
  /** The machine over the step, until applied: busy and stolen shares, the database's CPU. */
  machine: MachineShares | null;
}

const print = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);
const round = (n: number) => Math.round(n * 100) / 100;

const WARM_UP_SECONDS = 4;
/** Saturation search: each rate this much above the last, until acceptance grows less than GROWTH or after MAX_STEPS. */
const STEP = 1.25;
const GROWTH = 1.03;
const MAX_STEPS = 8;

/** Seconds until no message is pending (every instance shares the inbox): from the database where the bench can read it. */
async function drained(pending: () => Promise<number>, everyMs: number): Promise<number> {
  const started = performance.now();
  while ((await pending()) > 0) await new Promise((resolve) => setTimeout(resolve, everyMs));
  return (performance.now() - started) / 1000;
}

export async function benchIngest(options: IngestOptions): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "paylens-ingest-"));
  const forge = webhookForge(`ingest-${options.kind}-${Date.now().toString(36)}`);
  const accountsFile = writeAccountsFile(dir, forge);
  let signed = 0;
  const sign = (n: number): ForgedWebhook[] => Array.from({ length: Math.round(n) }, () => forge.nth(signed++));

  const { rate: ceiling, dbCpuMsPer1k: ceilingDbCpuMsPer1k } = await ceilingOf(options, dir);
  print({
    bench: "ingest-ceiling",
    db: options.kind,
    lanes: options.kind === "pglite" ? 1 : options.poolSize,
    single_row_inserts_per_s: ceiling,
    ...(ceilingDbCpuMsPer1k !== null ? { db_cpu_ms_per_1k: ceilingDbCpuMsPer1k } : {}),
  });

  const saturated = new Map<number, Step>();
  const summary: Record<string, unknown> = { bench: "ingest-summary", db: options.kind, ceiling_per_s: ceiling };
  if (ceilingDbCpuMsPer1k !== null) summary["ceiling_db_cpu_ms_per_1k"] = ceilingDbCpuMsPer1k;
  const counts = options.kind === "postgres" ? options.instances : [1];
  try {
    for (const instances of counts) {
      const run = await runInstances(options, { dir, accountsFile, instances, ceiling, sign });
      saturated.set(instances, run.max);
      const key = instances === 1 ? "one" : `${instances}_instances`;
      summary[`${key}_saturated_per_s`] = run.max.acceptedPerS;
      summary[`${key}_share_of_ceiling`] = round(run.max.acceptedPerS / ceiling);
      summary[`${key}_applied_per_s_at_max`] = run.max.appliedPerS;
      summary[`${key}_applied_after_s_at_max`] = round(run.max.appliedAfter);
      summary[`${key}_ack_p95_ms_at_80pct`] = round(run.at80.result.p95);
      summary[`${key}_applied_after_s_at_80pct`] = round(run.at80.appliedAfter);
      summary[`${key}_server_cpu_ms_per_1k_at_max`] = Math.round(run.max.cpuMsPer1k);
      summary[`${key}_lock_waiting_avg_at_max`] = round(run.max.lockWaiting);
      if (run.max.dbCpuMsPer1k !== null) summary[`${key}_db_cpu_ms_per_1k_at_max`] = run.max.dbCpuMsPer1k;
      if (run.max.machine) {
        summary[`${key}_machine_busy_share_at_max`] = round(run.max.machine.busyShare);
        summary[`${key}_machine_steal_share_at_max`] = round(run.max.machine.stealShare);
      }
      summary[`${key}_rss_idle_mib`] = run.rssIdle;
      summary[`${key}_rss_ingest_mib`] = run.rssPeak;
      summary[`${key}_lost`] = run.lost;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const one = saturated.get(1);
  for (const [instances, step] of saturated)
    if (one && instances > 1) summary[`${instances}_instances_vs_one`] = round(step.acceptedPerS / one.acceptedPerS);
  print(summary);
}

interface RunContext {
  dir: string;
  accountsFile: string;
  instances: number;
  ceiling: number;
  sign: (n: number) => ForgedWebhook[];
}

/** `instances` servers on a fresh database: warm-up, the rates (or the saturation search), 80 % of the maximum, the check. */
async function runInstances(options: IngestOptions, context: RunContext) {
  const { instances, ceiling, sign } = context;
  const testDb: TestDatabase | null = options.kind === "postgres" ? await createTestDb() : null;
  const env: Record<string, string> = {
    PAYLENS_DATA_DIR: join(context.dir, `data-${instances}`),
    PAYLENS_ACCOUNTS_FILE: context.accountsFile,
    PAYLENS_POLL_FIRST_DELAY_MS: "3600000",
    PAYLENS_DB_POOL_SIZE: String(options.poolSize),
    LOG_LEVEL: "error",
  };
  if (testDb?.url) env["DATABASE_URL"] = testDb.url;
  const pending = testDb ? () => pendingCount(testDb) : null;
  const servers: ServerProcess[] = [];
  const agent = senderAgent();
  const acknowledged: string[] = [];
  const steps: Step[] = [];
  let at80: Step | null = null;
  let rssIdle = 0;
  try {
    for (let i = 0; i < instances; i++) {
      const profile = options.profileDir ? ["--cpu-prof", `--cpu-prof-dir=${options.profileDir}`] : [];
      servers.push(await spawnServer(env, profile));
    }
    const urls = servers.map((server) => server.url);
    const pids = servers.map((server) => server.pid);
    const untilApplied = () =>
      pending
        ? drained(pending, 100)
        : drained(() => serverMetric(urls[0] as string, "paylens_webhook_inbox_pending"), 500);
    const cpu = () => pids.reduce((sum, pid) => sum + cpuSeconds(pid), 0);
    const held = async () =>
      (await Promise.all(urls.map((url) => serverMetric(url, "paylens_webhook_held_seconds_count", 0)))).reduce(
        (a, b) => a + b,
        0,
      );
    const send = async (rate: number): Promise<Step> => {
      const messages = sign(rate * options.seconds);
      const cpuBefore = cpu();
      const heldBefore = await held();
      const machineBefore = machineSample();
      const waits: number[] = [];
      let sampling = Promise.resolve();
      const sampler = testDb
        ? setInterval(() => {
            sampling = sampling.then(async () => void waits.push(await lockWaiters(testDb)));
          }, 250)
        : null;
      const result = await blast(urls, messages, rate, options.seconds, pids, agent);
      acknowledged.push(...result.accepted);
      const appliedAfter = await untilApplied();
      if (sampler) clearInterval(sampler);
      await sampling;
      const cpuMsPer1k = ((cpu() - cpuBefore) * 1000 * 1000) / Math.max(1, result.accepted.length);
      const machine = machineShares(machineBefore, machineSample());
      return {
        rate,
        result,
        acceptedPerS: Math.round(result.accepted.length / result.elapsed),
        appliedPerS: Math.round(result.accepted.length / (result.elapsed + appliedAfter)),
        appliedAfter,
        cpuMsPer1k,
        lockWaiting: waits.length ? waits.reduce((a, b) => a + b, 0) / waits.length : 0,
        machine,
        dbCpuMsPer1k:
          machine && options.kind === "postgres" ? msPer1k(machine.postgresSeconds, result.accepted.length) : null,
        held: (await held()) - heldBefore,
      };
    };
    const report = (step: Step, extra: Record<string, unknown> = {}) =>
      print({
        bench: "ingest",
        db: options.kind,
        instances,
        target_per_s: step.rate,
        sent: step.result.sent,
        accepted: step.result.accepted.length,
        errors: step.result.errors,
        accepted_per_s: step.acceptedPerS,
        applied_per_s: step.appliedPerS,
        ack_p50_ms: round(step.result.p50),
        ack_p95_ms: round(step.result.p95),
        applied_after_s: round(step.appliedAfter),
        share_of_ceiling: round(step.acceptedPerS / ceiling),
        rss_peak_mib: step.result.peakRssMib,
        server_cpu_ms_per_1k: Math.round(step.cpuMsPer1k),
        sender_cpu_ms_per_1k: Math.round(step.result.senderCpuMsPer1k),
        lock_waiting_avg: round(step.lockWaiting),
        held: step.held,
        ...(step.dbCpuMsPer1k !== null ? { db_cpu_ms_per_1k: step.dbCpuMsPer1k } : {}),
        ...(step.machine
          ? {
              machine_busy_share: round(step.machine.busyShare),
              machine_steal_share: round(step.machine.stealShare),
            }
          : {}),
        ...extra,
      });

    // A short warm-up (JIT, connection pools), applied and checked like the rest but not reported.
    // Every server gets the same warm-up as one alone: with half each, two servers' first step ran on colder code
    // (738–1,133 ms of CPU per 1,000 against 581–623 at later steps).
    const warmRate = instances * Math.min(1000, Math.max(100, Math.round(ceiling / 4)));
    const warm = await blast(urls, sign(warmRate * WARM_UP_SECONDS), warmRate, WARM_UP_SECONDS, [], agent);
    acknowledged.push(...warm.accepted);
    await untilApplied();
    await new Promise((resolve) => setTimeout(resolve, 1000));
    rssIdle = Math.max(...pids.map(residentMib));

    const search = options.rates.length === 0;
    let rate = search ? Math.max(100, Math.round(ceiling / 2 / 100) * 100) : (options.rates[0] ?? 1000);
    for (let i = 0; search ? i < MAX_STEPS : i < options.rates.length; i++) {
      if (!search) rate = options.rates[i] ?? rate;
      const step = await send(rate);
      report(step);
      const best = Math.max(0, ...steps.map((s) => s.acceptedPerS));
      steps.push(step);
      if (search && steps.length > 1 && step.acceptedPerS < best * GROWTH) break;
      rate = Math.round((Math.max(rate, step.acceptedPerS) * STEP) / 100) * 100;
    }
    const max = steps.reduce((a, b) => (b.acceptedPerS > a.acceptedPerS ? b : a));
    at80 = await send(Math.round((max.acceptedPerS * 0.8) / 10) * 10);
    report(at80, { at_share_of_max: 0.8 });
    const rssPeak = Math.max(...steps.map((s) => s.result.peakRssMib), at80.result.peakRssMib);
    agent.destroy();
    await Promise.all(servers.map((server) => server.stop("SIGTERM")));
    const lost = await check(options.kind, instances, acknowledged, testDb, env["PAYLENS_DATA_DIR"] ?? "");
    return { max, at80, rssIdle, rssPeak, lost };
  } finally {
    agent.destroy();
    await Promise.all(servers.map((server) => server.stop("SIGTERM")));
    await testDb?.close();
  }
}

/** Every acknowledged message stored and applied, each once; returns how many acknowledged ones were not. */
async function check(
  kind: IngestOptions["kind"],
  instances: number,
  acknowledged: string[],
  testDb: TestDatabase | null,
  dataDir: string,
): Promise<number> {
  const database: Database = testDb ?? (await openDatabase({ kind: "pglite", dataDir: join(dataDir, "pglite") }));
  try {
    const state = await inboxStates(database);
    const lost = acknowledged.filter((uid) => state.get(uid) !== "applied").length;
    const once = await appliedOnce(database);
    print({
      bench: "ingest-check",
      db: kind,
      instances,
      acknowledged: acknowledged.length,
      stored: state.size,
      acknowledged_not_applied: lost,
      stored_not_applied: once.notApplied,
      events_not_exactly_one: once.eventsNotOne,
      transactions_doubled: once.doubled,
    });
    return lost + once.notApplied + once.eventsNotOne + once.doubled;
  } finally {
    if (!testDb) await database.close();
  }
}
