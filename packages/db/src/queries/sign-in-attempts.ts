// Sign-in attempts counted in the database, so every instance shares the count and a restart does not reset it.
import { and, eq, gt, lt, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { signInAttempts } from "../schema/access.ts";

/** Records one attempt under each key and returns, per key, how many it has since `since` (this one included). */
export async function recordSignInAttempt(db: Db, keys: string[], now: Date, since: Date): Promise<number[]> {
  await insertSignInAttempts(db, keys, now);
  const counts = [];
  for (const key of keys) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(signInAttempts)
      .where(and(eq(signInAttempts.key, key), gt(signInAttempts.at, since)));
    counts.push(row?.n ?? 0);
  }
  return counts;
}

/** Attempts older than `before` no longer count: delete them. */
export async function pruneSignInAttempts(db: Db, before: Date): Promise<void> {
  await db.delete(signInAttempts).where(lt(signInAttempts.at, before));
}

/** One attempt per key, in one statement. */
export async function insertSignInAttempts(db: Db, keys: string[], at: Date): Promise<void> {
  await db.insert(signInAttempts).values(keys.map((key) => ({ key, at })));
}

export async function countSignInAttempts(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(signInAttempts);
  return row?.n ?? 0;
}
