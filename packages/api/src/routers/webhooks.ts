import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  countWebhooksByState,
  INBOX_STATES,
  listWebhooks,
  webhookDetail,
  WEBHOOK_PAGE_MAX,
} from "@paylens/db/queries/webhooks";
import { procedureFor } from "../access-rules.ts";
import { providerInput } from "../provider-input.ts";

const MAX_ID = 2n ** 63n - 1n;

// Query inputs carry inbox ids as digit strings: TanStack Query hashes its keys with JSON, which has no bigint.
const inboxId = z
  .string()
  .regex(/^\d{1,19}$/, "an inbox id is digits")
  .transform((digits) => BigInt(digits))
  .refine((id) => id > 0n && id <= MAX_ID, "no such inbox id");

const filterInput = z.object({
  provider: providerInput.optional(),
  accountId: z.string().trim().min(1).max(100).optional(),
  from: z.date().optional(),
  to: z.date().optional(),
  /** A provider uid, dedup key or request id, matched exactly. */
  q: z.string().trim().max(300).optional(),
});

export const webhooksRouter = {
  /** Newest first, keyset-paged by id; no bodies (see byId). */
  list: procedureFor("webhooks.list")
    .input(
      filterInput.extend({
        state: z.enum(INBOX_STATES).optional(),
        limit: z.number().int().min(1).max(WEBHOOK_PAGE_MAX).default(50),
        cursor: inboxId.nullish(),
      }),
    )
    .query(({ ctx, input }) => {
      const { limit, cursor, ...filter } = input;
      return listWebhooks(ctx.db, filter, limit, cursor ?? null);
    }),
  /** Messages per state under the other filters: the state tabs' badges. */
  counts: procedureFor("webhooks.counts")
    .input(filterInput)
    .query(({ ctx, input }) => countWebhooksByState(ctx.db, input)),
  /** One message: headers, verdict, error and its body with card data masked. */
  byId: procedureFor("webhooks.byId")
    .input(z.object({ id: inboxId }))
    .query(async ({ ctx, input }) => {
      const detail = await webhookDetail(ctx.db, input.id);
      if (!detail) throw new TRPCError({ code: "NOT_FOUND", message: `No webhook ${input.id}` });
      return detail;
    }),
} satisfies TRPCRouterRecord;
