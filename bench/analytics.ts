// Analytics benchmark on a seeded store: the rollup-backed query functions the API calls, and the same figures as
// a naive GROUP BY over the raw rows, one JSON line per kind and implementation.
import { sql } from "drizzle-orm";
import type { Db, DbKind } from "@paylens/db/client";
import { approvalSeries, breakdown } from "@paylens/db/queries/analytics-approval";
import { insertSyntheticActivity, rawApproval, rawBreakdown, rawLatency, rawWebhookLag } from "./analytics-sql.ts";
import { declineReasons } from "@paylens/db/queries/analytics-declines";
import { rebuildTransactionRollups, refreshAllRollups } from "@paylens/db/queries/analytics-refresh";
import { providerLatency, webhookLag } from "@paylens/db/queries/analytics-webhooks";

export interface AnalyticsBenchTarget {
  db: Db;
  kind: DbKind;
  rows: number;
  iterations: number;
  /**
   * Derive webhook events and provider calls (for the lag and latency charts) only up to this many transactions:
   * at ten million, writing twenty million derived rows costs more than the whole seed. Above it the approval and
   * breakdown figures (the transactions' rollups) are measured alone.
   */
  activityUpTo?: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

async function measure(
  target: AnalyticsBenchTarget,
  kind: string,
  impl: "rollup" | "raw",
  n: number,
  run: () => Promise<unknown>,
): Promise<{ p50: number; p95: number }> {
  // One warm-up for the naive query: at ten million rows each run costs seconds.
  for (let i = 0; i < Math.min(impl === "raw" ? 1 : 3, n); i++) await run();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  const line = {
    bench: "analytics",
    kind,
    impl,
    rows: target.rows,
    db: target.kind,
    p50_ms: round(percentile(times, 50)),
    p95_ms: round(percentile(times, 95)),
    n,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
  return { p50: line.p50_ms, p95: line.p95_ms };
}

export async function benchAnalytics(target: AnalyticsBenchTarget): Promise<void> {
  const { db } = target;
  let started = performance.now();
  const withActivity = target.rows <= (target.activityUpTo ?? Number.POSITIVE_INFINITY);
  const derived = withActivity ? await insertSyntheticActivity(db) : false;
  const activitySeconds = (performance.now() - started) / 1000;
  started = performance.now();
  // Past the activity limit (a bulk seed's scale) the transactions' rollups are rebuilt in one pass, as after a bulk
  // load; below it, minute by minute as the server's worker does.
  const dirty = await db.execute(sql`select 1 from analytics_dirty where source = 'tx' limit 1`);
  if (!withActivity && dirty.rows.length > 0) await rebuildTransactionRollups(db);
  const buckets = await refreshAllRollups(db, { sloMs: 60_000 });
  const line = {
    bench: "analytics",
    kind: withActivity ? "refresh:all" : "rebuild:transactions",
    impl: "rollup",
    rows: target.rows,
    db: target.kind,
    seconds: Math.round(((performance.now() - started) / 1000) * 10) / 10,
    buckets,
    synthetic_activity_s: derived ? Math.round(activitySeconds * 10) / 10 : withActivity ? "reused" : "skipped",
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);

  const to = new Date();
  const day = { from: new Date(to.getTime() - 86_400_000), to };
  const week = { from: new Date(to.getTime() - 7 * 86_400_000), to };
  const quarter = { from: new Date(to.getTime() - 90 * 86_400_000), to };
  const n = Math.max(5, Math.min(target.iterations, 30));
  const rawN = Math.max(3, Math.min(target.iterations, 5));
  const kinds: [string, () => Promise<unknown>, () => Promise<unknown>][] = [
    ["approval:1m:24h", () => approvalSeries(db, day, "1m"), () => rawApproval(db, day, "1m")],
    ["approval:1h:7d", () => approvalSeries(db, week, "1h"), () => rawApproval(db, week, "1h")],
    ["approval:1d:90d", () => approvalSeries(db, quarter, "1d"), () => rawApproval(db, quarter, "1d")],
    ["breakdown:bin:24h", () => breakdown(db, day, "bin", 50), () => rawBreakdown(db, day, "bin")],
    ["breakdown:bin:7d", () => breakdown(db, week, "bin", 50), () => rawBreakdown(db, week, "bin")],
    ["breakdown:issuer:24h", () => breakdown(db, day, "issuer", 50), () => rawBreakdown(db, day, "issuer")],
    ["breakdown:issuer:90d", () => breakdown(db, quarter, "issuer", 50), () => rawBreakdown(db, quarter, "issuer")],
    ["breakdown:method:24h", () => breakdown(db, day, "method", 50), () => rawBreakdown(db, day, "method")],
    ["breakdown:method:90d", () => breakdown(db, quarter, "method", 50), () => rawBreakdown(db, quarter, "method")],
    ["declines:1h:7d", () => declineReasons(db, week, "1h"), () => rawBreakdown(db, week, "provider")],
    ["webhookLag:1h:7d", () => webhookLag(db, week, "1h", 60_000), () => rawWebhookLag(db, week, "1h")],
    ["latency:1h:7d", () => providerLatency(db, week, "1h"), () => rawLatency(db, week, "1h")],
  ];
  const activityKinds = new Set(["webhookLag:1h:7d", "latency:1h:7d"]);
  for (const [kind, rollup, raw] of kinds) {
    if (!withActivity && activityKinds.has(kind)) continue;
    const fast = await measure(target, kind, "rollup", n, rollup);
    const naive = await measure(target, kind, "raw", rawN, raw);
    const times = (a: number, b: number) => Math.round((a / Math.max(b, 0.01)) * 10) / 10;
    const speedup = { p50_x: times(naive.p50, fast.p50), p95_x: times(naive.p95, fast.p95) };
    process.stdout.write(
      `${JSON.stringify({ bench: "analytics", kind, impl: "speedup", rows: target.rows, db: target.kind, ...speedup })}\n`,
    );
  }
}
