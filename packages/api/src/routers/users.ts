import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  createApiToken,
  createUser,
  listApiTokens,
  listUsers,
  revokeApiToken,
  updateUser,
} from "@paylens/db/queries/access";
import { recordAudit } from "@paylens/db/queries/audit";
import { ROLES } from "@paylens/domain/roles";
import { actorOf } from "../actor.ts";
import { hashPassword, passwordProblem } from "../passwords.ts";
import { procedureFor } from "../access-rules.ts";
import { refusal } from "../refusal.ts";

const role = z.enum(ROLES);
// A 400 that says why (too short, or which pattern makes it guessable), before anything is written.
const password = z
  .string()
  .max(1000)
  .superRefine((value, check) => {
    const problem = passwordProblem(value);
    if (problem) check.addIssue({ code: "custom", message: problem });
  });

function isUniqueViolation(error: unknown): boolean {
  for (let e: unknown = error; e instanceof Error; e = e.cause) if ("code" in e && e.code === "23505") return true;
  return false;
}

export const usersRouter = {
  list: procedureFor("users.list").query(({ ctx }) => listUsers(ctx.db)),
  create: procedureFor("users.create")
    .input(z.object({ email: z.email().max(320), name: z.string().trim().min(1).max(200), role, password }))
    .mutation(async ({ ctx, input }) => {
      try {
        const user = await createUser(ctx.db, {
          email: input.email,
          name: input.name,
          role: input.role,
          passwordHash: await hashPassword(input.password),
        });
        await recordAudit(ctx.db, {
          ...actorOf(ctx),
          action: "user.create",
          subject: user.email,
          after: { email: user.email, name: user.name, role: user.role },
        });
        return user;
      } catch (error) {
        if (isUniqueViolation(error))
          throw refusal("CONFLICT", "user_exists", `A user with e-mail ${input.email} exists already`, {
            email: input.email,
          });
        throw error;
      }
    }),
  update: procedureFor("users.update")
    .input(
      z.object({
        id: z.uuid(),
        role: role.optional(),
        disabled: z.boolean().optional(),
        password: password.optional(),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      if (input.id === ctx.principal.id && (input.disabled || (input.role && input.role !== "admin"))) {
        throw refusal("BAD_REQUEST", "self_change", "You cannot disable yourself or take away your own admin role");
      }
      const before = (await listUsers(ctx.db)).find((u) => u.id === input.id);
      const user = await updateUser(ctx.db, input.id, {
        role: input.role,
        disabled: input.disabled,
        passwordHash: input.password ? await hashPassword(input.password) : undefined,
      });
      if (!user) throw new TRPCError({ code: "NOT_FOUND", message: `No user ${input.id}` });
      await recordAudit(ctx.db, {
        ...actorOf(ctx),
        action: "user.update",
        subject: user.email,
        before: before ? { role: before.role, disabled: before.disabledAt !== null } : null,
        after: { role: user.role, disabled: user.disabledAt !== null, passwordChanged: Boolean(input.password) },
      });
      return user;
    }),
  tokens: procedureFor("users.tokens").query(({ ctx }) => listApiTokens(ctx.db)),
  /** The token's secret is in this answer only; Paylens keeps its digest. */
  createToken: procedureFor("users.createToken")
    .input(z.object({ name: z.string().trim().min(1).max(100), role }))
    .mutation(async ({ ctx, input }) => {
      const created = await createApiToken(ctx.db, {
        name: input.name,
        role: input.role,
        createdBy: ctx.principal.kind === "user" ? ctx.principal.id : null,
      });
      await recordAudit(ctx.db, {
        ...actorOf(ctx),
        action: "token.create",
        subject: input.name,
        after: { id: created.id, role: input.role, prefix: created.prefix },
      });
      return created;
    }),
  revokeToken: procedureFor("users.revokeToken")
    .input(z.object({ id: z.uuid() }))
    .mutation(async ({ ctx, input }) => {
      if (!(await revokeApiToken(ctx.db, input.id)))
        throw new TRPCError({ code: "NOT_FOUND", message: `No live token ${input.id}` });
      await recordAudit(ctx.db, { ...actorOf(ctx), action: "token.revoke", subject: input.id });
      return { id: input.id };
    }),
} satisfies TRPCRouterRecord;
