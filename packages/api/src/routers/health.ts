import type { TRPCRouterRecord } from "@trpc/server";
import { ping } from "@paylens/db/queries/health";
import { publicProcedure } from "../trpc.ts";

export const healthRouter = {
  check: publicProcedure.query(async ({ ctx }) => {
    await ping(ctx.db);
    return { ok: true as const, db: ctx.dbKind };
  }),
} satisfies TRPCRouterRecord;
