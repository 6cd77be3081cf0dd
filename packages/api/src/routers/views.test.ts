// views.*: saved views per owner (null until sign-in), replaced by name, changed by id, removed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { createTestDb } from "@paylens/db/test-db";
import { principalFor } from "../test-principals.ts";
import { createContextInner } from "../context.ts";
import { appRouter } from "../root.ts";
import { createCallerFactory } from "../trpc.ts";

const view = {
  name: "Failed EU",
  query: "status:failed country:LT",
  sort: "amount" as const,
  dir: "desc" as const,
  columns: ["createdAt", "amount"],
  pageSize: 100,
  density: "compact",
};

describe("views", () => {
  let database: Database;
  const caller = (userId: string | null = null) =>
    createCallerFactory(appRouter)(
      createContextInner({
        db: database.db,
        dbKind: database.kind,
        principal: userId === null ? principalFor("support") : principalFor("support", "someone", userId),
      }),
    );

  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  it("saves, lists, replaces by name, changes by id and removes", async () => {
    const saved = await caller().views.save(view);
    expect(saved).toMatchObject({ ...view, id: expect.any(String) });
    expect(await caller().views.list()).toEqual([saved]);

    const replaced = await caller().views.save({ ...view, query: "status:failed" });
    expect(replaced.id).toBe(saved.id);
    expect((await caller().views.list()).map((v) => v.query)).toEqual(["status:failed"]);

    const renamed = await caller().views.save({ ...view, id: saved.id, name: "Failed" });
    expect(renamed).toMatchObject({ id: saved.id, name: "Failed" });

    expect(await caller().views.remove({ id: saved.id })).toEqual({ id: saved.id });
    expect(await caller().views.list()).toEqual([]);
    await expect(caller().views.remove({ id: saved.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps each owner's views apart", async () => {
    const mine = await caller("user-1").views.save({ ...view, name: "Mine" });
    await caller(null).views.save({ ...view, name: "Shared today" });
    expect((await caller("user-1").views.list()).map((v) => v.name)).toEqual(["Mine"]);
    expect((await caller(null).views.list()).map((v) => v.name)).toEqual(["Shared today"]);
    await expect(caller(null).views.remove({ id: mine.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(caller("user-2").views.save({ ...view, id: mine.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("refuses bad input", async () => {
    await expect(caller().views.save({ ...view, name: " " })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller().views.save({ ...view, pageSize: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
