// The demo's people, one per role, who sign in with one guessable password: demo mode creates them, and the web's
// component tests sign in as them. A real install makes its first admin with `pnpm paylens user add`.
import type { Db } from "@paylens/db/client";
import { createUser } from "@paylens/db/queries/access";
import type { Role } from "@paylens/domain/roles";
import { hashPassword } from "./passwords.ts";

export const DEMO_PASSWORD = "paylens-demo";

// Two ops users, so the two-person rule for large refunds can be tried.
export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "support@paylens.demo", name: "Sam Support", role: "support" },
  { email: "ops@paylens.demo", name: "Olga Ops", role: "ops" },
  { email: "ops2@paylens.demo", name: "Omar Ops", role: "ops" },
  { email: "finance@paylens.demo", name: "Fay Finance", role: "finance" },
  { email: "admin@paylens.demo", name: "Ada Admin", role: "admin" },
];

/** Creates the demo users (straight to the database, not through the password rule) and returns their ids by e-mail. */
export async function createDemoUsers(db: Db): Promise<Map<string, string>> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const ids = new Map<string, string>();
  for (const user of DEMO_USERS) ids.set(user.email, (await createUser(db, { ...user, passwordHash })).id);
  return ids;
}
