// The ingest benchmark's ceiling: the database's raw single-row autocommit insert rate of a webhook-sized row, and on
// PostgreSQL its CPU per 1,000 such inserts, to set beside what a webhook costs it (bench/ingest.ts).
import { join } from "node:path";
import { openDatabase } from "@paylens/db/client";
import { createTestDb } from "@paylens/db/test-db";
import type { IngestOptions } from "./ingest.ts";
import { singleRowInsertRate } from "./ingest-sql.ts";
import { machineSample, machineShares, msPer1k } from "./machine-cpu.ts";

const CEILING_SECONDS = 5;

/** The raw insert rate on the engine's own database (PGlite: a data dir of its own, the server's is in use). */
export async function ceilingOf(
  options: IngestOptions,
  dir: string,
): Promise<{ rate: number; dbCpuMsPer1k: number | null }> {
  if (options.kind === "pglite") {
    const database = await openDatabase({ kind: "pglite", dataDir: join(dir, "ceiling") });
    try {
      return { rate: await singleRowInsertRate(database, CEILING_SECONDS, 1), dbCpuMsPer1k: null };
    } finally {
      await database.close();
    }
  }
  const testDb = await createTestDb();
  const database = await openDatabase({ kind: "postgres", url: testDb.url ?? "", poolSize: options.poolSize });
  try {
    const before = machineSample();
    const rate = await singleRowInsertRate(database, CEILING_SECONDS, options.poolSize);
    const machine = machineShares(before, machineSample());
    // The database's CPU per 1,000 single-row inserts, to set beside a webhook's (stored, applied, posted, rolled up).
    const dbCpuMsPer1k = machine ? msPer1k(machine.postgresSeconds, rate * CEILING_SECONDS) : null;
    return { rate, dbCpuMsPer1k };
  } finally {
    await database.close();
    await testDb.close();
  }
}
