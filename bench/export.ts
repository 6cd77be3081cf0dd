// Export at scale: the real server (its own process) on the bench database streams a CSV of about `rows` rows;
// the figures are time, rows per second and the server's resident memory, sampled from /proc while it streams
// (it must stay flat: the export holds one keyset batch at a time, whatever the result's size).
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Db } from "@paylens/db/client";
import { createApiToken } from "@paylens/db/queries/access";
import { spawnServer } from "@paylens/server/reliability/server-process";

export interface ExportBenchTarget {
  db: Db;
  /** The bench database's URL, for the server process. */
  url: string;
  rows: number;
  /** Rows to export (the query selects about this many of the store's, by creation time). */
  exportRows: number;
  days: number;
}

/** Resident and peak resident memory of a process, in MB (Linux /proc). */
function memory(pid: number): { rss: number; hwm: number } {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rss: Math.round(kb("VmRSS") / 1024), hwm: Math.round(kb("VmHWM") / 1024) };
}

/** GETs `path` and counts the body's bytes and lines without keeping it. */
function download(base: string, path: string, token: string) {
  return new Promise<{ status: number; bytes: number; lines: number; total: string | null }>((resolve, reject) => {
    const req = request(new URL(path, base), { headers: { authorization: `Bearer ${token}` } }, (reply) => {
      let bytes = 0;
      let lines = 0;
      reply.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      });
      reply.on("end", () =>
        resolve({
          status: reply.statusCode ?? 0,
          bytes,
          lines,
          total: (reply.headers["x-total-count"] as string | undefined) ?? null,
        }),
      );
      reply.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

export async function benchExport(target: ExportBenchTarget): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "paylens-export-"));
  const accountsFile = join(dir, "accounts.json");
  writeFileSync(accountsFile, "[]");
  const { token } = await createApiToken(target.db, { name: "export bench", role: "finance", createdBy: null });
  const server = await spawnServer({
    DATABASE_URL: target.url,
    PAYLENS_DATA_DIR: dir,
    PAYLENS_ACCOUNTS_FILE: accountsFile,
    PAYLENS_POLL_FIRST_DELAY_MS: "3600000",
    LOG_LEVEL: "error",
  });
  try {
    // Rows are spread evenly over `days`: the newest share of them is about `exportRows`.
    const share = Math.min(1, target.exportRows / target.rows);
    const since = new Date(Date.now() - share * target.days * 86_400_000).toISOString();
    const q = share >= 1 ? "" : `created>=${since}`;
    await new Promise((resolve) => setTimeout(resolve, 3000)); // let start-up work settle before the idle figure
    const idle = memory(server.pid);
    const samples: number[] = [];
    const timer = setInterval(() => samples.push(memory(server.pid).rss), 100);
    const started = performance.now();
    const result = await download(server.url, `/export/transactions.csv?q=${encodeURIComponent(q)}`, token);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(timer);
    if (result.status !== 200) throw new Error(`export answered ${result.status}`);
    const rows = result.lines - 1;
    const tenth = samples.slice(Math.floor(samples.length / 10));
    process.stdout.write(
      `${JSON.stringify({
        bench: "export",
        rows: target.rows,
        db: "postgres",
        exported: rows,
        total_header: Number(result.total),
        seconds: Math.round(seconds * 10) / 10,
        rows_per_s: Math.round(rows / seconds),
        mb: Math.round(result.bytes / 1e6),
        rss_idle_mb: idle.rss,
        rss_peak_mb: Math.max(idle.rss, ...samples),
        // The first tenth is warm-up (pool, JIT); the rest should be flat.
        rss_after_warmup_min_mb: Math.min(...tenth),
        rss_after_warmup_max_mb: Math.max(...tenth),
        rss_end_mb: samples[samples.length - 1] ?? idle.rss,
        // Resident memory at each tenth of the download: flat, or growing with the rows sent?
        rss_tenths_mb: Array.from({ length: 10 }, (_, i) => samples[Math.floor(((i + 1) * samples.length) / 10) - 1]),
        vm_hwm_mb: memory(server.pid).hwm,
      })}\n`,
    );
  } finally {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
