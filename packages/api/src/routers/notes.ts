import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { addNote, notesFor } from "@paylens/db/queries/notes";
import { transactionById } from "@paylens/db/queries/transactions";
import { actorOf } from "../actor.ts";
import { procedureFor } from "../access-rules.ts";

export const notesRouter = {
  list: procedureFor("notes.list")
    .input(z.object({ transactionId: z.uuid() }))
    .query(({ ctx, input }) => notesFor(ctx.db, input.transactionId)),
  add: procedureFor("notes.add")
    .input(z.object({ transactionId: z.uuid(), text: z.string().trim().min(1).max(4000) }))
    .mutation(async ({ ctx, input }) => {
      if (!(await transactionById(ctx.db, input.transactionId)))
        throw new TRPCError({ code: "NOT_FOUND", message: `No transaction ${input.transactionId}` });
      return addNote(
        ctx.db,
        { ...input, author: ctx.principal.id, authorName: ctx.principal.name },
        { ...actorOf(ctx), action: "note.add" },
      );
    }),
} satisfies TRPCRouterRecord;
