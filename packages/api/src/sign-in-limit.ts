// Sign-in attempts per account (normalized e-mail) and per client address: 10 a minute each, so passwords cannot be
// guessed at speed. Counted in the database: instances share it, restarts keep it, and junk e-mails only add their own rows.
import type { Db } from "@paylens/db/client";
import { pruneSignInAttempts, recordSignInAttempt } from "@paylens/db/queries/sign-in-attempts";

export const SIGN_IN_WINDOW_MS = 60_000;
export const SIGN_IN_LIMIT = 10;

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

export function signInKeys(ip: string | null, email: string): string[] {
  return [`email:${normalizeEmail(email)}`, `ip:${ip ?? "?"}`];
}

/** Records the attempt; false when the account or the address has had its 10 this minute. */
export async function allowSignIn(db: Db, ip: string | null, email: string, now = new Date()): Promise<boolean> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  await pruneSignInAttempts(db, since);
  const counts = await recordSignInAttempt(db, signInKeys(ip, email), now, since);
  return counts.every((count) => count <= SIGN_IN_LIMIT);
}
