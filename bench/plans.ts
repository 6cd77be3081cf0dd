// EXPLAIN (ANALYZE, BUFFERS) of the main queries exactly as the API runs them: auto_explain in a one-session pool
// reports every statement's plan to the client as a notice, and each query kind's plans are written under its name.
import { writeFileSync } from "node:fs";
import { sql } from "drizzle-orm";
import { openDatabase } from "@paylens/db/client";
import { breakdown, approvalSeries } from "@paylens/db/queries/analytics-approval";
import { searchTotals, searchTransactions } from "@paylens/db/queries/search";
import { parseSearchQuery } from "@paylens/domain/search-query";
import { sampleIdentifiers } from "./samples.ts";
import { rawBreakdown } from "./analytics-sql.ts";
import { withDates } from "./count.ts";

export async function savePlans(url: string, rows: number, file: string): Promise<void> {
  const database = await openDatabase({ kind: "postgres", url, poolSize: 1 });
  const pool = database.pool;
  if (!pool) throw new Error("plans need PostgreSQL");
  let notices: string[] = [];
  pool.on("connect", (client) => {
    client.on("notice", (notice) => notices.push(notice.message ?? ""));
    void client.query(
      "load 'auto_explain'; set auto_explain.log_min_duration = 0; set auto_explain.log_analyze = on; set auto_explain.log_buffers = on; set auto_explain.log_timing = on; set auto_explain.log_level = notice",
    );
  });
  const { db } = database;
  const out: string[] = [`# EXPLAIN (ANALYZE, BUFFERS) at ${rows.toLocaleString("en")} rows`, ""];
  const capture = async (title: string, run: () => Promise<unknown>) => {
    await run(); // warm
    notices = [];
    await run();
    out.push(`## ${title}`, "", "```", ...notices.map((n) => n.trim()), "```", "");
  };
  try {
    await db.execute(sql`select 1`);
    const [sample] = await sampleIdentifiers(db, 5);
    const rrnRow = (await sampleIdentifiers(db, 50)).find((s) => s.rrn);
    const page = (q: string) =>
      searchTransactions(db, {
        terms: parseSearchQuery(q).terms,
        sort: "created",
        dir: "desc",
        limit: 50,
        cursor: null,
      });
    if (sample) await capture("lookup: provider uid", () => page(sample.providerUid));
    if (rrnRow?.rrn) await capture("lookup: RRN", () => page(rrnRow.rrn ?? ""));
    await capture("first page: provider + country", () => page("provider:begateway country:LT"));
    await capture("first page: status + reason", () => page("status:failed reason:insufficient_funds"));
    await capture("count: status + reason (default answer)", () =>
      searchTotals(db, parseSearchQuery("status:failed reason:insufficient_funds").terms),
    );
    await capture("count: brand + last 7 days (default answer)", () =>
      searchTotals(db, parseSearchQuery(withDates("brand:visa created>=DAYS7")).terms),
    );
    await capture("count: brand + last 7 days (exact, on demand)", () =>
      searchTotals(db, parseSearchQuery(withDates("brand:visa created>=DAYS7")).terms, { exact: true }),
    );
    const to = new Date();
    const week = { from: new Date(to.getTime() - 7 * 86_400_000), to };
    const quarter = { from: new Date(to.getTime() - 90 * 86_400_000), to };
    await capture("analytics: approval by BIN, 7 days (rollup)", () => breakdown(db, week, "bin", 50));
    await capture("analytics: approval by BIN, 7 days (naive GROUP BY)", () => rawBreakdown(db, week, "bin"));
    await capture("analytics: approval rate, 90 days by day (rollup)", () => approvalSeries(db, quarter, "1d"));
  } finally {
    await database.close();
  }
  writeFileSync(file, out.join("\n"));
}
