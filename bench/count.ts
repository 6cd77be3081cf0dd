// The count beside a filtered page at scale: what the API answers by default (exact under the limit, the planner's
// estimate above it) and, beside it, the exact count a user can ask for, so the estimate's cost and error show.
import type { Db, DbKind } from "@paylens/db/client";
import { searchTotals } from "@paylens/db/queries/search";
import { parseSearchQuery } from "@paylens/domain/search-query";
import { measure } from "./measure.ts";

export interface CountBenchTarget {
  db: Db;
  kind: DbKind;
  rows: number;
  iterations: number;
}

export const COUNT_QUERIES: [string, string][] = [
  ["count:all", ""],
  ["count:status+reason", "status:failed reason:insufficient_funds"],
  ["count:provider+country", "provider:begateway country:LT"],
  ["count:code", "code:F.0114"],
  ["count:created+brand", "brand:visa created>=DAYS7"],
];

export const withDates = (q: string) =>
  q.replace("DAYS7", new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10));

export async function benchCount(target: CountBenchTarget): Promise<void> {
  const { db } = target;
  const n = Math.max(5, Math.floor(target.iterations / 5));
  for (const [kind, q] of COUNT_QUERIES) {
    const terms = parseSearchQuery(withDates(q)).terms;
    const answer = await searchTotals(db, terms);
    const exact = await searchTotals(db, terms, { exact: true });
    await measure({ ...target, bench: "count" }, kind, n, () => searchTotals(db, terms), {
      exact: answer.exact,
      answered: answer.count,
      true_count: exact.count,
      error_pct: exact.count ? Math.round((1000 * (answer.count - exact.count)) / exact.count) / 10 : 0,
    });
    await measure({ ...target, bench: "count" }, `${kind}:exact`, Math.max(3, Math.floor(n / 4)), () =>
      searchTotals(db, terms, { exact: true }),
    );
  }
}
