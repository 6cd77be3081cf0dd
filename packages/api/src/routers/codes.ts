import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { decodeCode, listCodes, type CatalogueCode } from "@paylens/providers/code-catalogue";
import { codeCounts } from "@paylens/db/queries/codes";
import { procedureFor } from "../access-rules.ts";

export const codesInput = z.object({ from: z.date().optional(), to: z.date().optional() }).default({});

export const codesRouter = {
  /** Every catalogued code of every provider, decoded, with how many transactions carry it in the period; codes met in data but missing from the catalogues come after, decoded by their provider's decoder. */
  list: procedureFor("codes.list")
    .input(codesInput)
    .query(async ({ ctx, input }) => {
      const counts = await codeCounts(ctx.db, input);
      const byKey = new Map(counts.map((row) => [`${row.provider}\u0000${row.code}`, row.count]));
      const catalogue = listCodes();
      const known = new Set(catalogue.map((row) => `${row.provider}\u0000${row.code}`));
      const unknown = counts
        .filter((row) => !known.has(`${row.provider}\u0000${row.code}`))
        .flatMap((row) => decodeCode(row.provider, row.code) ?? [])
        .sort((a, b) => a.provider.localeCompare(b.provider) || a.code.localeCompare(b.code));
      return [...catalogue, ...unknown].map((row: CatalogueCode) => ({
        ...row,
        count: byKey.get(`${row.provider}\u0000${row.code}`) ?? 0,
      }));
    }),
} satisfies TRPCRouterRecord;
