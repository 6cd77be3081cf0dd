import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDatabase } from "../test-db.ts";
import { inboxWriter, type InboxMessage } from "./inbox.ts";

const message = (uid: string, rawBody = "{}"): InboxMessage => ({
  provider: "begateway",
  accountId: "a",
  requestId: null,
  remoteAddress: null,
  headers: {},
  rawBody,
  signatureVerdict: "valid:test",
  dedupKey: uid,
  providerUid: uid,
  state: "pending",
});

describe("inbox writer (group commit)", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDb();
  });
  afterAll(() => database.close());

  const stored = async (uid: string) =>
    Number(
      (
        await database.db.execute<{ n: string }>(
          sql`select count(*) as n from webhook_inbox where provider_uid = ${uid}`,
        )
      ).rows[0]?.n,
    );

  it("has each message committed by the time its store resolves, under a burst", async () => {
    const writer = inboxWriter(database.db, { lanes: 2, maxBatch: 50 });
    const uids = Array.from({ length: 400 }, (_, i) => `burst-${i}`);
    const seen: number[] = [];
    await Promise.all(uids.map((uid) => writer.store(message(uid)).then(async () => seen.push(await stored(uid)))));
    expect(seen).toHaveLength(400);
    expect(seen.every((n) => n === 1)).toBe(true);
    expect(
      Number(
        (
          await database.db.execute<{ n: string }>(
            sql`select count(*) as n from webhook_inbox where provider_uid like 'burst-%'`,
          )
        ).rows[0]?.n,
      ),
    ).toBe(400);
  });

  it("fails only the bad message of a batch; the others are stored", async () => {
    const writer = inboxWriter(database.db, { lanes: 1, maxBatch: 50 });
    const results = await Promise.allSettled([
      writer.store(message("first")),
      writer.store(message("good-1")),
      writer.store(message("bad", "nul \u0000 byte")),
      writer.store(message("good-2")),
    ]);
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled", "rejected", "fulfilled"]);
    expect(await stored("good-1")).toBe(1);
    expect(await stored("good-2")).toBe(1);
    expect(await stored("bad")).toBe(0);
  });
});
