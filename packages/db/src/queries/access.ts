// Users, browser sessions and API tokens. Secrets are stored only as SHA-256 digests; passwords are hashed by the caller.
import { createHash, randomBytes } from "node:crypto";
import { and, asc, desc, eq, gt, isNull, lt, sql } from "drizzle-orm";
import type { Language } from "@paylens/domain/languages";
import type { Role } from "@paylens/domain/roles";
import type { Db } from "../client.ts";
import { apiTokens, sessions, users } from "../schema/access.ts";

export interface Principal {
  /** A user's id, or token:<id> for an API token. */
  id: string;
  name: string;
  role: Role;
  kind: "user" | "token";
}

export const SESSION_IDLE_MS = 12 * 60 * 60_000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60_000;

export const digest = (secret: string): string => createHash("sha256").update(secret).digest("hex");
const secret = (): string => randomBytes(32).toString("base64url");

const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  disabledAt: users.disabledAt,
  createdAt: users.createdAt,
};

export type UserRow = { id: string; email: string; name: string; role: Role; disabledAt: Date | null; createdAt: Date };

export async function createUser(
  db: Db,
  input: { email: string; name: string; role: Role; passwordHash: string },
): Promise<UserRow> {
  const [row] = await db
    .insert(users)
    .values({ ...input, email: input.email.trim() })
    .returning(userColumns);
  if (!row) throw new Error("user not created");
  return row as UserRow;
}

export async function userByEmail(db: Db, email: string) {
  const [row] = await db
    .select({ ...userColumns, passwordHash: users.passwordHash, language: users.language })
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email.trim()})`);
  return (row as (UserRow & { passwordHash: string; language: Language | null }) | undefined) ?? null;
}

export async function listUsers(db: Db): Promise<UserRow[]> {
  return (await db.select(userColumns).from(users).orderBy(asc(users.email))) as UserRow[];
}

export async function updateUser(
  db: Db,
  id: string,
  change: { role?: Role; disabled?: boolean; passwordHash?: string },
): Promise<UserRow | null> {
  const [row] = await db
    .update(users)
    .set({
      ...(change.role ? { role: change.role } : {}),
      ...(change.passwordHash ? { passwordHash: change.passwordHash } : {}),
      ...(change.disabled === undefined ? {} : { disabledAt: change.disabled ? sql`now()` : null }),
    })
    .where(eq(users.id, id))
    .returning(userColumns);
  // A new password, a new role or disabling ends the user's sessions at once: a stolen cookie or an old grant does not outlive it.
  if (row && (change.disabled || change.role || change.passwordHash))
    await db.delete(sessions).where(eq(sessions.userId, id));
  return (row as UserRow | undefined) ?? null;
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

/** A new session: the cookie carries `token`; only its digest is stored. Any older session with that cookie is gone (no fixation). */
export async function createSession(
  db: Db,
  userId: string,
  meta: { ip: string | null; userAgent: string | null },
  now = new Date(),
) {
  const token = secret();
  const csrfToken = secret();
  await db.insert(sessions).values({
    tokenHash: digest(token),
    userId,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + SESSION_IDLE_MS),
    ...meta,
  });
  return { token, csrfToken };
}

/** The session's user, sliding its idle expiry forward; null when expired, unknown or the user is disabled. */
export async function sessionPrincipal(
  db: Db,
  token: string,
  now = new Date(),
): Promise<(Principal & { csrfToken: string; email: string; language: Language | null }) | null> {
  const [row] = await db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      language: users.language,
      role: users.role,
      csrfToken: sessions.csrfToken,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, digest(token)), gt(sessions.expiresAt, now), isNull(users.disabledAt)));
  if (!row || now.getTime() - row.createdAt.getTime() > SESSION_MAX_MS) return null;
  // Touch at most once a minute: reading a page should not write on every request.
  if (now.getTime() - row.lastSeenAt.getTime() > 60_000) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_IDLE_MS) })
      .where(eq(sessions.tokenHash, digest(token)));
  }
  return {
    id: row.userId,
    name: row.name,
    email: row.email,
    language: row.language as Language | null,
    role: row.role as Role,
    kind: "user",
    csrfToken: row.csrfToken,
  };
}

export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, digest(token)));
}

export async function deleteExpiredSessions(db: Db, now = new Date()): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

const tokenColumns = {
  id: apiTokens.id,
  name: apiTokens.name,
  role: apiTokens.role,
  prefix: apiTokens.prefix,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  revokedAt: apiTokens.revokedAt,
};

/** A new API token; the secret is returned once and never again. */
export async function createApiToken(db: Db, input: { name: string; role: Role; createdBy: string | null }) {
  const token = `pl_${secret()}`;
  const [row] = await db
    .insert(apiTokens)
    .values({
      name: input.name,
      role: input.role,
      createdBy: input.createdBy,
      tokenHash: digest(token),
      prefix: token.slice(0, 10),
    })
    .returning(tokenColumns);
  if (!row) throw new Error("token not created");
  return { token, ...row };
}

export function listApiTokens(db: Db) {
  return db.select(tokenColumns).from(apiTokens).orderBy(desc(apiTokens.createdAt));
}

export async function revokeApiToken(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(and(eq(apiTokens.id, id), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id });
  return rows.length > 0;
}

export async function tokenPrincipal(db: Db, token: string): Promise<Principal | null> {
  const [row] = await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.tokenHash, digest(token)), isNull(apiTokens.revokedAt)))
    .returning({ id: apiTokens.id, name: apiTokens.name, role: apiTokens.role });
  return row ? { id: `token:${row.id}`, name: `token ${row.name}`, role: row.role as Role, kind: "token" } : null;
}

/** Remembers the console language a user chose; true when the user exists. */
export async function setUserLanguage(db: Db, id: string, language: Language): Promise<boolean> {
  const rows = await db.update(users).set({ language }).where(eq(users.id, id)).returning({ id: users.id });
  return rows.length > 0;
}
