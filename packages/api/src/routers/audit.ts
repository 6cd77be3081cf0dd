import { type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { listAudit } from "@paylens/db/queries/audit";
import { can } from "@paylens/domain/roles";
import { procedureFor } from "../access-rules.ts";

export const auditRouter = {
  /** Newest first, keyset-paged by id. Everyone who reads transactions may read who acted on them;
   *  sign-ins and user or token changes only admins (they map who can get in). */
  list: procedureFor("audit.list")
    .input(
      z.object({
        actor: z.string().trim().max(320).optional(),
        action: z.string().trim().max(100).optional(),
        transactionId: z.uuid().optional(),
        text: z.string().trim().max(200).optional(),
        from: z.date().optional(),
        to: z.date().optional(),
        limit: z.number().int().min(1).max(500).default(100),
        cursor: z
          .string()
          .regex(/^\d{1,19}$/)
          .nullish(),
      }),
    )
    .query(({ ctx, input }) => {
      const { limit, cursor, ...filter } = input;
      return listAudit(
        ctx.db,
        { ...filter, withoutSecurity: !can(ctx.principal.role, "admin") },
        limit,
        cursor ? BigInt(cursor) : null,
      );
    }),
} satisfies TRPCRouterRecord;
