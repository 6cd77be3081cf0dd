// Ingest load: signed webhooks of all three providers at rising rates against the real server (its own process),
// on PGlite or PostgreSQL. Per rate: accepted per second, acknowledgement latency, and how long until the inbox is
// applied; once per engine: the database's raw single-row insert rate, the ceiling an acknowledgement (one insert)
// can reach; and a final check that every acknowledged message was stored and applied exactly once (`--instances 2`: two servers
// on one PostgreSQL, webhooks sent to each in turn).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnServer, type ServerProcess } from "@paylens/server/reliability/server-process";
import { webhookForge, type ForgedWebhook } from "@paylens/providers/test-webhook-forge";
import { openDatabase } from "@paylens/db/client";
import { appliedOnce, inboxStates, singleRowInsertRate } from "./ingest-sql.ts";
import { createTestDb } from "@paylens/db/test-db";

export interface IngestOptions {
  kind: "pglite" | "postgres";
  rates: number[];
  seconds: number;
  /** Servers sharing the database (PostgreSQL only); webhooks go to each in turn. */
  instances?: number;
}

const print = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
const round = (n: number) => Math.round(n * 100) / 100;

const WARM_UP_SECONDS = 2;

async function inboxPending(url: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(/^paylens_webhook_inbox_pending (\d+)/m.exec(text)?.[1] ?? Number.NaN);
}

/** Seconds until the inbox is empty (every instance shares it); asked twice a second, as /metrics costs queries. */
async function drained(url: string): Promise<number> {
  const started = performance.now();
  while ((await inboxPending(url)) > 0) await new Promise((resolve) => setTimeout(resolve, 500));
  return (performance.now() - started) / 1000;
}

/** One POST on a kept-alive connection; resolves with the status (node:http: fetch costs the sender several times the CPU). */
function post(agent: Agent, url: URL, message: ForgedWebhook): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = Buffer.from(message.body);
    const request = httpRequest(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: message.path,
        method: "POST",
        headers: { ...message.headers, "content-length": String(body.length) },
      },
      (reply) => {
        reply.resume();
        reply.on("end", () => resolve(reply.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.end(body);
  });
}

/** Sends `rate` webhooks a second for `seconds` (open loop, at most 512 in flight, instances in turn); returns each one's fate. */
async function blast(urls: string[], messages: ForgedWebhook[], rate: number, seconds: number) {
  const agent = new Agent({ keepAlive: true, maxSockets: 512 });
  const targets = urls.map((url) => new URL(url));
  const latencies: number[] = [];
  const accepted: string[] = [];
  let errors = 0;
  let inFlight = 0;
  let sent = 0;
  const total = Math.min(messages.length, rate * seconds);
  const started = performance.now();
  const pending: Promise<void>[] = [];
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate));
    while (sent < due && inFlight < 512) {
      const message = messages[sent++] as ForgedWebhook;
      inFlight++;
      const t0 = performance.now();
      pending.push(
        post(agent, targets[sent % targets.length] as URL, message)
          .then((status) => {
            if (status === 200) {
              latencies.push(performance.now() - t0);
              accepted.push(message.uid);
            } else errors++;
          })
          .catch(() => {
            errors++;
          })
          .finally(() => {
            inFlight--;
          }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  await Promise.all(pending);
  agent.destroy();
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return { sent, accepted, errors, elapsed, p50: percentile(latencies, 0.5), p95: percentile(latencies, 0.95) };
}

export async function benchIngest(options: IngestOptions): Promise<void> {
  const instances = options.kind === "postgres" ? (options.instances ?? 1) : 1; // PGlite: one process owns the data dir
  const dir = mkdtempSync(join(tmpdir(), "paylens-ingest-"));
  const forge = webhookForge(`ingest-${options.kind}`);
  const accountsFile = join(dir, "accounts.json");
  writeFileSync(
    accountsFile,
    JSON.stringify(forge.accounts.map(({ account, credentials }) => ({ ...account, credentials }))),
  );
  const testDb = options.kind === "postgres" ? await createTestDb() : null;
  const warmUp = Math.min(1000, options.rates[0] ?? 1000) * WARM_UP_SECONDS;
  const needed = warmUp + options.rates.reduce((sum, rate) => sum + rate * options.seconds, 0);
  process.stderr.write(`${options.kind}: signing ${needed.toLocaleString("en")} webhooks…\n`);
  const messages = Array.from({ length: needed }, (_, i) => forge.nth(i));

  // The ceiling first, on a database of the same engine (PGlite: its own data dir, as the server's is in use).
  const ceilingDb = testDb ?? (await openDatabase({ kind: "pglite", dataDir: join(dir, "ceiling") }));
  const ceiling = await singleRowInsertRate(ceilingDb, 5);
  if (!testDb) await ceilingDb.close();
  print({ bench: "ingest-ceiling", db: options.kind, single_row_inserts_per_s: ceiling });

  const env: Record<string, string> = {
    PAYLENS_DATA_DIR: dir,
    PAYLENS_ACCOUNTS_FILE: accountsFile,
    PAYLENS_POLL_FIRST_DELAY_MS: "3600000",
    LOG_LEVEL: "error",
  };
  if (testDb?.url) env["DATABASE_URL"] = testDb.url;
  const servers: ServerProcess[] = [];
  for (let i = 0; i < instances; i++) servers.push(await spawnServer(env));
  const urls = servers.map((server) => server.url);
  const acknowledged: string[] = [];
  try {
    // A short warm-up (JIT, connection pools), applied and checked like the rest but not reported.
    const warm = await blast(urls, messages.slice(0, warmUp), warmUp / WARM_UP_SECONDS, WARM_UP_SECONDS);
    acknowledged.push(...warm.accepted);
    await drained(urls[0] as string);
    let offset = warmUp;
    for (const rate of options.rates) {
      const slice = messages.slice(offset, offset + rate * options.seconds);
      offset += slice.length;
      const result = await blast(urls, slice, rate, options.seconds);
      acknowledged.push(...result.accepted);
      const appliedAfter = await drained(urls[0] as string);
      print({
        bench: "ingest",
        db: options.kind,
        instances,
        target_per_s: rate,
        sent: result.sent,
        accepted: result.accepted.length,
        errors: result.errors,
        accepted_per_s: Math.round(result.accepted.length / result.elapsed),
        ack_p50_ms: round(result.p50),
        ack_p95_ms: round(result.p95),
        applied_after_s: round(appliedAfter),
        share_of_ceiling: round(result.accepted.length / result.elapsed / ceiling),
      });
    }
  } finally {
    await Promise.all(servers.map((server) => server.stop("SIGTERM")));
  }
  const database = testDb ?? (await openDatabase({ kind: "pglite", dataDir: join(dir, "pglite") }));
  try {
    const state = await inboxStates(database);
    const lost = acknowledged.filter((uid) => state.get(uid) !== "applied").length;
    const once = await appliedOnce(database);
    print({
      bench: "ingest-check",
      db: options.kind,
      instances,
      acknowledged: acknowledged.length,
      stored: state.size,
      acknowledged_not_applied: lost,
      stored_not_applied: once.notApplied,
      events_not_exactly_one: once.eventsNotOne,
      transactions_doubled: once.doubled,
    });
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
