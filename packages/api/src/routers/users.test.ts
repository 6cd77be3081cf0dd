// Users: a password reset, a role change or disabling ends the user's sessions.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, createUser, sessionPrincipal } from "@paylens/db/queries/access";
import { createTestDb, type TestDatabase } from "@paylens/db/test-db";
import { createContextInner } from "../context.ts";
import { hashPassword } from "../passwords.ts";
import { appRouter } from "../root.ts";
import { principalFor } from "../test-principals.ts";
import { createCallerFactory } from "../trpc.ts";

describe("users", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  const admin = () =>
    createCallerFactory(appRouter)(
      createContextInner({ db: database.db, dbKind: "pglite", principal: principalFor("admin") }),
    );

  it.each([
    ["a password reset", { password: "correct horse battery staple 42" }],
    ["a role change", { role: "support" as const }],
    ["disabling", { disabled: true }],
  ])("ends the user's sessions on %s", async (_, change) => {
    const user = await createUser(database.db, {
      email: `${crypto.randomUUID()}@paylens.test`,
      name: "Olga",
      role: "ops",
      passwordHash: await hashPassword("paylens-demo"),
    });
    const { token } = await createSession(database.db, user.id, { ip: null, userAgent: null });
    expect(await sessionPrincipal(database.db, token)).not.toBeNull();
    await admin().users.update({ id: user.id, ...change });
    expect(await sessionPrincipal(database.db, token)).toBeNull();
  });

  it("refuses a guessable password on create and reset with the reason, and creates nothing", async () => {
    const email = `${crypto.randomUUID()}@paylens.test`;
    await expect(
      admin().users.create({ email, name: "Fay", role: "finance", password: "password123" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/too easy to guess/) });
    expect((await admin().users.list()).some((u) => u.email === email)).toBe(false);
    const user = await admin().users.create({
      email,
      name: "Fay",
      role: "finance",
      password: "otter-lantern-quince-9",
    });
    await expect(admin().users.update({ id: user.id, password: "qwertyuiop" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("keeps the sessions when nothing that matters changed", async () => {
    const user = await createUser(database.db, {
      email: `${crypto.randomUUID()}@paylens.test`,
      name: "Sam",
      role: "support",
      passwordHash: await hashPassword("paylens-demo"),
    });
    const { token } = await createSession(database.db, user.id, { ip: null, userAgent: null });
    await admin().users.update({ id: user.id, disabled: false });
    expect(await sessionPrincipal(database.db, token)).not.toBeNull();
  });
});
