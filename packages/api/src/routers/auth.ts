import { TRPCError, type TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  sessionPrincipal,
  setUserLanguage,
  userByEmail,
} from "@paylens/db/queries/access";
import { LANGUAGES } from "@paylens/domain/languages";
import { recordAudit } from "@paylens/db/queries/audit";
import { permissionsOf } from "@paylens/domain/roles";
import { checkPassword } from "../passwords.ts";
import { allowSignIn } from "../sign-in-limit.ts";
import { procedureFor } from "../access-rules.ts";
import { publicProcedure } from "../trpc.ts";
import { refusal } from "../refusal.ts";

export const authRouter = {
  /** Who is signed in (and the CSRF token the browser must send with every change), or null. */
  me: publicProcedure.query(async ({ ctx }) => {
    if (!ctx.principal) return null;
    const token = ctx.session?.current;
    const session = token ? await sessionPrincipal(ctx.db, token) : null;
    return {
      id: ctx.principal.id,
      name: ctx.principal.name,
      email: session?.email ?? null,
      /** The console language they chose, on any browser; null: the browser's preference applies. */
      language: session?.language ?? null,
      role: ctx.principal.role,
      permissions: permissionsOf(ctx.principal.role),
      csrfToken: session?.csrfToken ?? null,
    };
  }),

  signIn: publicProcedure
    .input(z.object({ email: z.string().trim().min(3).max(320), password: z.string().min(1).max(1000) }))
    .mutation(async ({ ctx, input }) => {
      if (!ctx.session) throw refusal("BAD_REQUEST", "cookies_needed", "Sign-in needs a browser session (cookies)");
      if (!(await allowSignIn(ctx.db, ctx.ip, input.email))) {
        throw refusal(
          "TOO_MANY_REQUESTS",
          "too_many_sign_ins",
          "Too many sign-in attempts: wait a minute and try again",
        );
      }
      const user = await userByEmail(ctx.db, input.email);
      const ok = await checkPassword(user?.passwordHash ?? null, input.password);
      if (!user || !ok || user.disabledAt) {
        await recordAudit(ctx.db, {
          actor: user?.id ?? null,
          actorName: input.email,
          role: user?.role ?? null,
          ip: ctx.ip,
          action: "sign_in_failed",
          subject: input.email,
        });
        throw refusal("UNAUTHORIZED", "wrong_password", "Wrong e-mail or password");
      }
      // A fresh session on every sign-in: a token planted before sign-in is never promoted (no session fixation).
      if (ctx.session.current) await deleteSession(ctx.db, ctx.session.current);
      await deleteExpiredSessions(ctx.db); // sign-ins are rare enough to sweep on: expired rows never pile up
      const { token, csrfToken } = await createSession(ctx.db, user.id, { ip: ctx.ip, userAgent: null });
      ctx.session.set(token);
      await recordAudit(ctx.db, {
        actor: user.id,
        actorName: user.name,
        role: user.role,
        ip: ctx.ip,
        action: "sign_in",
        subject: user.email,
      });
      return {
        id: user.id,
        name: user.name,
        email: user.email,
        language: user.language,
        role: user.role,
        permissions: permissionsOf(user.role),
        csrfToken,
      };
    }),

  /** Remembers the console language for the signed-in person (API tokens have none); the same choice again is a no-op. */
  setLanguage: procedureFor("auth.setLanguage")
    .input(z.object({ language: z.enum(LANGUAGES) }))
    .mutation(async ({ ctx, input }) => {
      if (ctx.principal.kind !== "user")
        throw new TRPCError({ code: "BAD_REQUEST", message: "Only a person has a console language, not an API token" });
      if (!(await setUserLanguage(ctx.db, ctx.principal.id, input.language)))
        throw new TRPCError({ code: "NOT_FOUND", message: "No such user" });
      await recordAudit(ctx.db, {
        actor: ctx.principal.id,
        actorName: ctx.principal.name,
        role: ctx.principal.role,
        ip: ctx.ip,
        action: "user.language",
        subject: input.language,
      });
      return { language: input.language };
    }),

  signOut: publicProcedure.mutation(async ({ ctx }) => {
    const token = ctx.session?.current;
    if (token) await deleteSession(ctx.db, token);
    ctx.session?.clear();
    if (ctx.principal)
      await recordAudit(ctx.db, {
        actor: ctx.principal.id,
        actorName: ctx.principal.name,
        role: ctx.principal.role,
        ip: ctx.ip,
        action: "sign_out",
      });
    return { ok: true };
  }),
} satisfies TRPCRouterRecord;
