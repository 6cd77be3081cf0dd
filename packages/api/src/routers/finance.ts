// Finance: settlements per day, the ledger, provider reports (fetched or uploaded) and three-way reconciliation.
// Reading needs "read"; fetching, uploading, reconciling and resolving are finance's own work ("finance": finance and admin only), all audited.
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { listAccounts } from "@paylens/db/queries/accounts";
import { recordAudit } from "@paylens/db/queries/audit";
import { ledgerBalances, transactionLedger } from "@paylens/db/queries/ledger";
import { runReconciliation } from "@paylens/db/queries/reconciliation";
import { listMismatches, mismatchTotals, resolveMismatch } from "@paylens/db/queries/reconciliation-items";
import { MISMATCH_KINDS } from "@paylens/db/queries/reconciliation-rules";
import { importReport, listReports } from "@paylens/db/queries/reports";
import { settlementDays, settlementDayTransactions } from "@paylens/db/queries/settlements";
import { settlementDayDisputes } from "@paylens/db/queries/settlements-disputes";
import { dayIn, nextDay } from "@paylens/domain/time-zone";
import { PayloadError } from "@paylens/providers/connector";
import { actorOf } from "../actor.ts";
import { day, dayInput, dimensionInput, periodBounds, periodInput, timeZone } from "../finance-input.ts";
import { procedureFor } from "../access-rules.ts";

const MAX_UPLOAD_CHARS = 900_000;
/** The dispute movements one settlement day shows: far more than a day of disputes holds. */
const DAY_DISPUTES = 500;

const cursor = z.object({ at: z.string().max(64), id: z.string().regex(/^\d+$/) }).nullish();
const itemCursor = z.object({ at: z.date(), id: z.bigint() }).nullish();
const states = z
  .array(z.enum(["open", "resolved", "cleared"]))
  .min(1)
  .default(["open"]);

