// codes.list: every catalogued code decoded, counted in a period; codes met only in data decoded too.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listCodes } from "@paylens/providers/code-catalogue";
import type { Database } from "@paylens/db/client";
import { createTestDb } from "@paylens/db/test-db";
import { insertTestTransactions } from "@paylens/db/test-transactions";
import { principalFor } from "../test-principals.ts";
import { createContextInner } from "../context.ts";
import { appRouter } from "../root.ts";
import { createCallerFactory } from "../trpc.ts";

describe("codes.list", () => {
  let database: Database;
  const caller = () =>
    createCallerFactory(appRouter)(
      createContextInner({ db: database.db, dbKind: database.kind, principal: principalFor("support") }),
    );

  beforeAll(async () => {
    database = await createTestDb();
    await insertTestTransactions(database.db, [
      { providerUid: "a", code: "F.0114", createdAt: new Date("2026-11-01T10:00:00Z") },
      { providerUid: "b", code: "F.0114", createdAt: new Date("2026-11-20T10:00:00Z") },
      { providerUid: "c", code: "F.7777", createdAt: new Date("2026-11-02T10:00:00Z") },
      {
        provider: "antom",
        providerUid: "d",
        code: "USER_BALANCE_NOT_ENOUGH",
        createdAt: new Date("2026-11-02T10:00:00Z"),
      },
    ]);
  });
  afterAll(() => database.close());

  it("lists every catalogue code with its decoding and count", async () => {
    const codes = await caller().codes.list();
    expect(codes.length).toBe(listCodes().length + 1);
    expect(codes.find((c) => c.provider === "begateway" && c.code === "F.0114")).toMatchObject({
      letter: "F",
      reason: "insufficient_funds",
      retryable: true,
      count: 2,
      message: expect.stringMatching(/Insufficient funds/),
    });
    expect(codes.find((c) => c.provider === "antom" && c.code === "USER_BALANCE_NOT_ENOUGH")).toMatchObject({
      letter: "F",
      count: 1,
    });
    expect(codes.find((c) => c.provider === "begateway" && c.code === "S.0000")).toMatchObject({
      letter: "S",
      count: 0,
    });
  });

  it("adds codes seen in data but in no catalogue, decoded by their provider", async () => {
    const codes = await caller().codes.list({});
    expect(codes.at(-1)).toMatchObject({
      provider: "begateway",
      code: "F.7777",
      letter: "F",
      count: 1,
      message: expect.stringMatching(/not in the published catalogue/),
    });
  });

  it("counts only the period asked for", async () => {
    const codes = await caller().codes.list({
      from: new Date("2026-11-01T00:00:00Z"),
      to: new Date("2026-11-10T00:00:00Z"),
    });
    expect(codes.find((c) => c.code === "F.0114")?.count).toBe(1);
    const none = await caller().codes.list({ from: new Date("2027-01-01T00:00:00Z") });
    expect(none.filter((c) => c.count > 0)).toEqual([]);
    expect(none.find((c) => c.code === "F.7777")).toBeUndefined();
  });
});
