import { openDatabase } from "@paylens/db/client";
import { migrate } from "@paylens/db/migrate";
import { settlementDays } from "@paylens/db/queries/settlements";
import { ledgerBalances } from "@paylens/db/queries/ledger";
import { sql } from "drizzle-orm";
import { runSeed } from "./src/seed/seed-command.ts";
const kind = process.argv[2];
const database = kind === "postgres" ? await openDatabase({ kind: "postgres", url: "postgres://postgres@127.0.0.1:5432/test" }) : await openDatabase({ kind: "pglite", dataDir: null });
if (kind === "postgres") { await database.db.execute(sql`drop schema public cascade`); await database.db.execute(sql`create schema public`); await database.db.execute(sql`drop schema if exists drizzle cascade`); }
await migrate(database);
const n = Number(process.argv[3] ?? 100000);
let t = performance.now();
const lines: string[] = [];
const r = await runSeed(database, { transactions: n, days: 90, seed: 1 }, (l) => lines.push(l));
const total = (performance.now() - t) / 1000;
console.log(kind, "seed", r.inserted, "rows in", r.seconds.toFixed(1), "s; with ledger back-fill", total.toFixed(1), "s;", lines.at(-1));
const counts = (await database.db.execute(sql`select (select count(*) from ledger_entries)::int as entries, (select count(*) from ledger_groups)::int as groups`)).rows[0];
console.log(counts);
for (const tz of ["UTC", "America/New_York"]) {
  t = performance.now();
  const days = await settlementDays(database.db, { from: new Date(Date.now() - 90 * 86400000).toISOString().slice(0, 10), to: new Date().toISOString().slice(0, 10), timeZone: tz });
  console.log(kind, `settlementDays 90 days ${tz}:`, days.length, "rows in", (performance.now() - t).toFixed(0), "ms");
}
t = performance.now();
const b = await ledgerBalances(database.db, { asOf: null });
console.log(kind, "balances", b.length, "rows in", (performance.now() - t).toFixed(0), "ms");
await database.close();
