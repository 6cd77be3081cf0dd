// `pnpm bench [--rows 1000000] [--db pglite|postgres|both] [--iterations 100] [--seed 1]`: seeds a fresh store
// (PGlite in a temp dir; PostgreSQL in a throwaway database on DATABASE_URL's server), then runs the search
// benchmarks. Every figure is one JSON line on stdout; progress goes to stderr.
// `--db postgres --rows 100000,1000000,10000000`: the scale curve instead (bench/rows.ts), on one kept database
// seeded with COPY stage by stage and reused by the next run; `--drop` drops it at the end.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { seedPalette } from "@paylens/server/seed/palette";
import { openDatabase, type Database } from "@paylens/db/client";
import { migrate } from "@paylens/db/migrate";
import { seedTransactions } from "@paylens/db/seed/seed-transactions";
import { createTestDb, testDatabaseUrl } from "@paylens/db/test-db";
import { benchAnalytics } from "./analytics.ts";
import { benchIngest } from "./ingest.ts";
import { benchRows } from "./rows.ts";
import { benchSearch } from "./search.ts";
import { benchSoak } from "./soak.ts";

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    rates: { type: "string", default: "auto" },
    seconds: { type: "string", default: "5" },
    instances: { type: "string", default: "1,2" },
    pool: { type: "string", default: "10" },
    profile: { type: "string" },
    rows: { type: "string", default: "1000000" },
    db: { type: "string" },
    iterations: { type: "string", default: "100" },
    seed: { type: "string", default: "1" },
    lanes: { type: "string", default: "2" },
    "export-rows": { type: "string", default: "1000000" },
    plans: { type: "string" },
    drop: { type: "boolean", default: false },
    database: { type: "string" },
    "activity-up-to": { type: "string", default: "1000000" },
    minutes: { type: "string", default: "10" },
    rate: { type: "string", default: "200" },
  },
  strict: true,
});
const stages = values.rows.split(",").map(Number);
const rows = stages[0] ?? Number.NaN;
const iterations = Number(values.iterations);
const seed = Number(values.seed);
const engines = values.db ?? (testDatabaseUrl() ? "both" : "pglite");
if (
  !stages.every((stage) => Number.isInteger(stage) && stage >= 100) ||
  !Number.isInteger(iterations) ||
  iterations < 1 ||
  !["pglite", "postgres", "both"].includes(engines)
) {
  process.stderr.write(
    "usage: pnpm bench [--only search|analytics|ingest] [--rates 500,1000,2000,3000] [--seconds 5] [--instances 1] [--rows 1000000] [--db pglite|postgres|both] [--iterations 100] [--seed 1]\n" +
      "       pnpm bench --db postgres --rows 100000,1000000,10000000 [--only search,count,analytics,export] [--lanes 2] [--activity-up-to 1000000] [--export-rows 1000000] [--plans FILE] [--database paylens_bench_rows…] [--drop]\n" +
      "       pnpm bench --only soak [--minutes 10] [--rate 200] [--db pglite|postgres]\n",
  );
  process.exit(1);
}
if (engines !== "pglite" && !testDatabaseUrl()) {
  process.stderr.write("--db postgres needs DATABASE_URL (a server where a throwaway database can be created)\n");
  process.exit(1);
}

async function bench(database: Database): Promise<void> {
  process.stderr.write(`${database.kind}: seeding ${rows.toLocaleString("en")} transactions…\n`);
  const result = await seedTransactions(database, seedPalette(), {
    count: rows,
    days: 90,
    seed,
    lanes: Number(values.lanes),
  });
  const line = {
    bench: "seed",
    rows,
    db: database.kind,
    seconds: Math.round(result.seconds * 10) / 10,
    rows_per_s: result.rowsPerSecond,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  if (values.only !== "analytics") {
    process.stderr.write(`${database.kind}: searching…\n`);
    await benchSearch({ db: database.db, kind: database.kind, rows, iterations });
  }
  if (values.only !== "search") {
    process.stderr.write(`${database.kind}: analytics…\n`);
    await benchAnalytics({ db: database.db, kind: database.kind, rows, iterations });
  }
}

// The soak: one server under a steady webhook load for `--minutes`, its memory sampled (bench/soak.ts).
if (values.only === "soak") {
  const kind = engines === "postgres" ? "postgres" : "pglite";
  await benchSoak({ kind, minutes: Number(values.minutes), rate: Number(values.rate) });
  process.exit(0);
}

// Ingest needs no seeded store: its own server process per engine.
if (values.only === "ingest") {
  // `--rates auto`: rising rates from half the ceiling until acceptance stops growing.
  const rates = values.rates === "auto" ? [] : values.rates.split(",").map(Number);
  for (const kind of engines === "both" ? (["pglite", "postgres"] as const) : [engines as "pglite" | "postgres"]) {
    await benchIngest({
      kind,
      rates,
      seconds: Number(values.seconds),
      instances: values.instances.split(",").map(Number),
      poolSize: Number(values.pool),
      profileDir: values.profile,
    });
  }
  process.exit(0);
}

if (engines !== "postgres") {
  const dir = mkdtempSync(join(tmpdir(), "paylens-bench-"));
  const database = await openDatabase({ kind: "pglite", dataDir: join(dir, "pglite") });
  try {
    await migrate(database);
    await bench(database);
  } finally {
    await database.close(); // an open PGlite keeps the process alive
    rmSync(dir, { recursive: true, force: true });
  }
}
const scaleCurve = engines === "postgres" && (stages.length > 1 || values.plans !== undefined || values.drop);
if (scaleCurve || (engines === "postgres" && rows >= 5_000_000)) {
  await benchRows({
    url: testDatabaseUrl() ?? "",
    stages,
    iterations,
    seed,
    only: values.only,
    lanes: Number(values.lanes),
    exportRows: Number(values["export-rows"]),
    plans: values.plans,
    drop: values.drop,
    database: values.database,
    activityUpTo: Number(values["activity-up-to"]),
  });
} else if (engines !== "pglite") {
  const database = await createTestDb(); // a throwaway database, dropped on close
  try {
    await bench(database);
  } finally {
    await database.close();
  }
}
