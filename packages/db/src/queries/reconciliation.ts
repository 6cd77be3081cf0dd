// Three-way reconciliation over a period: our ledger (movement groups), what the provider notified or answered to
// status queries (the transaction row), and the provider's report (the latest report covering each moment); and the
// report's dispute rows against the disputes we hold. The rules are reconciliation-rules.ts and
// reconciliation-disputes.ts; the kept mismatches are read and resolved in reconciliation-items.ts.
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { reconciliationItems, reconciliationRuns } from "../schema/finance.ts";
import { classifyDispute, disputeComparisons } from "./reconciliation-disputes.ts";
import { classify, MISMATCH_KINDS } from "./reconciliation-rules.ts";
import { threeWay } from "./reconciliation-sources.ts";

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
  const disputes = await disputeComparisons(db, input.from, input.to, input.accountId);
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
    const rows: (typeof reconciliationItems.$inferInsert)[] = keys.flatMap((k) =>
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
    for (const c of disputes)
      for (const m of classifyDispute(c)) {
        counts[m.kind] = (counts[m.kind] ?? 0) + 1;
        const listed = c.row ?? c.reversal;
        rows.push({
          kind: m.kind,
          accountId: c.accountId,
          provider: c.provider,
          providerUid: c.providerDisputeId,
          transactionId: c.ours?.transactionId ?? null,
          reportRowId: listed?.id ?? null,
          occurredAt: c.occurredAt,
          // A dispute's hold is posted once its payment is known: that is the ledger's side.
          ledgerAmountMinor: c.ours?.transactionId ? c.ours.amount : null,
          ledgerCurrency: c.ours?.transactionId ? c.ours.currency : null,
          notifiedStatus: c.ours?.status ?? null,
          notifiedAmountMinor: c.ours?.amount ?? null,
          notifiedCurrency: c.ours?.currency ?? null,
          reportStatus: listed?.type ?? null,
          reportAmountMinor: listed?.amount ?? null,
          reportCurrency: listed?.currency ?? null,
          atStakeMinor: m.atStakeMinor,
          atStakeCurrency: m.atStakeCurrency,
          detail: m.detail,
          runId: run.id,
          subject: "dispute",
          disputeId: c.ours?.id ?? null,
        });
      }
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
            disputeId: sql`excluded.dispute_id`,
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
    return { runId: run.id, compared: keys.length + disputes.length, counts, cleared: Number(cleared.rows[0]?.n ?? 0) };
  });
}
