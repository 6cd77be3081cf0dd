// The rollups against direct SQL over the same raw rows: every figure a chart shows.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../client.ts";
import { providerCalls, webhookInbox } from "../schema/ingest.ts";
import { transactionEvents } from "../schema/transactions.ts";
import { createTestDb } from "../test-db.ts";
import { approvalSeries, breakdown } from "./analytics-approval.ts";
import { declineReasons } from "./analytics-declines.ts";
import { binOf, percentileOf, wilson } from "./analytics-math.ts";
import { rebuildTransactionRollups, refreshAllRollups } from "./analytics-refresh.ts";
import { insertGeneratedAttempts } from "./analytics-test-data.ts";
import { providerLatency, webhookLag } from "./analytics-webhooks.ts";

const from = new Date("2026-11-01T00:00:00Z");
const to = new Date("2026-11-03T00:00:00Z");
const SLO = 60_000;

describe("analytics rollups", () => {
  let database: Database;
  const raw = async <T extends Record<string, unknown>>(query: ReturnType<typeof sql>) =>
    (await database.db.execute<T>(query)).rows;

  beforeAll(async () => {
    database = await createTestDb();
    await insertGeneratedAttempts(database.db, { count: 3000, from, spanMs: 2 * 86_400_000, seed: 7 });
    expect(await refreshAllRollups(database.db, { sloMs: SLO })).toBeGreaterThan(0);
  });
  afterAll(() => database.close());

  it("approval series equal a GROUP BY over the raw attempts, at every bucket size", async () => {
    const rows = await raw<{ t: string; provider: string; status: string; n: string }>(sql`
      select date_bin('6 hours', created_at, timestamptz '2000-01-01 00:00:00+00') as t, provider, status, count(*) as n from transactions
      where type in ('payment', 'authorization') and created_at >= '2026-11-01T03:17:00Z' and created_at < '2026-11-02T20:41:00Z' group by 1, 2, 3`);
    const filter = { from: new Date("2026-11-01T03:17:00Z"), to: new Date("2026-11-02T20:41:00Z") };
    for (const bucket of ["6h", "15m"] as const) {
      const result = await approvalSeries(database.db, filter, bucket);
      const sum = (statuses: string[]) =>
        rows.filter((r) => statuses.includes(r.status)).reduce((a, r) => a + Number(r.n), 0);
      const total = (key: "approved" | "declined" | "errors" | "pending") =>
        result.series.reduce((a, p) => a + p[key], 0);
      expect(total("approved")).toBe(sum(["successful"]));
      expect(total("declined")).toBe(sum(["failed", "expired"]));
      expect(total("errors")).toBe(sum(["error"]));
      expect(total("pending")).toBe(sum(["pending", "incomplete"]));
    }
    const six = await approvalSeries(database.db, filter, "6h");
    for (const point of six.series) {
      const at = (s: string) =>
        rows
          .filter((r) => new Date(r.t).getTime() === point.t.getTime() && r.status === s)
          .reduce((a, r) => a + Number(r.n), 0);
      expect(point.approved).toBe(at("successful"));
      expect(point.rate).toBe(
        point.approved + point.declined > 0 ? point.approved / (point.approved + point.declined) : null,
      );
      // Each bucket carries its interval; one with few decided attempts is marked thin.
      expect(point.ciLow).toBe(wilson(point.approved, point.approved + point.declined)?.low ?? null);
      expect(point.thin).toBe(point.approved + point.declined > 0 && point.approved + point.declined < six.thinBelow);
    }
    const antom = six.byProvider.find((p) => p.provider === "antom");
    expect(antom?.series.reduce((a, p) => a + p.approved, 0)).toBe(
      rows.filter((r) => r.provider === "antom" && r.status === "successful").reduce((a, r) => a + Number(r.n), 0),
    );
  });

  it("breakdown equals the raw counts per issuer and ranks by the Wilson lower bound", async () => {
    const result = await breakdown(database.db, { from, to, currency: ["EUR"] }, "issuer", 10);
    const rows = await raw<{ issuer_name: string; attempts: string; approved: string }>(sql`
      select issuer_name, count(*) as attempts, count(*) filter (where status = 'successful') as approved from transactions
      where type in ('payment', 'authorization') and currency = 'EUR' group by 1`);
    expect(result.rows).toHaveLength(rows.length);
    for (const row of rows) {
      const seg = result.rows.find((r) => r.segment === row.issuer_name);
      expect(seg?.attempts).toBe(Number(row.attempts));
      expect(seg?.approved).toBe(Number(row.approved));
      expect(seg?.query).toContain("currency:EUR");
    }
    const lows = result.rows.map((r) => r.ciLow ?? -1);
    expect(lows).toEqual([...lows].sort((a, b) => b - a));
    expect(result.rows[0]?.query).toMatch(
      /^issuer:"?[A-Z ]+"? type:payment,authorization currency:EUR created>=2026-11-01T00:00:00Z created<2026-11-03T00:00:00Z$/,
    );
  });

  it("decline reasons and codes equal the raw counts", async () => {
    const result = await declineReasons(database.db, { from, to }, "1d");
    const rows = await raw<{ reason: string; n: string }>(sql`
      select coalesce(reason, 'unknown') as reason, count(*) as n from transactions
      where type in ('payment', 'authorization') and status in ('failed', 'expired') group by 1`);
    for (const row of rows) expect(result.reasons.find((r) => r.reason === row.reason)?.count).toBe(Number(row.n));
    expect(result.codes.reduce((a, c) => a + c.count, 0)).toBe(rows.reduce((a, r) => a + Number(r.n), 0));
    // Each code by its text, never one decline's notes (what its issuer answered).
    // (expired ones carry no message).
    expect(new Set(result.codes.map((c) => c.message))).toEqual(new Set(["Declined", ""]));
  });

  it("webhook lag: counts, late, duplicates, missing, rejected and percentiles match the raw rows", async () => {
    const result = await webhookLag(database.db, { from, to: new Date("2026-11-04T00:00:00Z") }, "1d", SLO);
    const rows = await raw<{ provider: string; n: string; late: string; dup: string }>(sql`
      select t.provider, count(*) filter (where e.transition <> 'duplicate' and e.lag_ms is not null) as n,
        count(*) filter (where e.transition <> 'duplicate' and e.lag_ms > ${SLO}) as late, count(*) filter (where e.transition = 'duplicate') as dup
      from transaction_events e join transactions t on t.id = e.transaction_id where e.kind = 'webhook' group by 1`);
    for (const row of rows) {
      expect(result.histogram.filter((h) => h.provider === row.provider).reduce((a, h) => a + h.count, 0)).toBe(
        Number(row.n),
      );
      expect(result.late.find((l) => l.provider === row.provider)?.count).toBe(Number(row.late));
      expect(result.duplicates.find((l) => l.provider === row.provider)?.count ?? 0).toBe(Number(row.dup));
    }
    const missing = await raw<{ n: string }>(sql`
      select count(*) as n from transactions t where status in ('successful', 'failed', 'expired', 'error')
      and exists (select 1 from transaction_events e where e.transaction_id = t.id and e.kind = 'poll')`);
    expect(result.missing.reduce((a, m) => a + m.count, 0)).toBe(Number(missing[0]?.n));
    const rejected = await raw<{ n: string }>(sql`select count(*) as n from webhook_inbox where state = 'rejected'`);
    expect(result.rejected.reduce((a, m) => a + m.count, 0)).toBe(Number(rejected[0]?.n));
    const lags = (
      await raw<{ lag_ms: number }>(sql`
      select e.lag_ms from transaction_events e join transactions t on t.id = e.transaction_id
      where e.kind = 'webhook' and e.transition <> 'duplicate' and t.provider = 'antom' order by 1`)
    ).map((r) => Number(r.lag_ms));
    const exact = lags[Math.ceil(0.95 * lags.length) - 1] ?? 0;
    const bins = new Map(
      result.histogram.filter((h) => h.provider === "antom").map((h) => [binOf(h.upperMs), h.count]),
    );
    expect([...bins.values()].reduce((a, n) => a + n, 0)).toBe(lags.length);
    const p95 = percentileOf(bins, 0.95) ?? 0;
    expect(p95).toBeGreaterThanOrEqual(exact);
    expect(p95).toBeLessThanOrEqual(exact * 2 ** 0.25);
  });

  it("latency summary equals the raw provider calls", async () => {
    const result = await providerLatency(database.db, { from, to: new Date("2026-11-04T00:00:00Z") }, "1d");
    const rows = await raw<{ provider: string; operation: string; n: string; errors: string; timeouts: string }>(sql`
      select provider, operation, count(*) as n, count(*) filter (where outcome = 'error') as errors,
        count(*) filter (where outcome = 'timeout') as timeouts
      from provider_calls group by 1, 2`);
    for (const row of rows) {
      const s = result.summary.find((x) => x.provider === row.provider && x.operation === row.operation);
      expect(s?.count).toBe(Number(row.n));
      expect(s?.errorShare).toBeCloseTo(Number(row.errors) / Number(row.n), 10);
      expect(s?.timeoutShare).toBeCloseTo(Number(row.timeouts) / Number(row.n), 10);
    }
  });

  it("a status change after the refresh marks its minute dirty and the next refresh follows it", async () => {
    await database.db
      .execute(sql`update transactions set status = 'failed' where status = 'successful' and provider_uid = (
      select provider_uid from transactions where status = 'successful' and type = 'payment' order by provider_uid limit 1)`);
    const before = await approvalSeries(database.db, { from, to }, "1d");
    await refreshAllRollups(database.db, { sloMs: SLO });
    const after = await approvalSeries(database.db, { from, to }, "1d");
    const sum = (r: typeof before, k: "approved" | "declined") => r.series.reduce((a, p) => a + p[k], 0);
    expect(sum(after, "approved")).toBe(sum(before, "approved") - 1);
    expect(sum(after, "declined")).toBe(sum(before, "declined") + 1);
  });

  it("hour rollups stay the minute rollups summed per hour, and charts read from hours equal charts read from minutes", async () => {
    // Later writes into hours that already have rows: a late webhook and its duplicate, a timed-out call, a rejected webhook.
    const [target] = await raw<{ id: string; created_at: string }>(sql`
      select id, created_at from transactions where created_at >= '2026-11-01T10:00:00Z' order by created_at limit 1`);
    const at = new Date(new Date(String(target?.created_at)).getTime() + 90_000);
    const event = {
      transactionId: String(target?.id),
      kind: "webhook",
      statusTo: "successful",
      lagMs: 90_000,
      occurredAt: at,
      summary: "later",
    };
    await database.db.insert(transactionEvents).values([
      { ...event, transition: "refresh" },
      { ...event, transition: "duplicate" },
    ]);
    await database.db.insert(providerCalls).values({
      accountId: "test-antom",
      provider: "antom",
      operation: "query",
      startedAt: at,
      durationMs: 777,
      outcome: "timeout",
    });
    await database.db.insert(webhookInbox).values({
      provider: "pockyt",
      receivedAt: at,
      headers: {},
      rawBody: "{}",
      signatureVerdict: "invalid:signature",
      state: "rejected",
    });
    expect(await refreshAllRollups(database.db, { sloMs: SLO })).toBeGreaterThan(0);

    const tables: [string, string, string[]][] = [
      ["analytics_webhook_lag", "provider, account_id, le", ["hits"]],
      ["analytics_webhooks", "provider, account_id", ["deliveries", "late", "duplicates"]],
      ["analytics_missing", "provider, account_id", ["missing"]],
      ["analytics_rejected", "provider, account_id", ["rejected"]],
      ["analytics_calls", "provider, account_id, operation, le", ["hits", "errors", "timeouts"]],
    ];
    const text = (rows: Record<string, unknown>[]) => rows.map((row) => Object.values(row).map(String).join("|"));
    for (const [table, keys, counts] of tables) {
      const hours = await raw(
        sql.raw(
          `select extract(epoch from bucket)::bigint as t, ${keys}, ${counts.join(", ")} from ${table}_1h order by bucket, ${keys}`,
        ),
      );
      const summed = await raw(
        sql.raw(`
        select extract(epoch from date_bin('1 hour', bucket, timestamptz '2000-01-01 00:00:00+00'))::bigint as t, ${keys}, ${counts.map((c) => `sum(${c})::bigint as ${c}`).join(", ")}
        from ${table}_1m group by 1, ${keys} order by 1, ${keys}`),
      );
      expect(hours.length, table).toBeGreaterThan(0);
      expect(text(hours), table).toEqual(text(summed));
    }

    // Unaligned edges: whole hours come from the hour tables, the minutes before 04:00 and after 20:00 from the minute tables.
    const period = { from: new Date("2026-11-01T03:17:00Z"), to: new Date("2026-11-02T20:41:00Z") };
    const minuteRows = async (columns: string, table: string, group: string) =>
      raw<Record<string, string | number>>(sql`
      select date_bin('1 hour', bucket, timestamptz '2000-01-01 00:00:00+00') as t, ${sql.raw(columns)} from ${sql.raw(table)}
      where bucket >= ${period.from.toISOString()}::timestamptz and bucket < ${period.to.toISOString()}::timestamptz group by ${sql.raw(group)}`);
    const lag = await webhookLag(database.db, period, "1h", SLO);
    const lagBins = new Map<string, Map<number, number>>();
    for (const row of await minuteRows("provider, le, sum(hits)::bigint as n", "analytics_webhook_lag_1m", "1, 2, 3")) {
      const key = `${new Date(row.t as string).getTime()}|${row.provider}`;
      lagBins.set(key, (lagBins.get(key) ?? new Map()).set(Number(row.le), Number(row.n)));
    }
    expect(lag.series.length).toBe(lagBins.size);
    for (const point of lag.series) {
      const bins = lagBins.get(`${point.t.getTime()}|${point.provider}`) ?? new Map<number, number>();
      expect(point.count).toBe([...bins.values()].reduce((a, n) => a + n, 0));
      expect([point.p50, point.p95, point.p99]).toEqual([0.5, 0.95, 0.99].map((p) => percentileOf(bins, p)));
    }
    expect(lag.histogram).toEqual((await webhookLag(database.db, period, "15m", SLO)).histogram);
    for (const [key, table] of [
      ["late", "analytics_webhooks_1m"],
      ["duplicates", "analytics_webhooks_1m"],
      ["missing", "analytics_missing_1m"],
      ["rejected", "analytics_rejected_1m"],
    ] as const) {
      const perProvider = new Map<string, number>();
      for (const row of await minuteRows(`provider, sum(${key})::bigint as n`, table, "1, 2"))
        perProvider.set(String(row.provider), (perProvider.get(String(row.provider)) ?? 0) + Number(row.n));
      expect(lag[key], key).toEqual(
        [...perProvider.entries()]
          .filter(([, n]) => n > 0)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([provider, count]) => ({ provider, count })),
      );
    }

    const [hourly, minutely] = await Promise.all([
      providerLatency(database.db, period, "1h"),
      providerLatency(database.db, period, "15m"),
    ]);
    expect(hourly.summary).toEqual(minutely.summary);
    const callBins = new Map<string, { bins: Map<number, number>; timeouts: number }>();
    for (const row of await minuteRows(
      "provider, operation, le, sum(hits)::bigint as n, sum(timeouts)::bigint as timeouts",
      "analytics_calls_1m",
      "1, 2, 3, 4",
    )) {
      const key = `${new Date(row.t as string).getTime()}|${row.provider}|${row.operation}`;
      const point = callBins.get(key) ?? { bins: new Map<number, number>(), timeouts: 0 };
      callBins.set(key, point);
      point.bins.set(Number(row.le), Number(row.n));
      point.timeouts += Number(row.timeouts);
    }
    expect(hourly.series.length).toBe(callBins.size);
    for (const point of hourly.series) {
      const expected = callBins.get(`${point.t.getTime()}|${point.provider}|${point.operation}`);
      const bins = expected?.bins ?? new Map<number, number>();
      const count = [...bins.values()].reduce((a, n) => a + n, 0);
      expect(point.count).toBe(count);
      expect(point.timeoutShare).toBe((expected?.timeouts ?? 0) / count);
      expect([point.p50, point.p95, point.p99]).toEqual([0.5, 0.95, 0.99].map((p) => percentileOf(bins, p)));
    }
  });

  it("a whole rebuild of the transactions' rollups writes exactly what the minute-by-minute refresh wrote", async () => {
    const tables = ["analytics_attempts_1m", "analytics_missing_1m", "analytics_missing_1h", "analytics_segments_1h"];
    const snapshot = async () => {
      const out: Record<string, string[]> = {};
      for (const table of [...tables, "analytics_declines_1h"]) {
        const rows = await raw<{ r: string }>(sql.raw(`select t::text as r from ${table} t order by 1`));
        out[table] = rows.map((row) => row.r);
      }
      return out;
    };
    await refreshAllRollups(database.db, { sloMs: SLO });
    const refreshed = await snapshot();
    expect(refreshed["analytics_segments_1h"]?.length).toBeGreaterThan(0);
    await database.db.execute(sql`delete from analytics_segments_1h`);
    await rebuildTransactionRollups(database.db);
    expect(await snapshot()).toEqual(refreshed);
    const dirty = await raw<{ n: number }>(sql`select count(*)::int as n from analytics_dirty where source = 'tx'`);
    expect(dirty[0]?.n).toBe(0);
  });
});
