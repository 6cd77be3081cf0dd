// The audit log: sign-ins and user or token changes are for admins only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordAudit } from "@paylens/db/queries/audit";
import { createTestDb, type TestDatabase } from "@paylens/db/test-db";
import type { Role } from "@paylens/domain/roles";
import { createContextInner } from "../context.ts";
import { appRouter } from "../root.ts";
import { principalFor } from "../test-principals.ts";
import { createCallerFactory } from "../trpc.ts";

describe("audit", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
    for (const action of ["sign_in_failed", "sign_in", "user.update", "token.create", "refund.request", "note.add"]) {
      await recordAudit(database.db, { actor: null, actorName: "someone", role: null, ip: null, action, subject: "x" });
    }
  });
  afterAll(() => database.close());

  const actions = async (role: Role) => {
    const caller = createCallerFactory(appRouter)(
      createContextInner({ db: database.db, dbKind: "pglite", principal: principalFor(role) }),
    );
    return (await caller.audit.list({})).items.map((item) => item.action).sort();
  };

  it("shows failed sign-ins and access changes to admins only", async () => {
    expect(await actions("admin")).toEqual([
      "note.add",
      "refund.request",
      "sign_in",
      "sign_in_failed",
      "token.create",
      "user.update",
    ]);
    for (const role of ["support", "ops", "finance"] as const)
      expect(await actions(role)).toEqual(["note.add", "refund.request"]);
  });
});
