// Three-way reconciliation over a period: our ledger (movement groups), what the provider notified or answered to
// status queries (the transaction row), and the provider's report (the latest report covering each moment). Money
// types only (payment, capture, refund); a report is trusted only for the periods it covers.
import { and, asc, eq, gt, gte, inArray, lt, or, sql, type SQL } from "drizzle-orm";
import type { Db } from "../client.ts";
import { reconciliationItems, reconciliationRuns } from "../schema/finance.ts";
import { recordAudit } from "./audit.ts";

export const MISMATCH_KINDS = [
  "missing_in_report",
  "missing_in_ours",
  "amount_differs",
  "status_differs",
  "currency_differs",
] as const;
export type MismatchKind = (typeof MISMATCH_KINDS)[number];

interface Side {
  amount: bigint;
  currency: string;
  status: string;
}

/** What the three sources say about one (account, provider uid). */
export interface ThreeWay {
  accountId: string;
  provider: string;
  providerUid: string;
  transactionId: string | null;
  reportRowId: bigint | null;
  occurredAt: Date;
  ledger: Side | null;
  notified: Side | null;
  report: Side | null;
}

export interface Mismatch {
  kind: MismatchKind;
  atStakeMinor: bigint;
  atStakeCurrency: string;
  detail: string;
}

const abs = (v: bigint) => (v < 0n ? -v : v);
const said = (s: Side) => `${s.status} ${s.amount} ${s.currency}`;

/** The rules, apart from SQL: each key gives zero or more mismatches, at most one of each kind. */
export function classify(k: ThreeWay): Mismatch[] {
  const out: Mismatch[] = [];
  const { ledger, notified, report } = k;
  if (ledger && !report) {
    out.push({
      kind: "missing_in_report",
      atStakeMinor: ledger.amount,
      atStakeCurrency: ledger.currency,
      detail: `ledger has ${ledger.amount} ${ledger.currency}; the provider's report does not list it`,
    });
  } else if (!ledger && report && report.status === "successful") {
    if (notified && notified.status !== "successful") {
      out.push({
        kind: "status_differs",
        atStakeMinor: report.amount,
        atStakeCurrency: report.currency,
        detail: `report says ${said(report)}; notifications and queries say ${notified.status}`,
      });
    } else if (!notified) {
      out.push({
        kind: "missing_in_ours",
        atStakeMinor: report.amount,
        atStakeCurrency: report.currency,
        detail: `report lists ${said(report)}; no notification or query ever told us of it`,
      });
    }
  } else if (ledger && report) {
    if (report.status !== "successful") {
      out.push({
        kind: "status_differs",
        atStakeMinor: ledger.amount,
        atStakeCurrency: ledger.currency,
        detail: `ledger has ${ledger.amount} ${ledger.currency} as successful; report says ${report.status}`,
      });
    } else if (report.currency !== ledger.currency) {
      out.push({
        kind: "currency_differs",
        atStakeMinor: ledger.amount,
        atStakeCurrency: ledger.currency,
        detail: `ledger ${ledger.amount} ${ledger.currency}; report ${report.amount} ${report.currency}`,
      });
    } else if (report.amount !== ledger.amount) {
      out.push({
        kind: "amount_differs",
        atStakeMinor: abs(report.amount - ledger.amount),
        atStakeCurrency: ledger.currency,
        detail: `ledger ${ledger.amount} ${ledger.currency}; report ${report.amount} ${report.currency}`,
      });
    }
  }
  if (ledger && notified) {
    if (notified.status !== "successful" && !out.some((m) => m.kind === "status_differs")) {
      out.push({
        kind: "status_differs",
        atStakeMinor: ledger.amount,
        atStakeCurrency: ledger.currency,
        detail: `ledger posted ${ledger.amount} ${ledger.currency}; notifications now say ${notified.status}`,
      });
    } else if (
      notified.amount !== ledger.amount &&
      notified.currency === ledger.currency &&
      !out.some((m) => m.kind === "amount_differs")
    ) {
      out.push({
        kind: "amount_differs",
        atStakeMinor: abs(notified.amount - ledger.amount),
        atStakeCurrency: ledger.currency,
        detail: `ledger ${ledger.amount}; notifications say ${notified.amount} ${notified.currency}`,
      });
    }
  }
  return out;
}

