// The sending side of the ingest benchmark (bench/ingest.ts): signed webhooks posted at a set rate, open loop, and the
// server's resident memory and metrics read while it works.
import { readFileSync, writeFileSync } from "node:fs";
import { Agent, request as httpRequest } from "node:http";
import { join } from "node:path";
import type { ForgedWebhook, WebhookForge } from "@paylens/providers/test-webhook-forge";

export interface BlastResult {
  sent: number;
  accepted: string[];
  errors: number;
  elapsed: number;
  p50: number;
  p95: number;
  /** The largest resident set of any server seen during the blast, in MiB. */
  peakRssMib: number;
  /** CPU this process (the sender) used per 1,000 webhooks sent: on 2 cores it competes with the server for them. */
  senderCpuMsPer1k: number;
}

/** A webhook as it goes on the wire, prepared before the clock starts: the sender's CPU is the server's on 2 cores. */
interface Prepared {
  path: string;
  headers: Record<string, string>;
  body: Buffer;
  uid: string;
}

const prepare = (message: ForgedWebhook): Prepared => {
  const body = Buffer.from(message.body);
  return {
    path: message.path,
    headers: { ...message.headers, "content-length": String(body.length) },
    body,
    uid: message.uid,
  };
};

const MAX_IN_FLIGHT = 512;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** The forge's accounts as a server's accounts file (PAYLENS_ACCOUNTS_FILE) in `dir`; returns its path. */
export function writeAccountsFile(dir: string, forge: WebhookForge): string {
  const file = join(dir, "accounts.json");
  writeFileSync(file, JSON.stringify(forge.accounts.map(({ account, credentials }) => ({ ...account, credentials }))));
  return file;
}

/** A process's resident set in MiB (Linux /proc; NaN where there is none). */
export function residentMib(pid: number): number {
  try {
    const kb = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : Number.NaN;
  } catch {
    return Number.NaN;
  }
}

/** A counter or gauge from a server's /metrics (`missing` where it is not there yet). */
export async function serverMetric(url: string, name: string, missing = Number.NaN): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  return Number(new RegExp(`^${name} (\\S+)`, "m").exec(text)?.[1] ?? missing);
}

/** One POST on a kept-alive connection; resolves with the status (node:http: fetch costs the sender several times the CPU). */
function post(agent: Agent, url: URL, message: Prepared): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: message.path,
        method: "POST",
        headers: message.headers,
      },
      (reply) => {
        reply.resume();
        reply.on("end", () => resolve(reply.statusCode ?? 0));
      },
    );
    request.on("error", reject);
    request.end(message.body);
  });
}

/**
 * Kept-alive connections for a whole run, kept between its steps: a fresh agent per step opened up to 512 connections
 * at once at every step's start, and the SYNs past the server's accept queue were retried after 1 s, 3 s, 7 s, which
 * the ack p95 then showed (a provider's sender keeps its connections too).
 */
export const senderAgent = () =>
  new Agent({ keepAlive: true, maxSockets: MAX_IN_FLIGHT, maxFreeSockets: MAX_IN_FLIGHT });

/** Sends `rate` webhooks a second for `seconds` (open loop, at most 512 in flight, servers in turn); returns each one's fate. */
export async function blast(
  urls: string[],
  messages: ForgedWebhook[],
  rate: number,
  seconds: number,
  pids: number[] = [],
  agent: Agent = senderAgent(),
): Promise<BlastResult> {
  const targets = urls.map((url) => new URL(url));
  const latencies: number[] = [];
  const accepted: string[] = [];
  let errors = 0;
  let inFlight = 0;
  let sent = 0;
  let peakRssMib = 0;
  const sample = () => {
    for (const pid of pids) peakRssMib = Math.max(peakRssMib, residentMib(pid) || 0);
  };
  const sampler = setInterval(sample, 250);
  const total = Math.min(messages.length, Math.round(rate * seconds));
  const prepared = messages.slice(0, total).map(prepare);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const pending: Promise<void>[] = [];
  while (sent < total) {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate));
    while (sent < due && inFlight < MAX_IN_FLIGHT) {
      const message = prepared[sent++] as Prepared;
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
  clearInterval(sampler);
  sample();
  const elapsed = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  latencies.sort((a, b) => a - b);
  return {
    sent,
    accepted,
    errors,
    elapsed,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    peakRssMib,
    senderCpuMsPer1k: (cpu.user + cpu.system) / Math.max(1, sent),
  };
}
