// Where a spawned server keeps its data: a temp data dir (PGlite), or a throwaway PostgreSQL database when the suite
// runs on PostgreSQL. The test reads it afterwards; PGlite's files open only once the server process has gone.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openDatabase, type Database } from "@paylens/db/client";
import { createTestDb, seedPgliteDataDir, testDatabaseUrl } from "@paylens/db/test-db";

export async function serverStore(name: string) {
  const dir = mkdtempSync(join(tmpdir(), `paylens-${name}-`));
  const testDb = testDatabaseUrl() ? await createTestDb() : null;
  // The server starts on the migrated template: what these tests prove happens after start-up, not in initdb.
  if (!testDb) await seedPgliteDataDir(join(dir, "pglite"));
  return {
    dir,
    env: { PAYLENS_DATA_DIR: dir, ...(testDb?.url ? { DATABASE_URL: testDb.url } : {}) } as Record<string, string>,
    async read<T>(read: (database: Database) => Promise<T>): Promise<T> {
      if (testDb) return read(testDb);
      const database = await openDatabase({ kind: "pglite", dataDir: join(dir, "pglite") });
      try {
        return await read(database);
      } finally {
        await database.close();
      }
    },
    async close(): Promise<void> {
      await testDb?.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