type Raw = Record<string, string | Date | null>;

const side = (amount: unknown, currency: unknown, status: unknown): Side | null =>
  amount === null || amount === undefined
    ? null
    : { amount: BigInt(String(amount)), currency: String(currency), status: String(status) };

async function threeWay(db: Db, from: Date, to: Date, accountId: string | null): Promise<ThreeWay[]> {
  const account = accountId ? sql`and account_id = ${accountId}` : sql``;
  const result = await db.execute<Raw>(sql`
    with scope as (
      select id, account_id, period_from, period_to from provider_reports
       where period_from < ${to.toISOString()}::timestamptz and period_to > ${from.toISOString()}::timestamptz ${account}
    ), ours as (
      select g.account_id, g.provider, t.provider_uid, g.transaction_id, g.amount_minor, g.currency, g.occurred_at,
        (select max(s.id) from scope s where s.account_id = g.account_id and g.occurred_at >= s.period_from
          and g.occurred_at < s.period_to) as covering
      from ledger_groups g join transactions t on t.id = g.transaction_id
      where g.movement_id is not null and g.kind in ('payment', 'capture', 'refund')
        and g.occurred_at >= ${from.toISOString()}::timestamptz and g.occurred_at < ${to.toISOString()}::timestamptz
    ), theirs as (
      select r.* from provider_report_rows r
      where r.type in ('payment', 'capture', 'refund')
        and r.occurred_at >= ${from.toISOString()}::timestamptz and r.occurred_at < ${to.toISOString()}::timestamptz
        and r.report_id = (select max(s.id) from scope s where s.account_id = r.account_id
          and r.occurred_at >= s.period_from and r.occurred_at < s.period_to)
    ), keys as (
      select account_id, provider, provider_uid, occurred_at from ours where covering is not null
      union
      select account_id, provider, provider_uid, occurred_at from theirs
    )
    select distinct on (k.account_id, k.provider_uid) k.account_id, k.provider, k.provider_uid, k.occurred_at,
      o.amount_minor::text as l_amount, o.currency as l_currency,
      r.id::text as r_id, r.amount_minor::text as r_amount, r.currency as r_currency, r.status as r_status,
      n.id as n_id, n.amount_minor::text as n_amount, n.currency as n_currency, n.status as n_status
    from keys k
    left join ours o on o.account_id = k.account_id and o.provider_uid = k.provider_uid and o.covering is not null
    left join theirs r on r.account_id = k.account_id and r.provider_uid = k.provider_uid
    left join transactions n on n.account_id = k.account_id and n.provider_uid = k.provider_uid
    order by k.account_id, k.provider_uid, k.occurred_at`);
  return result.rows.map((r) => ({
    accountId: String(r.account_id),
    provider: String(r.provider),
    providerUid: String(r.provider_uid),
    transactionId: r.n_id === null ? null : String(r.n_id),
    reportRowId: r.r_id === null ? null : BigInt(String(r.r_id)),
    occurredAt: new Date(r.occurred_at as string | Date),
    ledger: side(r.l_amount, r.l_currency, "successful"),
    notified: side(r.n_amount, r.n_currency, r.n_status),
    report: side(r.r_amount, r.r_currency, r.r_status),
  }));
}

export interface RunInput {
  from: Date;
  to: Date;
  accountId: string | null;
  by: { id: string | null; name: string | null };
}

export interface RunResult {
  runId: bigint;
  compared: number;
  counts: Record<string, number>;
  cleared: number;
}

