import { sql } from "drizzle-orm";
import { openDatabase } from "../src/client.ts";
import { migrate } from "../src/migrate.ts";
import { preparePalette } from "../src/seed/prepare.ts";
import { insertBatch } from "../src/seed/insert-batch.ts";
import { insertBatch as noEvents } from "./ib2.ts";
import { seedPalette } from "../../../apps/server/src/seed/palette.ts";
import { upsertAccounts } from "../src/queries/accounts.ts";
const kind = process.argv[2] ?? "pglite";
const d = await openDatabase(kind === "pglite" ? { kind: "pglite", dataDir: null } : { kind: "postgres", url: "postgres://postgres@127.0.0.1:5432/seedtest", poolSize: 1 });
await migrate(d);
await d.db.execute(sql`truncate transactions, transaction_events`);
const palette = seedPalette();
await upsertAccounts(d.db, [...new Set(palette.profiles.map(p => p.accountId))].map(id => ({ id, provider: "x", name: id, baseUrl: "x", demo: true })));
const pal = preparePalette(palette);
await d.db.execute(sql`set jit = off`); await d.db.execute(sql`set work_mem = '64MB'`);
let lo = 1;
const run = async (label: string, f: typeof insertBatch) => {
  const t = performance.now();
  const n = await f(d.db, pal, { lo, hi: lo + 49999, seed: 1, customers: 25000, startMs: Date.now() - 90 * 864e5, endMs: Date.now() });
  lo += 50000;
  console.log(kind, label, n, (performance.now() - t).toFixed(0), "ms");
};
await run("full", insertBatch);
await d.db.execute(sql`set session_replication_role = replica`);
await run("full, no FK triggers", insertBatch);
await run("no events, no FK", noEvents);
if (process.argv[3] === "drop") {
  const idx = await d.db.execute<{ indexname: string }>(sql`select indexname from pg_indexes where tablename = 'transactions' and indexname not like '%pkey'`);
  for (const r of idx.rows) await d.db.execute(sql.raw(`drop index ${r.indexname}`));
  await run("no events, no secondary idx", noEvents);
  await d.db.execute(sql`alter table transactions drop constraint transactions_pkey cascade`);
  await run("no idx at all", noEvents);
}
await d.close();
