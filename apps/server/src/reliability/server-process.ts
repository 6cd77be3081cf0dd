// The real server (apps/server/src/main.ts) as a child process on a data dir that outlives it, for tests that kill
// it, restart it, or read its logs. PGlite's data dir can only be opened once the process has gone.
import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";

const root = fileURLToPath(new URL("../../../..", import.meta.url));

export interface ServerProcess {
  url: string;
  /** The server's own process id (tsx runs as a loader inside it). */
  pid: number;
  /** Resolves with the exit code (null when a signal ended it) once the process is gone. */
  exited: Promise<number | null>;
  output(): string;
  /** Resolves once the output shows `pattern` (a log line the test waits for instead of sleeping). */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** SIGTERM (a clean stop) or SIGKILL (a crash); resolves when the process is gone. */
  stop(signal?: "SIGTERM" | "SIGKILL"): Promise<void>;
}

/** `nodeArgs`: options for node itself (the ingest benchmark's `--cpu-prof`, which NODE_OPTIONS does not take). */
export async function spawnServer(env: Record<string, string>, nodeArgs: string[] = []): Promise<ServerProcess> {
  // tsx as a loader in this one process (not its CLI, which runs the server in a child): a SIGKILL must hit the server.
  const tsx = pathToFileURL(join(root, "node_modules/tsx/dist/loader.mjs")).href;
  const childEnv: Record<string, string | undefined> = {
    // eslint-disable-next-line no-restricted-properties -- the child inherits this machine's environment (PATH, HOME)
    ...process.env,
    PORT: "0",
    PAYLENS_SANDBOX_PORT: "0",
    LOG_LEVEL: "warn",
    ...env,
  };
  if (!env["DATABASE_URL"]) delete childEnv["DATABASE_URL"];
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "--import", tsx, "apps/server/src/main.ts"], {
    cwd: root,
    env: childEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in 90 s:\n${output}`)), 90_000);
    child.stdout?.on("data", () => {
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    void exited.then(() => reject(new Error(`server exited with ${child.exitCode}:\n${output}`)));
  });
  return {
    url,
    pid: child.pid ?? 0,
    exited,
    output: () => output,
    waitForOutput: (pattern, timeoutMs = 120_000) =>
      new Promise<void>((resolve, reject) => {
        if (pattern.test(output)) return resolve();
        const timer = setTimeout(() => {
          child.stdout?.off("data", check);
          reject(new Error(`no ${pattern} in ${timeoutMs / 1000} s:\n${output.slice(-3000)}`));
        }, timeoutMs);
        const check = () => {
          if (!pattern.test(output)) return;
          clearTimeout(timer);
          child.stdout?.off("data", check);
          resolve();
        };
        child.stdout?.on("data", check);
      }),
    stop: async (signal = "SIGTERM") => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
        if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
      }
      await exited;
    },
  };
}