/** Finds today's mismatches; keeps resolved ones resolved; clears open ones this run no longer finds. */
export async function runReconciliation(db: Db, input: RunInput): Promise<RunResult> {
  const keys = await threeWay(db, input.from, input.to, input.accountId);
  return db.transaction(async (tx) => {
    const [run] = await tx
      .insert(reconciliationRuns)
      .values({
        periodFrom: input.from,
        periodTo: input.to,
        accountId: input.accountId,
        startedBy: input.by.id,
        startedByName: input.by.name,
      })
      .returning({ id: reconciliationRuns.id });
    if (!run) throw new Error("run not stored");
    const counts: Record<string, number> = Object.fromEntries(MISMATCH_KINDS.map((k) => [k, 0]));
    const rows = keys.flatMap((k) =>
      classify(k).map((m) => {
        counts[m.kind] = (counts[m.kind] ?? 0) + 1;
        return {
          kind: m.kind,
          accountId: k.accountId,
          provider: k.provider,
          providerUid: k.providerUid,
          transactionId: k.transactionId,
          reportRowId: k.reportRowId,
          occurredAt: k.occurredAt,
          ledgerAmountMinor: k.ledger?.amount ?? null,
          ledgerCurrency: k.ledger?.currency ?? null,
          notifiedStatus: k.notified?.status ?? null,
          notifiedAmountMinor: k.notified?.amount ?? null,
          notifiedCurrency: k.notified?.currency ?? null,
          reportStatus: k.report?.status ?? null,
          reportAmountMinor: k.report?.amount ?? null,
          reportCurrency: k.report?.currency ?? null,
          atStakeMinor: m.atStakeMinor,
          atStakeCurrency: m.atStakeCurrency,
          detail: m.detail,
          runId: run.id,
        };
      }),
    );
    for (let i = 0; i < rows.length; i += 500) {
      await tx
        .insert(reconciliationItems)
        .values(rows.slice(i, i + 500))
        .onConflictDoUpdate({
          target: [reconciliationItems.accountId, reconciliationItems.providerUid, reconciliationItems.kind],
          set: {
            runId: run.id,
            lastSeenAt: sql`now()`,
            detail: sql`excluded.detail`,
            atStakeMinor: sql`excluded.at_stake_minor`,
            atStakeCurrency: sql`excluded.at_stake_currency`,
            ledgerAmountMinor: sql`excluded.ledger_amount_minor`,
            notifiedStatus: sql`excluded.notified_status`,
            notifiedAmountMinor: sql`excluded.notified_amount_minor`,
            reportStatus: sql`excluded.report_status`,
            reportAmountMinor: sql`excluded.report_amount_minor`,
            reportCurrency: sql`excluded.report_currency`,
            reportRowId: sql`excluded.report_row_id`,
            state: sql`case when ${reconciliationItems.state} = 'cleared' then 'open' else ${reconciliationItems.state} end`,
          },
        });
    }
    // Only accounts a report covers in this period can have their open items cleared.
    const cleared = await tx.execute<{ n: number }>(sql`
      with c as (
        update reconciliation_items i set state = 'cleared' where i.state = 'open' and i.run_id <> ${run.id}
          and i.occurred_at >= ${input.from.toISOString()}::timestamptz and i.occurred_at < ${input.to.toISOString()}::timestamptz
          and exists (select 1 from provider_reports s where s.account_id = i.account_id
            and i.occurred_at >= s.period_from and i.occurred_at < s.period_to)
          ${input.accountId ? sql`and i.account_id = ${input.accountId}` : sql``}
        returning 1)
      select count(*)::int as n from c`);
    await tx.update(reconciliationRuns).set({ counts }).where(eq(reconciliationRuns.id, run.id));
    return { runId: run.id, compared: keys.length, counts, cleared: Number(cleared.rows[0]?.n ?? 0) };
  });
}

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
