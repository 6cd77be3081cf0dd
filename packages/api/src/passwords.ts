// Password hashing with argon2id (OWASP's first choice), through a maintained native library.
import { hash, verify } from "@node-rs/argon2";

// New passwords must pass the rule (length, not guessable); hashing accepts any, so demo users keep theirs.
export { MIN_PASSWORD_LENGTH, passwordProblem } from "./password-rule.ts";

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

// A fixed hash to verify against when the e-mail is unknown, so both answers take the same time.
const DECOY = "$argon2id$v=19$m=19456,t=2,p=1$7Rp6rTgu1zj8c4mYuZ80rA$hYuIuLJBRwrVQybsGb96TuoobhZZ+C2QJ1JSVIILlfY";

export async function checkPassword(stored: string | null, password: string): Promise<boolean> {
  try {
    return (await verify(stored ?? DECOY, password)) && stored !== null;
  } catch {
    return false;
  }
}
