// Demo mode signs people in as one user per role (api/demo-users.ts), printed at start-up. Demo users are only
// created while the store has no users at all.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { countUsers, createApiToken } from "@paylens/db/queries/access";
import type { Db } from "@paylens/db/client";
import { createDemoUsers, DEMO_PASSWORD, DEMO_USERS } from "@paylens/api/demo-users";

export { DEMO_PASSWORD };

/** Creates the demo users, and an ops API token for `pnpm paylens incident`, written to `tokenFile`. */
export async function ensureDemoUsers(db: Db, tokenFile: string): Promise<boolean> {
  if ((await countUsers(db)) > 0) return false;
  await createDemoUsers(db);
  const { token } = await createApiToken(db, { name: "demo command line", role: "ops", createdBy: null });
  mkdirSync(dirname(tokenFile), { recursive: true });
  writeFileSync(tokenFile, `${token}\n`, { mode: 0o600 });
  return true;
}

export function demoUsersText(): string {
  return `  Sign in as ${DEMO_USERS.map((u) => `${u.email} (${u.role})`).join(", ")}; password ${DEMO_PASSWORD}\n`;
}
