// The role matrix: every procedure has a rule, and every role is refused exactly what its role lacks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TRPCError } from "@trpc/server";
import { createTestDb, type TestDatabase } from "@paylens/db/test-db";
import { can, ROLES, type Permission, type Role } from "@paylens/domain/roles";
import { ACCESS_RULES, type AccessRule } from "./access-rules.ts";
import { createContextInner } from "./context.ts";
import { appRouter } from "./root.ts";
import { principalFor } from "./test-principals.ts";
import { createCallerFactory } from "./trpc.ts";

const rules: Record<string, AccessRule> = ACCESS_RULES;
const paths = Object.keys(appRouter._def.procedures);

type Call = (input?: unknown) => Promise<unknown>;

/** The error code of calling `path` as `role` with no input, or "ok". BAD_REQUEST means the permission check passed. */
async function outcome(database: TestDatabase, role: Role, path: string): Promise<string> {
  const caller = createCallerFactory(appRouter)(
    createContextInner({ db: database.db, dbKind: "pglite", principal: principalFor(role) }),
  );
  const call = path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as Call;
  try {
    await call(undefined);
    return "ok";
  } catch (error) {
    return error instanceof TRPCError ? error.code : `thrown: ${String(error)}`;
  }
}

describe("access rules", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  it("has a rule for every procedure and no rule for a procedure that is gone", () => {
    expect(paths.filter((path) => !(path in rules))).toEqual([]);
    expect(Object.keys(rules).filter((path) => !paths.includes(path))).toEqual([]);
  });

  it.each(ROLES)("refuses %s exactly what its role lacks, before reading the input", async (role) => {
    const wrong: string[] = [];
    for (const path of paths) {
      const rule = rules[path]!;
      const refused = (await outcome(database, role, path)) === "FORBIDDEN";
      const shouldRefuse = rule !== "public" && !can(role, rule as Permission);
      if (refused !== shouldRefuse) wrong.push(`${path} (${rule})`);
    }
    expect(wrong).toEqual([]);
  });

  it("keeps support and ops off reconciliation and resolving", async () => {
    for (const role of ["support", "ops"] as const) {
      expect(await outcome(database, role, "finance.reconcile")).toBe("FORBIDDEN");
      expect(await outcome(database, role, "finance.resolve")).toBe("FORBIDDEN");
    }
    expect(await outcome(database, "finance", "finance.reconcile")).toBe("BAD_REQUEST");
  });

  it("asks a signed-out caller to sign in for everything but the public procedures", async () => {
    const caller = createCallerFactory(appRouter)(createContextInner({ db: database.db, dbKind: "pglite" }));
    await expect(caller.finance.reconcile(undefined as never)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await caller.auth.me()).toBeNull();
  });
});
