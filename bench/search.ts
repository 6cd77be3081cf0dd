// Search benchmark on a seeded store: each query kind many times, server-side (the db query functions the API
// calls), one JSON line per kind with p50 and p95.
import type { Db, DbKind } from "@paylens/db/client";
import { sampleIdentifiers, type IdentifierSample } from "./samples.ts";
import { searchTotals, searchTransactions } from "@paylens/db/queries/search";
import { formatMinor } from "@paylens/domain/money";
import { parseSearchQuery, type SearchSort } from "@paylens/domain/search-query";

export interface BenchTarget {
  db: Db;
  kind: DbKind;
  rows: number;
  iterations: number;
}

type Run = (i: number) => Promise<unknown>;

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

async function measure(target: BenchTarget, kind: string, n: number, run: Run): Promise<void> {
  for (let i = 0; i < Math.min(5, n); i++) await run(i); // warm the caches and the planner
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 100) / 100;
  const line = {
    bench: "search",
    kind,
    rows: target.rows,
    db: target.kind,
    p50_ms: round(percentile(times, 50)),
    p95_ms: round(percentile(times, 95)),
    n,
  };
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

const page = (db: Db, q: string, cursor: string | null = null, sort: SearchSort = "created") =>
  searchTransactions(db, { terms: parseSearchQuery(q).terms, sort, dir: "desc", limit: 50, cursor });

/** A lookup must find its own row, or the figure would time a miss. */
async function lookup(db: Db, q: string, expectUid: string): Promise<void> {
  const result = await page(db, q);
  if (!result.items.some((item) => item.providerUid === expectUid))
    throw new Error(`bench lookup "${q}" did not find ${expectUid}`);
}

function pick<T>(samples: T[], i: number): T {
  const sample = samples[i % samples.length];
  if (sample === undefined) throw new Error("no samples for this kind");
  return sample;
}

export async function benchSearch(target: BenchTarget): Promise<void> {
  const { db, iterations: n } = target;
  const samples = await sampleIdentifiers(db, Math.max(200, n));
  const having = (field: keyof IdentifierSample) => samples.filter((s) => s[field] !== null);

  await measure(target, "lookup:uid", n, (i) => lookup(db, pick(samples, i).providerUid, pick(samples, i).providerUid));
  await measure(target, "lookup:rrn", n, (i) => {
    const s = pick(having("rrn"), i);
    return lookup(db, s.rrn ?? "", s.providerUid);
  });
  await measure(target, "lookup:tracking", n, (i) => {
    const s = pick(having("trackingId"), i);
    return lookup(db, s.trackingId ?? "", s.providerUid);
  });
  await measure(target, "lookup:auth", n, (i) => {
    const s = pick(having("authCode"), i);
    return lookup(db, s.authCode ?? "", s.providerUid);
  });
  await measure(target, "lookup:email", n, (i) => {
    const s = pick(having("customerEmail"), i);
    return lookup(db, s.customerEmail ?? "", s.providerUid);
  });
  await measure(target, "lookup:last4+amount", n, (i) => {
    const s = pick(having("cardLast4"), i);
    return lookup(
      db,
      `${s.cardLast4 ?? ""} amount:${formatMinor(BigInt(s.amountMinor), s.currency)} currency:${s.currency}`,
      s.providerUid,
    );
  });
  await measure(target, "lookup:unknown", n, (i) => page(db, `no-such-id-${i}`));

  const since = new Date(Date.now() - 30 * 86_400_000).toISOString().slice(0, 10);
  const pages: [string, string][] = [
    ["page:all", ""],
    ["page:status+reason", "status:failed reason:insufficient_funds"],
    ["page:provider+country", "provider:begateway country:LT"],
    ["page:amount+currency", "amount>100.00 currency:EUR"],
    ["page:created+brand", `created>=${since} brand:visa`],
    ["page:code", "code:F.0114"],
    ["page:negated", "-status:successful -provider:pockyt"],
  ];
  for (const [kind, q] of pages) await measure(target, kind, n, () => page(db, q));
  const first = await page(db, "provider:begateway country:LT");
  await measure(target, "page:second-by-cursor", n, () => page(db, "provider:begateway country:LT", first.nextCursor));

  const totalsN = Math.max(5, Math.floor(n / 5));
  await measure(target, "totals:status+reason", totalsN, () =>
    searchTotals(db, parseSearchQuery("status:failed reason:insufficient_funds").terms),
  );
  await measure(target, "totals:provider+country", totalsN, () =>
    searchTotals(db, parseSearchQuery("provider:begateway country:LT").terms),
  );
}
