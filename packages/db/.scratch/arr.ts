import { sql } from "drizzle-orm";
import { openDatabase } from "../src/client.ts";
for (const cfg of [{ kind: "pglite" as const, dataDir: null }, { kind: "postgres" as const, url: "postgres://postgres@127.0.0.1:5432/test" }]) {
  const d = await openDatabase(cfg);
  const r = await d.db.execute(sql`select (${sql.param(["a", "b,c", 'q"x'])}::text[])[2] as x, (${sql.param([1, 2, 3])}::int[])[3] as y, array_length(${sql.param(["x", null])}::text[],1) as z, hashint8extended(5::int8, 7) as h, md5('1')::uuid as u`);
  console.log(cfg.kind, r.rows);
  await d.close();
}
