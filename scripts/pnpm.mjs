// Finds or fetches the pinned pnpm, so a machine with only Node 20 and npm can run the two README commands.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";

const pinned = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")).packageManager.split(
  "@",
)[1];

function installedVersion() {
  try {
    return execFileSync("pnpm", ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return null;
  }
}

let pnpm = null;
/** The command that runs the pinned pnpm: the installed one if it matches, else npx fetches it once. Asked on first
 * use: a restart that installs and builds nothing starts no pnpm at all. */
function pnpmCommand() {
  pnpm ??= installedVersion() === pinned ? ["pnpm"] : ["npx", "--yes", `pnpm@${pinned}`];
  return pnpm;
}

export function run(args, options = {}) {
  const pnpm = pnpmCommand();
  const [command, ...rest] = [...pnpm, ...args];
  return new Promise((resolve, reject) => {
    const child = spawn(command, rest, { stdio: "inherit", ...options });
    child.on("exit", (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${[...pnpm, ...args].join(" ")} failed (${signal ?? code})`)),
    );
    child.on("error", reject);
  });
}

export async function install() {
  const frozen = process.env.CI ? ["--frozen-lockfile"] : [];
  await run(["install", "--prefer-offline", ...frozen, "--reporter=append-only"], {
    env: { ...process.env, npm_config_update_notifier: "false" },
  });
}
