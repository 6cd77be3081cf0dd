import { initTRPC } from "@trpc/server";
import superjson from "superjson";
import { can, type Permission } from "@paylens/domain/roles";
import type { Context } from "./context.ts";
import { errorShape } from "./error-shape.ts";
import { refusal } from "./refusal.ts";
import { cleanInput } from "./input-guard.ts";

// superjson carries bigint (money in minor units) and Date across the wire exactly.
const t = initTRPC.context<Context>().create({ transformer: superjson, errorFormatter: errorShape });

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

// First on every procedure: hostile text refused and card data redacted before any schema or handler sees the input.
const guarded = t.procedure.use(async ({ getRawInput, next }) => {
  const cleaned = cleanInput(await getRawInput());
  return next({ getRawInput: async () => cleaned });
});

/** Only for what a signed-out browser needs: health, sign-in, "who am I". */
export const publicProcedure = guarded;

const signedIn = guarded.use(({ ctx, next }) => {
  if (!ctx.principal) throw refusal("UNAUTHORIZED", "sign_in_first", "Sign in first");
  if (ctx.csrfFailed) throw refusal("FORBIDDEN", "csrf", "Missing or wrong CSRF token: reload the page and try again");
  return next({ ctx: { ...ctx, principal: ctx.principal } });
});

/** A procedure for principals whose role grants `permission`; everyone else gets FORBIDDEN, whatever the UI showed. */
export function procedureWith(permission: Permission) {
  return signedIn.use(({ ctx, next }) => {
    if (!can(ctx.principal.role, permission)) {
      throw refusal(
        "FORBIDDEN",
        "role_forbidden",
        `The ${ctx.principal.role} role may not do this (needs "${permission}")`,
        { role: ctx.principal.role, permission },
      );
    }
    return next();
  });
}
