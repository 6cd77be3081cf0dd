// A hash of the files a step depends on, kept beside its result: `npm start` skips the step while they are unchanged.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SKIPPED_DIRS = new Set(["node_modules", "dist", ".turbo", ".cache", "test-results"]);

function* filesUnder(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  const entries = readdirSync(path, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const child = join(path, entry.name);
    if (entry.isFile()) yield child;
    else if (entry.isDirectory() && !SKIPPED_DIRS.has(entry.name) && !entry.name.startsWith("."))
      yield* filesUnder(child);
  }
}

/** The hash of every file under `paths` (files or folders; build output and dependencies left out), names included. */
export function fingerprint(paths) {
  const hash = createHash("sha256");
  for (const path of paths)
    for (const file of filesUnder(path)) hash.update(file).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

/** Runs `step` unless `stampFile` holds the same fingerprint of `paths`; writes it once the step succeeded. */
export async function unlessUnchanged(stampFile, paths, step) {
  const current = fingerprint(paths);
  if (existsSync(stampFile) && readFileSync(stampFile, "utf8") === current) return false;
  await step();
  writeFileSync(stampFile, current);
  return true;
}
