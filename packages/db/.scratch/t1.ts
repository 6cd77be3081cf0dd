import { openDatabase } from "../src/client.ts";
import { migrate } from "../src/migrate.ts";
import { preparePalette } from "../src/seed/prepare.ts";
import { insertBatch } from "./ib.ts";
import { seedPalette } from "../../../apps/server/src/seed/palette.ts";
const kind = process.argv[2] ?? "pglite";
const d = await openDatabase(kind === "pglite" ? { kind: "pglite", dataDir: null } : { kind: "postgres", url: "postgres://postgres@127.0.0.1:5432/seedtest" });
await migrate(d);
const pal = preparePalette(seedPalette());
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const n = await insertBatch(d.db, pal, { lo: 1, hi: 50000, seed: 1, customers: 25000, startMs: Date.now() - 90 * 864e5, endMs: Date.now() });
  console.log(kind, n, (performance.now() - t).toFixed(0), "ms");
}
await d.close();
