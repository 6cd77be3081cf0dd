// The session sweep: an expired session's row is gone after a sweep, a live one stays.
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, createUser, digest, SESSION_IDLE_MS } from "@paylens/db/queries/access";
import { createTestDb, type TestDatabase } from "@paylens/db/test-db";
import { startSessionSweep } from "./sweep-sessions.ts";

describe("session sweep", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  it("deletes expired sessions and keeps live ones", async () => {
    const user = await createUser(database.db, {
      email: "ines@paylens.test",
      name: "Ines",
      role: "support",
      passwordHash: "x",
    });
    const meta = { ip: null, userAgent: null };
    const expired = await createSession(database.db, user.id, meta, new Date(Date.now() - 2 * SESSION_IDLE_MS));
    const live = await createSession(database.db, user.id, meta);
    const hashes = async () => (await database.db.query.sessions.findMany()).map((row) => row.tokenHash).sort();
    expect(await hashes()).toEqual([digest(expired.token), digest(live.token)].sort());

    const sweep = startSessionSweep(database.db, pino({ level: "silent" }), 50);
    try {
      await sweep.idle();
      expect(await hashes()).toEqual([digest(live.token)]);
    } finally {
      await sweep.stop();
    }
  });
});
