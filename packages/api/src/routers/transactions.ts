import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { TRANSACTION_STATUSES } from "@paylens/domain/transaction";
import { searchTotals, searchTransactions, SearchCursorError } from "@paylens/db/queries/search";
import { decodeCursor, listTransactions, transactionById } from "@paylens/db/queries/transactions";
import { providerInput } from "../provider-input.ts";
import { parseQuery, searchInput, totalsInput } from "../search-input.ts";
import { procedureFor } from "../access-rules.ts";

export const listInput = z.object({
  provider: z.array(providerInput).max(10).optional(),
  accountId: z.array(z.string().min(1).max(200)).max(50).optional(),
  status: z.array(z.enum(TRANSACTION_STATUSES)).max(10).optional(),
  from: z.date().optional(),
  to: z.date().optional(),
  limit: z.number().int().min(1).max(500).default(50),
  cursor: z
    .string()
    .max(200)
    .refine((value) => decodeCursor(value) !== null, "not a cursor from a previous page")
    .nullish(),
});

export const transactionsRouter = {
  list: procedureFor("transactions.list")
    .input(listInput)
    .query(({ ctx, input }) =>
      listTransactions(ctx.db, {
        filter: {
          provider: input.provider,
          accountId: input.accountId,
          status: input.status,
          from: input.from,
          to: input.to,
        },
        limit: input.limit,
        cursor: input.cursor ?? null,
      }),
    ),
  byId: procedureFor("transactions.byId")
    .input(z.object({ id: z.uuid() }))
    .query(async ({ ctx, input }) => {
      const found = await transactionById(ctx.db, input.id);
      if (!found) throw new TRPCError({ code: "NOT_FOUND", message: `No transaction ${input.id}` });
      return found;
    }),
  /** The support search box: a query with bad terms still answers with its valid terms, naming the bad ones. */
  search: procedureFor("transactions.search")
    .input(searchInput)
    .query(async ({ ctx, input }) => {
      const { terms, errors } = parseQuery(input.q);
      try {
        const page = await searchTransactions(ctx.db, {
          terms,
          sort: input.sort,
          dir: input.dir,
          limit: input.limit,
          cursor: input.cursor ?? null,
        });
        return { items: page.items, nextCursor: page.nextCursor, terms, errors, matchedBy: page.matchedBy };
      } catch (error) {
        if (error instanceof SearchCursorError) throw new TRPCError({ code: "BAD_REQUEST", message: error.message });
        throw error;
      }
    }),
  totals: procedureFor("transactions.totals")
    .input(totalsInput)
    .query(({ ctx, input }) => searchTotals(ctx.db, parseQuery(input.q).terms, { exact: input.exact ?? false })),
} satisfies TRPCRouterRecord;
