// A PostgreSQL server of the test's own (initdb in a temp dir, its own port), so a test can restart it under load
// without touching the shared server other tests use. Needs the machine's PostgreSQL binaries; run as root, it runs
// them as the postgres user (PostgreSQL refuses root).
import { execFileSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const versions = existsSync("/usr/lib/postgresql") ? readdirSync("/usr/lib/postgresql").sort() : [];
const bin = versions.length ? `/usr/lib/postgresql/${versions.at(-1)}/bin` : null;

/** Why a private server cannot run here, or null when it can. */
export function privatePostgresUnavailable(): string | null {
  if (!bin) return "no PostgreSQL binaries in /usr/lib/postgresql";
  if (process.getuid?.() !== 0) return "needs root to run PostgreSQL as the postgres user";
  return null;
}

export function startPrivatePostgres(port: number) {
  if (!bin) throw new Error("no PostgreSQL binaries");
  const dir = mkdtempSync(join(tmpdir(), "paylens-pg-"));
  const data = join(dir, "data");
  const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
  const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
  chownSync(dir, uid, gid);
  const asPostgres = (command: string, args: string[]) =>
    execFileSync("runuser", ["-u", "postgres", "--", join(bin, command), ...args], { stdio: "pipe", timeout: 60_000 });
  asPostgres("initdb", ["-D", data, "-A", "trust", "-U", "postgres", "--no-sync"]);
  const ctl = (...args: string[]) =>
    asPostgres("pg_ctl", [
      "-D",
      data,
      "-w",
      "-l",
      join(dir, "log"),
      "-o",
      `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=on`,
      ...args,
    ]);
  ctl("start");
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    /** An immediate (crash) restart: open connections break, in-flight transactions are lost unless committed. */
    restart: () => ctl("restart", "-m", "immediate"),
    stop: () => {
      try {
        ctl("stop", "-m", "fast");
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
