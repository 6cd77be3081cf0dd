// In-memory sign-in, users and tokens, like packages/api: one principal at a time, admin-only user management.
import type { HttpHandler } from "msw";
import type { ApiToken, Principal, UserRow } from "../lib/api-types.ts";
import { DEMO_PASSWORD, DEMO_PEOPLE, OPS } from "./access-fixtures.ts";
import { TrpcMockError, trpcMutation, trpcQuery } from "./trpc-handlers.ts";

/** Who is signed in; handlers elsewhere read it to name the actor. */
export interface Session {
  me: Principal | null;
}

export function mockSession(me: Principal | null = OPS): Session {
  return { me };
}

const created = new Date("2026-11-01T09:00:00Z");

export function accessHandlers(session: Session): HttpHandler[] {
  let users: UserRow[] = DEMO_PEOPLE.map((p) => ({
    id: p.id,
    email: p.email,
    name: p.name,
    role: p.role,
    disabledAt: null,
    createdAt: created,
  }));
  let tokens: ApiToken[] = [];
  const admin = () =>
    session.me?.permissions.includes("admin")
      ? null
      : new TrpcMockError("FORBIDDEN", 'The role may not do this (needs "admin")');
  return [
    trpcQuery("auth.me", () => session.me),
    trpcMutation("auth.signIn", (input) => {
      const person = DEMO_PEOPLE.find((p) => p.email === input.email.trim().toLowerCase());
      if (!person || input.password !== DEMO_PASSWORD)
        return new TrpcMockError("UNAUTHORIZED", "Wrong e-mail or password");
      session.me = person;
      return person;
    }),
    trpcMutation("auth.signOut", () => {
      session.me = null;
      return { ok: true };
    }),
    trpcQuery("users.list", () => admin() ?? users),
    trpcQuery("users.tokens", () => admin() ?? tokens),
    trpcMutation("users.create", (input) => {
      if (users.some((u) => u.email === input.email))
        return new TrpcMockError("CONFLICT", `A user with e-mail ${input.email} exists already`);
      const user: UserRow = {
        id: crypto.randomUUID(),
        email: input.email,
        name: input.name,
        role: input.role,
        disabledAt: null,
        createdAt: new Date(),
      };
      users = [...users, user];
      return admin() ?? user;
    }),
    trpcMutation("users.update", (input) => {
      const user = users.find((u) => u.id === input.id);
      if (!user) return new TrpcMockError("NOT_FOUND", `No user ${input.id}`);
      if (input.id === session.me?.id && (input.disabled || (input.role && input.role !== "admin"))) {
        return new TrpcMockError("BAD_REQUEST", "You cannot disable yourself or take away your own admin role");
      }
      const next: UserRow = {
        ...user,
        role: input.role ?? user.role,
        disabledAt: input.disabled === undefined ? user.disabledAt : input.disabled ? new Date() : null,
      };
      users = users.map((u) => (u.id === next.id ? next : u));
      return next;
    }),
    trpcMutation("users.createToken", (input) => {
      const secret = `pl_${crypto.randomUUID().replace(/-/g, "")}`;
      const token: ApiToken = {
        id: crypto.randomUUID(),
        name: input.name,
        role: input.role,
        prefix: secret.slice(0, 10),
        createdAt: new Date(),
        lastUsedAt: null,
        revokedAt: null,
      };
      tokens = [token, ...tokens];
      return { ...token, token: secret };
    }),
    trpcMutation("users.revokeToken", (input) => {
      tokens = tokens.map((t) => (t.id === input.id ? { ...t, revokedAt: new Date() } : t));
      return { id: input.id };
    }),
  ];
}
