import { sql } from "drizzle-orm";
import { bigint, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";

const ts = (name: string) => timestamp(name, { withTimezone: true });

/** People who sign in. Roles: support < ops; finance; admin (see domain/roles.ts). */
export const users = pgTable(
  "users",
  {
    id: uuid().primaryKey().defaultRandom(),
    email: text().notNull(),
    name: text().notNull(),
    role: text().notNull(),
    passwordHash: text().notNull(),
    /** The console language they chose (domain/languages.ts); null: the browser's preference. */
    language: text(),
    disabledAt: ts("disabled_at"),
    createdAt: ts("created_at").notNull().defaultNow(),
  },
  (t) => [uniqueIndex("users_email").on(sql`lower(${t.email})`)],
);

/** Browser sessions: only the SHA-256 of the cookie's token is stored, so a database dump cannot sign anyone in. */
export const sessions = pgTable(
  "sessions",
  {
    tokenHash: text().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    csrfToken: text().notNull(),
    createdAt: ts("created_at").notNull().defaultNow(),
    lastSeenAt: ts("last_seen_at").notNull().defaultNow(),
    expiresAt: ts("expires_at").notNull(),
    ip: text(),
    userAgent: text(),
  },
  (t) => [index("sessions_user").on(t.userId)],
);

/** Tokens for scripts (Authorization: Bearer), shown once when created; stored as their SHA-256. */
export const apiTokens = pgTable("api_tokens", {
  id: uuid().primaryKey().defaultRandom(),
  name: text().notNull(),
  role: text().notNull(),
  tokenHash: text().notNull().unique(),
  prefix: text().notNull(),
  createdBy: uuid().references(() => users.id),
  createdAt: ts("created_at").notNull().defaultNow(),
  lastUsedAt: ts("last_used_at"),
  revokedAt: ts("revoked_at"),
});

/** One row per sign-in attempt, keyed "email:<normalized>" or "ip:<address>": shared by every instance, kept over restarts. */
export const signInAttempts = pgTable(
  "sign_in_attempts",
  {
    id: bigint({ mode: "bigint" }).primaryKey().generatedAlwaysAsIdentity(),
    key: text().notNull(),
    at: ts("at").notNull().defaultNow(),
  },
  (t) => [index("sign_in_attempts_key_at").on(t.key, t.at), index("sign_in_attempts_at").on(t.at)],
);
