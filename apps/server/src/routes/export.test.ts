// GET /export/transactions.csv through app.inject, on the configured engine.
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { createApiToken } from "@paylens/db/queries/access";
import { createTestDb } from "@paylens/db/test-db";
import { insertTestTransactions } from "@paylens/db/test-transactions";
import { containsPan } from "@paylens/domain/card";
import { AccountBook } from "../accounts.ts";
import { runSeed } from "../seed/seed-command.ts";
import { createServer } from "../server.ts";

/** The exports' CSV, parsed by the maintained parser the way a spreadsheet or a script would read it. */
const parseCsv = (text: string): string[][] => parse(text) as string[][];

describe("CSV export", () => {
  let database: Database;
  let server: Awaited<ReturnType<typeof createServer>>;
  let token = "";
  const get = (query: string, authorization = `Bearer ${token}`) =>
    server.app.inject({ method: "GET", url: `/export/transactions.csv${query}`, headers: { authorization } });

  beforeAll(async () => {
    database = await createTestDb();
    await insertTestTransactions(database.db, [
      {
        providerUid: "exp-1",
        trackingId: '=HYPERLINK("http://x")',
        amountMinor: 9007199254740993n,
        currency: "EUR",
        rrn: "111122223333",
        createdAt: new Date("2026-11-01T10:00:00.123Z"),
      },
      {
        providerUid: "exp-2",
        amountMinor: 15000n,
        currency: "JPY",
        cardBin: "454294",
        cardLast4: "4242",
        createdAt: new Date("2026-11-02T10:00:00Z"),
      },
      { providerUid: "exp-3", amountMinor: 1500n, currency: "KWD", createdAt: new Date("2026-11-03T10:00:00Z") },
    ]);
    await runSeed(database, { transactions: 4500, days: 30, seed: 3 }, () => undefined);
    server = await createServer({
      db: database.db,
      dbKind: database.kind,
      accounts: new AccountBook([]),
      webDist: null,
      logger: false,
    });
    token = (await createApiToken(database.db, { name: "export test", role: "finance", createdBy: null })).token;
  });
  afterAll(async () => {
    await server.stop();
    await database.close();
  });

  it("streams every matching row with a header, exact amounts and the total in a header", async () => {
    const reply = await get(`?q=${encodeURIComponent("account:test-begateway")}&sort=amount&dir=desc`);
    expect(reply.statusCode).toBe(200);
    expect(reply.headers["content-type"]).toMatch(/^text\/csv/);
    expect(reply.headers["content-disposition"]).toMatch(
      /^attachment; filename="transactions-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    expect(reply.headers["x-total-count"]).toBe("3");
    const [header, ...rows] = parseCsv(reply.body);
    expect(header?.slice(0, 11)).toEqual([
      "id",
      "created_at",
      "provider",
      "account_id",
      "provider_uid",
      "tracking_id",
      "type",
      "status",
      "amount",
      "currency",
      "amount_minor",
    ]);
    expect(rows).toHaveLength(3);
    const col = (name: string) => header?.indexOf(name) ?? -1;
    expect(rows.map((r) => [r[col("amount")], r[col("currency")], r[col("amount_minor")]])).toEqual([
      ["90071992547409.93", "EUR", "9007199254740993"],
      ["15000", "JPY", "15000"],
      ["1.500", "KWD", "1500"],
    ]);
    expect(rows[0]?.[col("created_at")]).toBe("2026-11-01T10:00:00.123Z");
    expect(rows[0]?.[col("rrn")]).toBe("111122223333");
    // A spreadsheet must never run a cell as a formula.
    expect(rows[0]?.[col("tracking_id")]).toBe('\'=HYPERLINK("http://x")');
    expect(containsPan(reply.body)).toBe(false);
  });

  it("exports thousands of rows in batches, as many as the total says", async () => {
    const reply = await get("");
    const total = Number(reply.headers["x-total-count"]);
    expect(total).toBe(4503);
    const rows = parseCsv(reply.body).slice(1);
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r[0])).size).toBe(total);
  });

  it("answers 400 naming a bad term, and 400 to a bad sort", async () => {
    const reply = await get(`?q=${encodeURIComponent("provider:antom status:nope")}`);
    expect(reply.statusCode).toBe(400);
    expect(reply.json()).toMatchObject({
      error: expect.stringContaining("status:nope"),
      errors: [{ term: "status:nope" }],
    });
    expect((await get("?sort=sideways")).statusCode).toBe(400);
  });

  it("answers 401 without credentials and 401 to a revoked or made-up token", async () => {
    expect((await get("?q=", "")).statusCode).toBe(401);
    expect((await get("?q=", "Bearer pl_made-up")).statusCode).toBe(401);
  });
});
