// `pnpm paylens user add --email … --name … --role admin [--password …]`: the first admin of a real install, or anyone later.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { hashPassword, MIN_PASSWORD_LENGTH, passwordProblem } from "@paylens/api/passwords";
import type { Db } from "@paylens/db/client";
import { createUser } from "@paylens/db/queries/access";
import { recordAudit } from "@paylens/db/queries/audit";
import { isRole } from "@paylens/domain/roles";

export const USER_USAGE = `usage:
  pnpm paylens user add --email <e-mail> --name <name> --role <support|ops|finance|admin> [--password <at least ${MIN_PASSWORD_LENGTH} characters, not guessable>]
      (without --password one is generated and printed once)`;

export async function runUserCommand(db: Db, args: string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      password: { type: "string" },
    },
  });
  if (positionals[0] !== "add" || !values.email || !values.role) throw new Error(USER_USAGE);
  if (!isRole(values.role)) throw new Error(`unknown role "${values.role}"\n${USER_USAGE}`);
  if (!/^[^@\s]+@[^@\s]+$/.test(values.email)) throw new Error(`"${values.email}" is not an e-mail address`);
  const password = values.password ?? randomBytes(12).toString("base64url");
  const problem = passwordProblem(password, [values.email, values.name ?? ""]);
  if (problem) throw new Error(problem);
  const user = await createUser(db, {
    email: values.email,
    name: values.name ?? values.email,
    role: values.role,
    passwordHash: await hashPassword(password),
  });
  await recordAudit(db, {
    actor: null,
    actorName: "command line",
    role: null,
    ip: null,
    action: "user.create",
    subject: user.email,
    after: { email: user.email, role: user.role },
  });
  return `Created ${user.role} ${user.email}${values.password ? "" : ` with password ${password} (shown once)`}`;
}
