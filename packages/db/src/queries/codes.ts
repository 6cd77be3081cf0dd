// How many transactions carry each (provider, code) in a period: the counts beside the codes explorer's catalogue.
import { and, gte, isNotNull, lt, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { transactions as t } from "../schema/transactions.ts";

export async function codeCounts(db: Db, period: { from?: Date; to?: Date }) {
  const rows = await db
    .select({ provider: t.provider, code: sql<string>`${t.code}`, count: sql<string>`count(*)::text` })
    .from(t)
    .where(
      and(
        isNotNull(t.code),
        period.from ? gte(t.createdAt, period.from) : undefined,
        period.to ? lt(t.createdAt, period.to) : undefined,
      ),
    )
    .groupBy(t.provider, t.code);
  return rows.map((row) => ({ provider: row.provider, code: row.code, count: Number(row.count) }));
}
