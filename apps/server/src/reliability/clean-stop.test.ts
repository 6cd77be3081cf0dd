// SIGTERM to the server's own process (not its group) while the demo's back-fill and traffic run: it exits cleanly in
// under 10 s and frees its port and the sandboxes'. A second server on the same PGlite folder refuses to start,
// naming the folder and the running process, and the first keeps serving and keeps its data.
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "@paylens/db/client";
import { seedPgliteDataDir } from "@paylens/db/test-db";
import { spawnServer } from "./server-process.ts";
import { serverStore } from "./server-store.ts";

/** Every port the server's start-up banner names: its own and each sandbox's. */
function portsIn(output: string): number[] {
  return [...output.matchAll(/http:\/\/127\.0\.0\.1:(\d+)/g)]
    .map((m) => Number(m[1]))
    .filter((port, i, all) => all.indexOf(port) === i);
}

function free(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

describe("a clean stop", () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("exits within 10 s of SIGTERM to its own pid, mid back-fill, with every port free", async () => {
    const store = await serverStore("stop");
    cleanups.push(() => store.close());
    const server = await spawnServer({
      ...store.env,
      PAYLENS_DEMO_RATE: "40",
      PAYLENS_DEMO_BACKFILL: "3000",
      LOG_LEVEL: "info",
    });
    cleanups.push(() => server.stop("SIGKILL"));
    const ports = portsIn(server.output());
    expect(ports.length).toBe(4);
    // Busy: the back-fill (3,000 orders, far longer than the test) has begun and the traffic is sending webhooks.
    await server.waitForOutput(/loading demo history: .* in the background/);
    const before = performance.now();
    process.kill(server.pid, "SIGTERM");
    const code = await Promise.race([
      server.exited,
      new Promise<"late">((resolve) => setTimeout(() => resolve("late"), 10_000)),
    ]);
    const seconds = (performance.now() - before) / 1000;
    expect(code, `still running ${seconds.toFixed(1)} s after SIGTERM`).toBe(0);
    expect(server.output()).toContain('"msg":"stopping"');
    for (const port of ports) expect(await free(port), `port ${port} still taken`).toBe(true);
  }, 120_000);

  it("refuses a second server on the same PGlite folder, and the first keeps its data", async () => {
    const dir = mkdtempSync(join(tmpdir(), "paylens-twice-"));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const env = { PAYLENS_DATA_DIR: dir, PAYLENS_DEMO_RATE: "0", PAYLENS_DEMO_BACKFILL: "30", LOG_LEVEL: "info" };
    const dataDir = join(dir, "pglite");
    await seedPgliteDataDir(dataDir);
    const first = await spawnServer(env);
    cleanups.push(() => first.stop("SIGKILL"));
    await expect(spawnServer(env)).rejects.toThrow(
      `The data folder ${dataDir} is in use by another Paylens process (pid ${first.pid})`,
    );
    expect((await fetch(`${first.url}/healthz`)).status).toBe(200);
    // Let the back-fill land, then stop the first and read what it kept.
    await first.waitForOutput(/demo back-fill done/);
    await first.stop("SIGTERM");
    expect(await first.exited).toBe(0);
    const database = await openDatabase({ kind: "pglite", dataDir });
    try {
      const rows = await database.db.execute<{ n: number }>(sql`select count(*)::int as n from transactions`);
      expect(rows.rows[0]?.n).toBeGreaterThanOrEqual(30);
    } finally {
      await database.close();
    }
  }, 120_000);
});
