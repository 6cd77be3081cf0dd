// Soak: one real server (its own process) under a steady webhook load for many minutes, with the console's
// scrape of /metrics beside it; its resident memory sampled throughout. A leak shows as a slope: the summary compares
// the median of the first full minute after warm-up with the last minute's and fits a line through every sample.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnServer, type ServerProcess } from "@paylens/server/reliability/server-process";
import { webhookForge } from "@paylens/providers/test-webhook-forge";
import { createTestDb, type TestDatabase } from "@paylens/db/test-db";
import { blast, residentMib, writeAccountsFile } from "./ingest-load.ts";

export interface SoakOptions {
  kind: "pglite" | "postgres";
  minutes: number;
  /** Webhooks a second, steady. */
  rate: number;
}

const print = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);
const CHUNK_SECONDS = 10;
const WARM_UP_MINUTES = 1;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

/** Least-squares slope of y over x. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const num = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const den = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return den === 0 ? 0 : num / den;
}

/** Each whole minute's median resident memory, as points for the slope. */
function minuteMedians(samples: { minute: number; rss: number }[]): { x: number; y: number }[] {
  const minutes = [...new Set(samples.map((s) => Math.floor(s.minute)))];
  return minutes.map((m) => ({ x: m, y: median(samples.filter((s) => Math.floor(s.minute) === m).map((s) => s.rss)) }));
}

export async function benchSoak(options: SoakOptions): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "paylens-soak-"));
  const forge = webhookForge(`soak-${options.kind}-${Date.now().toString(36)}`);
  const accountsFile = writeAccountsFile(dir, forge);
  const testDb: TestDatabase | null = options.kind === "postgres" ? await createTestDb() : null;
  const env: Record<string, string> = {
    PAYLENS_DATA_DIR: join(dir, "data"),
    PAYLENS_ACCOUNTS_FILE: accountsFile,
    PAYLENS_POLL_FIRST_DELAY_MS: "3600000",
    LOG_LEVEL: "error",
  };
  if (testDb?.url) env["DATABASE_URL"] = testDb.url;
  let server: ServerProcess | null = null;
  // Forged before the clock starts: signing is the sender's heaviest work and would otherwise set the rate.
  process.stderr.write(`soak: signing ${(options.rate * options.minutes * 60).toLocaleString("en")} webhooks…\n`);
  const chunks = Array.from({ length: Math.ceil((options.minutes * 60) / CHUNK_SECONDS) }, (_, chunk) =>
    Array.from({ length: options.rate * CHUNK_SECONDS }, (_, i) => forge.nth(chunk * options.rate * CHUNK_SECONDS + i)),
  );
  try {
    server = await spawnServer(env);
    const { url, pid } = server;
    const samples: { minute: number; rss: number }[] = [];
    let accepted = 0;
    let errors = 0;
    const started = performance.now();
    const minute = () => (performance.now() - started) / 60_000;
    // The console's own traffic beside the webhooks: a metrics scrape every 5 s, as a Prometheus server would.
    const scrape = setInterval(
      () =>
        void fetch(`${url}/metrics`).then(
          (r) => r.text(),
          () => "",
        ),
      5_000,
    );
    const sampler = setInterval(() => samples.push({ minute: minute(), rss: residentMib(pid) }), 5_000);
    try {
      let reported = 0;
      for (const messages of chunks) {
        if (minute() >= options.minutes) break;
        const result = await blast([url], messages, options.rate, CHUNK_SECONDS, [pid]);
        accepted += result.accepted.length;
        errors += result.errors;
        if (Math.floor(minute()) > reported) {
          reported = Math.floor(minute());
          const inMinute = samples.filter((sample) => sample.minute >= reported - 1).map((sample) => sample.rss);
          print({
            bench: "soak",
            db: options.kind,
            minute: reported,
            rss_median_mib: median(inMinute),
            accepted,
            errors,
          });
        }
      }
    } finally {
      clearInterval(scrape);
      clearInterval(sampler);
    }
    const ran = minute();
    const steady = samples.filter((s) => s.minute >= WARM_UP_MINUTES);
    const first = steady.filter((s) => s.minute < WARM_UP_MINUTES + 1).map((s) => s.rss);
    const last = steady.filter((s) => s.minute >= ran - 1).map((s) => s.rss);
    print({
      bench: "soak-summary",
      db: options.kind,
      minutes: Math.round(ran * 10) / 10,
      rate_per_s: options.rate,
      accepted,
      accepted_per_s: Math.round(accepted / (ran * 60)),
      errors,
      rss_after_warm_up_mib: median(first),
      rss_last_minute_mib: median(last),
      rss_max_mib: Math.max(...steady.map((s) => s.rss)),
      // Through each minute's median after the warm-up: garbage collection makes single samples swing by 100 MiB, a
      // leak shows as a steady climb of the medians.
      growth_mib_per_min: Math.round(slope(minuteMedians(steady)) * 100) / 100,
    });
  } finally {
    await server?.stop("SIGTERM");
    await testDb?.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
