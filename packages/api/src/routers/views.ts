import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { SEARCH_SORTS } from "@paylens/domain/search-query";
import { listViews, removeView, saveView } from "@paylens/db/queries/views";
import { procedureFor } from "../access-rules.ts";

export const viewInput = z.object({
  id: z.uuid().optional(),
  name: z.string().trim().min(1).max(100),
  query: z.string().max(2000),
  sort: z.enum(SEARCH_SORTS),
  dir: z.enum(["asc", "desc"]),
  columns: z.array(z.string().min(1).max(64)).max(64),
  pageSize: z.number().int().min(1).max(500),
  density: z.string().min(1).max(32),
});

// Owner-aware already: sign-in only has to fill ctx.userId.
export const viewsRouter = {
  list: procedureFor("views.list").query(({ ctx }) => listViews(ctx.db, ctx.userId)),
  save: procedureFor("views.save")
    .input(viewInput)
    .mutation(async ({ ctx, input }) => {
      const { id, ...view } = input;
      const saved = await saveView(ctx.db, ctx.userId, view, id);
      if (!saved) throw new TRPCError({ code: "NOT_FOUND", message: `No saved view ${id ?? input.name}` });
      return saved;
    }),
  remove: procedureFor("views.remove")
    .input(z.object({ id: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      if (!(await removeView(ctx.db, ctx.userId, input.id)))
        throw new TRPCError({ code: "NOT_FOUND", message: `No saved view ${input.id}` });
      return { id: input.id };
    }),
} satisfies TRPCRouterRecord;
