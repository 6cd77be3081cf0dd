// Demo mode signs people in as one user per role, printed at start-up; a real install makes its first admin with
// `pnpm paylens user add`. Demo users are only created while the store has no users at all.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { countUsers, createApiToken, createUser } from "@paylens/db/queries/access";
import type { Db } from "@paylens/db/client";
import { hashPassword } from "@paylens/api/passwords";
import type { Role } from "@paylens/domain/roles";

export const DEMO_PASSWORD = "paylens-demo";

// Two ops users, so the two-person rule for large refunds can be tried.
export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "support@paylens.demo", name: "Sam Support", role: "support" },
  { email: "ops@paylens.demo", name: "Olga Ops", role: "ops" },
  { email: "ops2@paylens.demo", name: "Omar Ops", role: "ops" },
  { email: "finance@paylens.demo", name: "Fay Finance", role: "finance" },
  { email: "admin@paylens.demo", name: "Ada Admin", role: "admin" },
];

/** Creates the demo users, and an ops API token for `pnpm paylens incident`, written to `tokenFile`. */
export async function ensureDemoUsers(db: Db, tokenFile: string): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  // Straight to the database, not through the password rule: "paylens-demo" is guessable on purpose.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const user of DEMO_USERS) await createUser(db, { ...user, passwordHash });
  const { token } = await createApiToken(db, { name: "demo command line", role: "ops", createdBy: null });
  mkdirSync(dirname(tokenFile), { recursive: true });
  writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
  return true;
}

export function demoUsersText(): string {
  return `  Sign in as ${DEMO_USERS.map((u) => `${u.email} (${u.role})`).join(", ")}; password ${DEMO_PASSWORD}\n`;
}
