// Settings → refund approval limits: the domain's default per currency, overridden by an admin. Setting the limit a
// currency already has changes nothing and writes no audit entry, so a resubmitted form is harmless.
import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { approvalOverrideFor, approvalOverrides, setApprovalOverride } from "@paylens/db/queries/approval-limits";
import { recordAudit } from "@paylens/db/queries/audit";
import { currencyExponent, parseMajor } from "@paylens/domain/money";
import { approvalLimitTable, refundApprovalLimit } from "@paylens/domain/refund-approval";
import { actorOf } from "../actor.ts";
import { procedureFor } from "../access-rules.ts";
import { refusal } from "../refusal.ts";

export const approvalLimitInput = z.object({
  currency: z.string().regex(/^[A-Z]{3}$/, "a currency code of three capital letters, e.g. JPY"),
  /** Major units as typed ("50000" JPY, "500.00" USD); null goes back to the default. */
  amount: z
    .string()
    .trim()
    .max(24)
    .regex(/^\d+(\.\d+)?$/, "a positive amount or zero, digits and one decimal point")
    .nullable(),
});

export const approvalLimitsRouter = {
  list: procedureFor("approvalLimits.list").query(async ({ ctx }) =>
    approvalLimitTable(await approvalOverrides(ctx.db)),
  ),
  set: procedureFor("approvalLimits.set")
    .input(approvalLimitInput)
    .mutation(async ({ ctx, input }) => {
      const { currency } = input;
      const aboveMinor = input.amount === null ? null : parseMajor(input.amount, currency);
      if (aboveMinor === null && input.amount !== null) {
        const exponent = currencyExponent(currency);
        throw new TRPCError({
          code: "BAD_REQUEST",
          message:
            exponent === 0
              ? `${currency} has no minor units: whole numbers only`
              : `${currency} has ${exponent} decimals at most`,
        });
      }
      if (aboveMinor !== null && aboveMinor > 10n ** 15n)
        throw refusal("BAD_REQUEST", "limit_too_large", "That limit is larger than any payment");
      const before = refundApprovalLimit(currency, await approvalOverrideFor(ctx.db, currency));
      const change = await setApprovalOverride(ctx.db, currency, aboveMinor, ctx.principal.id);
      const after = refundApprovalLimit(currency, await approvalOverrideFor(ctx.db, currency));
      if (change.changed)
        await recordAudit(ctx.db, {
          ...actorOf(ctx),
          action: "settings.approval_limit",
          subject: currency,
          before: { currency, aboveMinor: before.aboveMinor, source: before.source },
          after: { currency, aboveMinor: after.aboveMinor, source: after.source },
        });
      return { ...after, changed: change.changed };
    }),
} satisfies TRPCRouterRecord;
