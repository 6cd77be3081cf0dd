// Starts the real Paylens server (demo mode, PGlite in a temp dir) as a child process for browser tests.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { seedPgliteDataDir } from "@paylens/db/test-db";

const root = fileURLToPath(new URL("../../..", import.meta.url));

export interface RunningServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startServer(extraEnv: Record<string, string> = {}): Promise<RunningServer> {
  const dataDir = mkdtempSync(join(tmpdir(), "paylens-e2e-"));
  // The migrated template, not initdb and every migration: the browser tests are about the console, not start-up.
  await seedPgliteDataDir(join(dataDir, "pglite"));
  // tsx as a loader in the server's own process: its CLI would start a second node process to run it.
  const tsx = pathToFileURL(join(root, "node_modules/tsx/dist/loader.mjs")).href;
  const env: Record<string, string | undefined> = {
    ...process.env,
    PORT: "0",
    PAYLENS_SANDBOX_PORT: "0",
    PAYLENS_DATA_DIR: dataDir,
    PAYLENS_DEMO_RATE: "4",
    PAYLENS_DEMO_BACKFILL: "40",
    // A month of history: the screens and the settlement checks want recent days, not the disputes of a long history.
    PAYLENS_DEMO_BACKFILL_DAYS: "30",
    LOG_LEVEL: "warn",
    ...extraEnv,
  };
  delete env.DATABASE_URL; // the browser test always runs on the embedded database
  const child: ChildProcess = spawn(process.execPath, ["--import", tsx, "apps/server/src/main.ts"], {
    cwd: root,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 60 s:\n${output}`)), 60_000);
    const check = () => {
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on("data", check);
    child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
  });
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill("SIGKILL");
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
