// Mismatches as kept: listed in pages, totalled per kind and currency, streamed for the CSV export, resolved with a
// note (audited).
import { and, asc, eq, gt, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import { reconciliationItems } from "../schema/finance.ts";
import { recordAudit } from "./audit.ts";
import type { MismatchKind } from "./reconciliation-rules.ts";

export interface ItemFilter {
  from: Date;
  to: Date;
  accountId?: string | undefined;
  provider?: string | undefined;
  currency?: string | undefined;
  kind?: MismatchKind | undefined;
  /** Default: open only. */
  states?: ReadonlyArray<"open" | "resolved" | "cleared">;
}

function itemWhere(filter: ItemFilter, after: { at: Date; id: bigint } | null): SQL | undefined {
  const i = reconciliationItems;
  const parts: (SQL | undefined)[] = [
    gte(i.occurredAt, filter.from),
    lt(i.occurredAt, filter.to),
    inArray(i.state, [...(filter.states ?? ["open"])]),
  ];
  if (filter.accountId) parts.push(eq(i.accountId, filter.accountId));
  if (filter.provider) parts.push(eq(i.provider, filter.provider));
  if (filter.currency) parts.push(eq(i.atStakeCurrency, filter.currency));
  if (filter.kind) parts.push(eq(i.kind, filter.kind));
  if (after) parts.push(or(gt(i.occurredAt, after.at), and(eq(i.occurredAt, after.at), gt(i.id, after.id))));
  return and(...parts);
}

export type ReconciliationItem = typeof reconciliationItems.$inferSelect;

export async function listMismatches(
  db: Db,
  filter: ItemFilter,
  limit: number,
  after: { at: Date; id: bigint } | null,
) {
  const rows = await db
    .select()
    .from(reconciliationItems)
    .where(itemWhere(filter, after))
    .orderBy(asc(reconciliationItems.occurredAt), asc(reconciliationItems.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return { rows: page, next: rows.length > limit && last ? { at: last.occurredAt, id: last.id } : null };
}

/** Mismatches and money at stake per kind and currency. */
export async function mismatchTotals(db: Db, filter: ItemFilter) {
  const i = reconciliationItems;
  const rows = await db
    .select({
      kind: i.kind,
      currency: i.atStakeCurrency,
      count: sql<number>`count(*)::int`,
      atStakeMinor: sql<string>`sum(${i.atStakeMinor})::text`,
    })
    .from(i)
    .where(itemWhere(filter, null))
    .groupBy(i.kind, i.atStakeCurrency)
    .orderBy(i.kind, i.atStakeCurrency);
  return rows.map((r) => ({
    kind: r.kind as MismatchKind,
    currency: r.currency,
    count: Number(r.count),
    atStakeMinor: BigInt(r.atStakeMinor),
  }));
}

export async function* mismatchBatches(
  db: Db,
  filter: ItemFilter,
  batchSize = 2000,
): AsyncGenerator<ReconciliationItem[]> {
  let after: { at: Date; id: bigint } | null = null;
  for (;;) {
    const page = await listMismatches(db, filter, batchSize, after);
    if (page.rows.length > 0) yield page.rows;
    if (!page.next) return;
    after = page.next;
  }
}

export interface Resolver {
  id: string;
  name: string;
  role: string;
  ip: string | null;
}

/** Resolves an open mismatch with a note; the audit log records who, when, and what it was. Null if not open. */
export async function resolveMismatch(
  db: Db,
  id: bigint,
  note: string,
  by: Resolver,
): Promise<ReconciliationItem | null> {
  return db.transaction(async (tx) => {
    const [item] = await tx
      .update(reconciliationItems)
      .set({
        state: "resolved",
        resolvedAt: sql`now()`,
        resolvedBy: by.id,
        resolvedByName: by.name,
        resolutionNote: note,
      })
      .where(and(eq(reconciliationItems.id, id), eq(reconciliationItems.state, "open")))
      .returning();
    if (!item) return null;
    await recordAudit(tx, {
      actor: by.id,
      actorName: by.name,
      role: by.role,
      ip: by.ip,
      action: "reconciliation.resolve",
      transactionId: item.transactionId,
      subject: `${item.kind} ${item.provider} ${item.providerUid}`,
      before: {
        state: "open",
        kind: item.kind,
        atStakeMinor: item.atStakeMinor,
        atStakeCurrency: item.atStakeCurrency,
        detail: item.detail,
      },
      after: { state: "resolved", note },
    });
    return item;
  });
}
