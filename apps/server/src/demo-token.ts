// Where demo mode leaves its ops API token for `pnpm paylens incident` (the data dir, beside PGlite's files).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Env } from "./env.ts";

export function demoTokenFile(env: Env): string {
  return join(resolve(env.PAYLENS_DATA_DIR), "demo-api-token");
}

/** PAYLENS_API_TOKEN, else the demo token file, else null. */
export function apiToken(env: Env): string | null {
  if (env.PAYLENS_API_TOKEN) return env.PAYLENS_API_TOKEN;
  try {
    return readFileSync(demoTokenFile(env), "utf8").trim() || null;
  } catch {
    return null;
  }
}
