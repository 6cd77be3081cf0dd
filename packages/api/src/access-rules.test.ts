// The role matrix, generated from the router: every procedure has exactly one rule in ACCESS_RULES, and every role ×
// procedure gets FORBIDDEN exactly when the role lacks the rule's permission (checked before the input is read).
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@paylens/db/queries/audit";
import { createTestDb, type TestDatabase } from "@paylens/db/test-db";
import { can, ROLES, type Permission } from "@paylens/domain/roles";
import { ACCESS_RULES } from "./access-rules.ts";
import { createContextInner } from "./context.ts";
import { appRouter } from "./root.ts";
import { principalFor } from "./test-principals.ts";
import { createCallerFactory } from "./trpc.ts";

const paths = Object.keys(appRouter._def.procedures).sort();
const rules: Record<string, string> = ACCESS_RULES;

describe("the role matrix", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  it("has one rule for every procedure of the router, and none for a procedure that is gone", () => {
    expect(paths.length).toBeGreaterThan(50);
    expect(paths.filter((path) => !(path in rules))).toEqual([]);
    expect(Object.keys(rules).filter((path) => !paths.includes(path))).toEqual([]);
  });

  it("keeps finance work (reports, reconcile, resolve) from support and ops", () => {
    for (const path of ["finance.fetchReports", "finance.uploadReport", "finance.reconcile", "finance.resolve"]) {
      expect(rules[path]).toBe("finance");
      expect(can("support", "finance")).toBe(false);
      expect(can("ops", "finance")).toBe(false);
    }
  });

  it("shows failed sign-ins and user changes to admins only", async () => {
    for (const action of ["sign_in_failed", "user.update", "note.add"]) await recordAudit(database.db, { actor: null, actorName: "someone", role: null, ip: "10.0.0.1", action });
    const listed = async (role: (typeof ROLES)[number]) => {
      const caller = createCallerFactory(appRouter)(createContextInner({ db: database.db, dbKind: database.kind, principal: principalFor(role) }));
      return (await caller.audit.list({})).items.map((item) => item.action).sort();
    };
    expect(await listed("admin")).toEqual(["note.add", "sign_in_failed", "user.update"]);
    for (const role of ["support", "ops", "finance"] as const) expect(await listed(role)).toEqual(["note.add"]);
  });

  for (const role of ROLES) {
    it(`answers ${role} FORBIDDEN exactly where the table says`, async () => {
      const caller = createCallerFactory(appRouter)(createContextInner({ db: database.db, dbKind: database.kind, principal: principalFor(role) })) as unknown as Record<string, Record<string, (input?: unknown) => Promise<unknown>>>;
      const wrong: string[] = [];
      for (const path of paths) {
        const rule = rules[path] as string;
        const [area, name] = path.split(".") as [string, string];
        // A permission check runs before the input is read: no input is enough to learn whether it passed.
        const code = await (caller[area]?.[name]?.(undefined) ?? Promise.resolve()).then(
          () => "OK",
          (error: unknown) => (error instanceof TRPCError ? error.code : "THROWN"),
        );
        const refused = rule !== "public" && !can(role, rule as Permission);
        if ((code === "FORBIDDEN") !== refused) wrong.push(`${path} (${rule}): ${code}`);
      }
      expect(wrong).toEqual([]);
    });
  }
});
