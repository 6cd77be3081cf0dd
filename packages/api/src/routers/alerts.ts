import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { listAlerts } from "@paylens/db/queries/alerts";
import { procedureFor } from "../access-rules.ts";

export const alertsRouter = {
  list: procedureFor("alerts.list")
    .input(
      z
        .object({
          state: z.enum(["active", "ended", "all"]).optional(),
          limit: z.number().int().min(1).max(500).optional(),
        })
        .optional(),
    )
    .query(({ ctx, input }) => listAlerts(ctx.db, input?.state ?? "all", input?.limit ?? 100)),
  /** For the banner. */
  active: procedureFor("alerts.active").query(({ ctx }) => listAlerts(ctx.db, "active", 100)),
} satisfies TRPCRouterRecord;
