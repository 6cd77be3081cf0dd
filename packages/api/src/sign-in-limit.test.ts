// The sign-in limiter counts in the database: per account and per address, shared, not evicted by junk.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "@paylens/db/client";
import { countSignInAttempts, insertSignInAttempts } from "@paylens/db/queries/sign-in-attempts";
import { createTestDb, type TestDatabase } from "@paylens/db/test-db";
import { allowSignIn, SIGN_IN_LIMIT, SIGN_IN_WINDOW_MS } from "./sign-in-limit.ts";

const at = (seconds: number) => new Date(Date.UTC(2026, 11, 1, 10, 0, seconds));

async function attempts(db: Database["db"], ip: string, email: string, n: number, now: Date): Promise<boolean[]> {
  const answers = [];
  for (let i = 0; i < n; i++) answers.push(await allowSignIn(db, ip, email, now));
  return answers;
}

describe("sign-in limit", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  it("refuses the 11th attempt on an account in a minute from any address, whatever the e-mail's case", async () => {
    const now = at(0);
    expect(await attempts(database.db, "10.0.0.1", "ada@paylens.demo", SIGN_IN_LIMIT, now)).toEqual(
      Array(SIGN_IN_LIMIT).fill(true),
    );
    expect(await allowSignIn(database.db, "10.9.9.9", " ADA@Paylens.demo ", now)).toBe(false);
    expect(
      await allowSignIn(database.db, "10.9.9.9", "ada@paylens.demo", new Date(now.getTime() + SIGN_IN_WINDOW_MS + 1)),
    ).toBe(true);
  });

  it("refuses an address after 10 attempts on different accounts", async () => {
    const now = at(5);
    for (let i = 0; i < SIGN_IN_LIMIT; i++)
      expect(await allowSignIn(database.db, "10.0.0.2", `guess${i}@example.com`, now)).toBe(true);
    expect(await allowSignIn(database.db, "10.0.0.2", "fresh@example.com", now)).toBe(false);
  });

  it("keeps a real account's count through 10,000 junk e-mails, and prunes old rows", async () => {
    const now = at(20);
    await attempts(database.db, "10.0.1.1", "victim@paylens.demo", SIGN_IN_LIMIT, now);
    // The spray that used to clear an in-memory map: one row per junk e-mail, inserted in one statement.
    await insertSignInAttempts(
      database.db,
      Array.from({ length: 10_000 }, (_, i) => `email:junk${i}@spam.test`),
      now,
    );
    expect(await allowSignIn(database.db, "10.0.1.2", "victim@paylens.demo", now)).toBe(false);
    await allowSignIn(database.db, "10.0.1.3", "later@paylens.demo", new Date(now.getTime() + 2 * SIGN_IN_WINDOW_MS));
    expect(await countSignInAttempts(database.db)).toBe(2); // only the latest attempt's two keys remain
  });

  it("shares the count between two instances over one database", async () => {
    const second = database.url ? await openDatabase({ kind: "postgres", url: database.url, poolSize: 2 }) : database;
    try {
      const now = at(40);
      await attempts(database.db, "10.0.2.1", "shared@paylens.demo", SIGN_IN_LIMIT, now);
      expect(await allowSignIn(second.db, "10.0.2.2", "shared@paylens.demo", now)).toBe(false);
    } finally {
      if (second !== database) await second.close();
    }
  });
});
