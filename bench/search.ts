// Search benchmark on a seeded store: each query kind many times, server-side (the db query functions the API
// calls), one JSON line per kind with p50 and p95.
import type { Db, DbKind } from "@paylens/db/client";
import { measure } from "./measure.ts";
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

/** One query kind timed (bench/measure.ts), as a `search` line. */
const timed = (target: BenchTarget, kind: string, n: number, run: (i: number) => Promise<unknown>) =>
  measure({ bench: "search", kind: target.kind, rows: target.rows }, kind, n, run);

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

  await timed(target, "lookup:uid", n, (i) => lookup(db, pick(samples, i).providerUid, pick(samples, i).providerUid));
  await timed(target, "lookup:rrn", n, (i) => {
    const s = pick(having("rrn"), i);
    return lookup(db, s.rrn ?? "", s.providerUid);
  });
  await timed(target, "lookup:tracking", n, (i) => {
    const s = pick(having("trackingId"), i);
    return lookup(db, s.trackingId ?? "", s.providerUid);
  });
  await timed(target, "lookup:auth", n, (i) => {
    const s = pick(having("authCode"), i);
    return lookup(db, s.authCode ?? "", s.providerUid);
  });
  await timed(target, "lookup:email", n, (i) => {
    const s = pick(having("customerEmail"), i);
    return lookup(db, s.customerEmail ?? "", s.providerUid);
  });
  await timed(target, "lookup:last4+amount", n, (i) => {
    const s = pick(having("cardLast4"), i);
    return lookup(
      db,
      `${s.cardLast4 ?? ""} amount:${formatMinor(BigInt(s.amountMinor), s.currency)} currency:${s.currency}`,
      s.providerUid,
    );
  });
  await timed(target, "lookup:unknown", n, (i) => page(db, `no-such-id-${i}`));

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
  for (const [kind, q] of pages) await timed(target, kind, n, () => page(db, q));
  const first = await page(db, "provider:begateway country:LT");
  await timed(target, "page:second-by-cursor", n, () => page(db, "provider:begateway country:LT", first.nextCursor));

  const totalsN = Math.max(5, Math.floor(n / 5));
  await timed(target, "totals:status+reason", totalsN, () =>
    searchTotals(db, parseSearchQuery("status:failed reason:insufficient_funds").terms),
  );
  await timed(target, "totals:provider+country", totalsN, () =>
    searchTotals(db, parseSearchQuery("provider:begateway country:LT").terms),
  );
}
