// The slowest test files and tests of a run, from vitest's JSON reports: CI prints them so the next saving is visible.
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

export function printSlowest(files, count = 20) {
  const results = files
    .filter((file) => existsSync(file))
    .flatMap((file) => JSON.parse(readFileSync(file, "utf8")).testResults ?? []);
  const byFile = results
    .map((r) => ({ name: relative(process.cwd(), r.name), ms: (r.endTime ?? 0) - (r.startTime ?? 0) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
  const byTest = results
    .flatMap((r) =>
      (r.assertionResults ?? []).map((t) => ({
        name: `${relative(process.cwd(), r.name)} › ${t.fullName ?? t.title}`,
        ms: t.duration ?? 0,
      })),
    )
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
  console.log(`\nSlowest ${count} test files:`);
  for (const f of byFile) console.log(`  ${seconds(f.ms).padStart(8)}  ${f.name}`);
  console.log(`Slowest ${count} tests:`);
  for (const t of byTest) console.log(`  ${seconds(t.ms).padStart(8)}  ${t.name}`);
}