export const financeRouter = {
  accounts: procedureFor("finance.accounts").query(async ({ ctx }) =>
    (await listAccounts(ctx.db)).map((a) => ({ id: a.id, provider: a.provider, name: a.name })),
  ),

  settlements: procedureFor("finance.settlements")
    .input(periodInput)
    .query(({ ctx, input }) => settlementDays(ctx.db, input)),

  settlementDay: procedureFor("finance.settlementDay")
    .input(dayInput.extend({ limit: z.number().int().min(1).max(500).default(100), cursor }))
    .query(async ({ ctx, input }) => {
      const page = await settlementDayTransactions(ctx.db, input, input.limit, input.cursor ?? null);
      // The day's dispute money comes with the first page: a handful beside the sales.
      const disputes = input.cursor ? [] : await settlementDayDisputes(ctx.db, input, DAY_DISPUTES);
      return { ...page, disputes };
    }),

  balances: procedureFor("finance.balances")
    .input(dimensionInput.extend({ asOf: z.date().nullish() }))
    .query(({ ctx, input }) => ledgerBalances(ctx.db, { ...input, asOf: input.asOf ?? null })),

  transactionLedger: procedureFor("finance.transactionLedger")
    .input(z.object({ transactionId: z.uuid() }))
    .query(({ ctx, input }) => transactionLedger(ctx.db, input.transactionId)),

  reports: procedureFor("finance.reports")
    .input(z.object({ accountId: z.string().max(100).nullish(), limit: z.number().int().min(1).max(200).default(50) }))
    .query(({ ctx, input }) => listReports(ctx.db, input.accountId ?? null, input.limit)),

  /** Asks each configured account's provider for its report of the period (or one account's). */
  fetchReports: procedureFor("finance.fetchReports")
    .input(periodInput.and(z.object({ accountId: z.string().max(100).optional() })))
    .mutation(async ({ ctx, input }) => {
      const period = periodBounds(input);
      const accounts = (await listAccounts(ctx.db)).filter((a) => !input.accountId || a.id === input.accountId);
      if (input.accountId && accounts.length === 0)
        throw new TRPCError({ code: "NOT_FOUND", message: `No account ${input.accountId}` });
      const results = [];
      for (const account of accounts) {
        const connector = ctx.providers?.connector(account.provider) ?? null;
        const callContext = ctx.providers?.callContext(account.id) ?? null;
        if (!connector || !callContext) {
          results.push({
            accountId: account.id,
            state: "skipped" as const,
            rows: 0,
            feesPosted: 0,
            settled: 0,
            error: "no credentials for this account on this server",
          });
          continue;
        }
        const report = await connector.settlementReport(callContext, period);
        if (report.state !== "ok") {
          results.push({
            accountId: account.id,
            state: report.state,
            rows: 0,
            feesPosted: 0,
            settled: 0,
            error: report.error,
          });
          continue;
        }
        const imported = await importReport(ctx.db, {
          accountId: account.id,
          provider: account.provider,
          source: "api",
          name: report.name,
          periodFrom: period.from,
          periodTo: period.to,
          fetchedBy: ctx.principal.id,
          fetchedByName: ctx.principal.name,
          rows: report.rows,
        });
        results.push({
          accountId: account.id,
          state: "ok" as const,
          rows: imported.rows,
          feesPosted: imported.feesPosted,
          settled: imported.settled,
          error: null,
        });
      }
      await recordAudit(ctx.db, {
        ...actorOf(ctx),
        action: "report.fetch",
        subject: `${input.from}..${input.to} ${input.timeZone}`,
        after: results,
      });
      return results;
    }),

  /** A report file downloaded from the provider's back office; the period is the one given, or the days its rows span. */
  uploadReport: procedureFor("finance.uploadReport")
    .input(
      z.object({
        accountId: z.string().min(1).max(100),
        fileName: z.string().trim().min(1).max(200),
        content: z
          .string()
          .min(1)
          .max(MAX_UPLOAD_CHARS, `a report file is at most ${MAX_UPLOAD_CHARS} characters: split it by days`),
        timeZone: timeZone,
        from: day.optional(),
        to: day.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const account = (await listAccounts(ctx.db)).find((a) => a.id === input.accountId);
      if (!account) throw new TRPCError({ code: "NOT_FOUND", message: `No account ${input.accountId}` });
      const connector = ctx.providers?.connector(account.provider) ?? null;
      if (!connector) throw new TRPCError({ code: "BAD_REQUEST", message: `No connector for ${account.provider}` });
      let rows;
      try {
        rows = connector.parseSettlementFile(input.content);
      } catch (error) {
        if (error instanceof PayloadError)
          throw new TRPCError({
            code: "BAD_REQUEST",
            message: `Not a ${connector.displayName} report: ${error.message}`,
          });
        throw error;
      }
      if (rows.length === 0 && (!input.from || !input.to))
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: "The file has no transactions: give the period it covers",
        });
      const times = rows.map((r) => r.occurredAt.getTime());
      const from = input.from ?? dayIn(new Date(Math.min(...times)), input.timeZone);
      const to = input.to ?? dayIn(new Date(Math.max(...times)), input.timeZone);
      const period = periodBounds({ from, to, timeZone: input.timeZone });
      const imported = await importReport(ctx.db, {
        accountId: account.id,
        provider: account.provider,
        source: "upload",
        name: input.fileName,
        periodFrom: period.from,
        periodTo: period.to,
        fetchedBy: ctx.principal.id,
        fetchedByName: ctx.principal.name,
        rows,
      });
      await recordAudit(ctx.db, {
        ...actorOf(ctx),
        action: "report.upload",
        subject: `${account.id} ${input.fileName}`,
        after: { from, to: nextDay(to), rows: imported.rows, reportId: imported.reportId },
      });
      return { ...imported, from, to };
    }),

  reconcile: procedureFor("finance.reconcile")
    .input(periodInput.and(z.object({ accountId: z.string().max(100).optional() })))
    .mutation(async ({ ctx, input }) => {
      const period = periodBounds(input);
      const result = await runReconciliation(ctx.db, {
        ...period,
        accountId: input.accountId ?? null,
        by: { id: ctx.principal.id, name: ctx.principal.name },
      });
      await recordAudit(ctx.db, {
        ...actorOf(ctx),
        action: "reconciliation.run",
        subject: `${input.from}..${input.to} ${input.timeZone}`,
        after: result,
      });
      return result;
    }),

  mismatches: procedureFor("finance.mismatches")
    .input(
      periodInput.and(
        z.object({
          kind: z.enum(MISMATCH_KINDS).optional(),
          states,
          limit: z.number().int().min(1).max(500).default(100),
          cursor: itemCursor,
        }),
      ),
    )
    .query(async ({ ctx, input }) => {
      const filter = {
        ...periodBounds(input),
        accountId: input.accountId,
        provider: input.provider,
        currency: input.currency,
        kind: input.kind,
        states: input.states,
      };
      const [page, totals] = await Promise.all([
        listMismatches(ctx.db, filter, input.limit, input.cursor ?? null),
        mismatchTotals(ctx.db, filter),
      ]);
      return { ...page, totals };
    }),

  resolve: procedureFor("finance.resolve")
    .input(z.object({ id: z.bigint().positive(), note: z.string().trim().min(3, "say why, in a few words").max(2000) }))
    .mutation(async ({ ctx, input }) => {
      const item = await resolveMismatch(ctx.db, input.id, input.note, {
        id: ctx.principal.id,
        name: ctx.principal.name,
        role: ctx.principal.role,
        ip: ctx.ip,
      });
      if (!item)
        throw new TRPCError({
          code: "CONFLICT",
          message: `Mismatch ${input.id} is not open (already resolved, cleared, or unknown)`,
        });
      return item;
    }),
} satisfies TRPCRouterRecord;
