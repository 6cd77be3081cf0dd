// Sign-in: expired sessions are swept, and the database limiter answers TOO_MANY_REQUESTS.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, createUser, SESSION_IDLE_MS, sessionPrincipal } from "@paylens/db/queries/access";
import { countSignInAttempts } from "@paylens/db/queries/sign-in-attempts";
import { createTestDb, type TestDatabase } from "@paylens/db/test-db";
import { createContextInner } from "../context.ts";
import { hashPassword } from "../passwords.ts";
import { appRouter } from "../root.ts";
import { createCallerFactory } from "../trpc.ts";

describe("auth", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  const browser = (ip: string) => {
    const session = {
      current: null as string | null,
      set: (token: string) => (session.current = token),
      clear: () => (session.current = null),
    };
    return createCallerFactory(appRouter)(createContextInner({ db: database.db, dbKind: "pglite", ip, session }));
  };

  it("deletes expired sessions when someone signs in", async () => {
    const user = await createUser(database.db, {
      email: "olga@paylens.test",
      name: "Olga",
      role: "ops",
      passwordHash: await hashPassword("paylens-demo"),
    });
    const old = await createSession(
      database.db,
      user.id,
      { ip: null, userAgent: null },
      new Date(Date.now() - 2 * SESSION_IDLE_MS),
    );
    await browser("10.1.0.1").auth.signIn({ email: "olga@paylens.test", password: "paylens-demo" });
    const left = await database.db.query.sessions.findMany();
    expect(left).toHaveLength(1);
    expect(await sessionPrincipal(database.db, old.token)).toBeNull();
  });

  it("answers TOO_MANY_REQUESTS after 10 attempts on one account, even with the right password", async () => {
    const before = await countSignInAttempts(database.db);
    // The first test signed in once already: nine more make ten.
    for (let i = 0; i < 9; i++)
      await expect(
        browser(`10.2.0.${i}`).auth.signIn({ email: "OLGA@paylens.test", password: "wrong" }),
      ).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(
      browser("10.3.0.1").auth.signIn({ email: "olga@paylens.test", password: "paylens-demo" }),
    ).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    expect(await countSignInAttempts(database.db)).toBeGreaterThan(before);
  });

  it("remembers the language a person chose, for every later session, and refuses one the console does not speak", async () => {
    const user = await createUser(database.db, {
      email: "kasia@paylens.test",
      name: "Kasia",
      role: "finance",
      passwordHash: await hashPassword("paylens-demo"),
    });
    const principal = { id: user.id, name: user.name, role: user.role, kind: "user" as const };
    const signedIn = async () => {
      const { token } = await createSession(database.db, user.id, { ip: null, userAgent: null });
      const session = { current: token as string | null, set: () => undefined, clear: () => undefined };
      return createCallerFactory(appRouter)(
        createContextInner({ db: database.db, dbKind: "pglite", principal, session }),
      );
    };
    const first = await signedIn();
    expect((await first.auth.me())?.language).toBeNull();
    await expect(first.auth.setLanguage({ language: "pl" })).resolves.toEqual({ language: "pl" });
    // Another browser: a new session reads the stored choice.
    expect((await (await signedIn()).auth.me())?.language).toBe("pl");
    await expect(first.auth.setLanguage({ language: "de" as "pl" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(
      (
        await sessionPrincipal(
          database.db,
          (await createSession(database.db, user.id, { ip: null, userAgent: null })).token,
        )
      )?.language,
    ).toBe("pl");
    const token = createCallerFactory(appRouter)(
      createContextInner({
        db: database.db,
        dbKind: "pglite",
        principal: { id: "token:1", name: "script", role: "ops", kind: "token" },
      }),
    );
    await expect(token.auth.setLanguage({ language: "ru" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});
