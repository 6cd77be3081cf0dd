// The scale curve on PostgreSQL: one kept database (ROWS_DB) grown stage by stage (`--rows 100000,1000000,10000000`),
// each stage seeded with COPY up to its size (or reused when the database already holds exactly that many rows) and
// then measured: lookups and first pages, the count, analytics against the naive GROUP BY, a streamed export and
// (`--plans FILE`) the main queries' plans.
import { sql } from "drizzle-orm";
import { seedTransactions } from "@paylens/db/seed/seed-transactions";
import { seedPalette } from "@paylens/server/seed/palette";
import { benchAnalytics } from "./analytics.ts";
import { benchCount } from "./count.ts";
import { benchExport } from "./export.ts";
import { savePlans } from "./plans.ts";
import { dropRowsDb, openRowsDb, rowsDbName, rowsDbUrl } from "./rows-db.ts";
import { benchSearch } from "./search.ts";

export interface RowsBenchOptions {
  url: string;
  stages: number[];
  iterations: number;
  seed: number;
  only: string | undefined;
  lanes: number;
  exportRows: number;
  plans: string | undefined;
  drop: boolean;
  /** Webhook events and provider calls are derived up to this many transactions (bench/analytics.ts). */
  activityUpTo: number;
  /** ROWS_DB unless named (a second curve beside a kept one). */
  database?: string | undefined;
}

export const SEED_DAYS = 90;

const print = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);
const log = (text: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${text}\n`);

export async function benchRows(options: RowsBenchOptions): Promise<void> {
  const name = rowsDbName(options.database);
  const database = await openRowsDb(options.url, name);
  const { db } = database;
  const wants = (part: string) => !options.only || options.only.split(",").includes(part);
  try {
    for (const rows of [...options.stages].sort((a, b) => a - b)) {
      const held = Number(
        (await db.execute<{ n: string }>(sql`select count(*)::text as n from transactions`)).rows[0]?.n ?? 0,
      );
      if (held > rows) {
        log(`${name} holds ${held.toLocaleString("en")} rows, more than ${rows.toLocaleString("en")}: stage skipped`);
        continue;
      }
      if (held < rows) {
        log(`seeding ${(rows - held).toLocaleString("en")} rows with COPY (${options.lanes} lanes)…`);
        let reported = 0;
        const result = await seedTransactions(database, seedPalette(), {
          count: rows - held,
          days: SEED_DAYS,
          seed: options.seed,
          lanes: options.lanes,
          onProgress: (done, total) => {
            if (done - reported >= 1_000_000 || done === total) log(`  ${done.toLocaleString("en")} copied`);
            reported = done;
          },
        });
        const round = (s: number) => Math.round(s * 10) / 10;
        // What the stage leaves on disk (a 10M seed needs room for this, plus WAL up to max_wal_size).
        const size = await db.execute<{ table_mb: number; indexes_mb: number }>(
          sql`select (pg_table_size('transactions') / 1048576)::int as table_mb,
            (pg_indexes_size('transactions') / 1048576)::int as indexes_mb`,
        );
        print({
          bench: "seed",
          rows,
          added: result.inserted,
          db: "postgres",
          method: "copy",
          lanes: options.lanes,
          seconds: round(result.seconds),
          rows_per_s: result.rowsPerSecond,
          copy_rows_per_s: Math.round(result.inserted / Math.max(result.phases.copy, 0.001)),
          copy_s: round(result.phases.copy),
          indexes_s: round(result.phases.indexes),
          vacuum_s: round(result.phases.vacuum),
          ...size.rows[0],
        });
      } else {
        log(`${name} already holds ${rows.toLocaleString("en")} rows: seeding skipped`);
        // A migration since the seed may have added statistics (0018); a sampled ANALYZE costs seconds.
        await db.execute(sql`analyze transactions`);
      }

      const target = { db, kind: "postgres" as const, rows, iterations: options.iterations };
      if (wants("search")) {
        log("search…");
        await benchSearch(target);
      }
      if (wants("count")) {
        log("count…");
        await benchCount(target);
      }
      if (wants("analytics")) {
        log("analytics…");
        await benchAnalytics({ ...target, activityUpTo: options.activityUpTo });
      }
      if (wants("export")) {
        log("export…");
        await benchExport({
          db,
          url: rowsDbUrl(options.url, name),
          rows,
          exportRows: options.exportRows,
          days: SEED_DAYS,
        });
      }
      if (options.plans && rows === Math.max(...options.stages)) {
        log(`plans → ${options.plans}`);
        await savePlans(rowsDbUrl(options.url, name), rows, options.plans);
      }
    }
  } finally {
    await database.close();
    if (options.drop) {
      await dropRowsDb(options.url, name);
      log(`${name} dropped`);
    }
  }
}
