// transactions.search / transactions.totals through the tRPC caller, on the configured engine.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { createTestDb } from "@paylens/db/test-db";
import { insertTestTransactions } from "@paylens/db/test-transactions";
import { principalFor } from "../test-principals.ts";
import { createContextInner } from "../context.ts";
import { appRouter } from "../root.ts";
import { createCallerFactory } from "../trpc.ts";

describe("transactions.search and totals", () => {
  let database: Database;
  let ids: string[] = [];
  const caller = () =>
    createCallerFactory(appRouter)(
      createContextInner({ db: database.db, dbKind: database.kind, principal: principalFor("support") }),
    );

  beforeAll(async () => {
    database = await createTestDb();
    ids = await insertTestTransactions(database.db, [
      {
        providerUid: "46154-aba1cf5e57",
        rrn: "123456789012",
        trackingId: "ord-1",
        amountMinor: 10000n,
        currency: "EUR",
        createdAt: new Date("2026-11-01T10:00:00Z"),
      },
      {
        provider: "antom",
        providerUid: "2026110111450001",
        status: "failed",
        reason: "insufficient_funds",
        amountMinor: 9007199254740993n,
        currency: "USD",
        createdAt: new Date("2026-11-02T10:00:00Z"),
      },
      {
        provider: "antom",
        providerUid: "2026110111450002",
        amountMinor: 7n,
        currency: "USD",
        createdAt: new Date("2026-11-03T10:00:00Z"),
      },
    ]);
  });
  afterAll(() => database.close());

  it("finds a transaction by RRN and says so", async () => {
    const result = await caller().transactions.search({ q: "123456789012" });
    expect(result.items.map((item) => item.id)).toEqual([ids[0]]);
    expect(result.matchedBy).toBe("rrn");
    expect(result.terms).toEqual([{ kind: "identifier", value: "123456789012" }]);
    expect(result.errors).toEqual([]);
    expect(result.nextCursor).toBeNull();
  });

  it("answers an unknown identifier with no rows and no match", async () => {
    const result = await caller().transactions.search({ q: "no-such-id" });
    expect(result).toMatchObject({ items: [], matchedBy: null, nextCursor: null });
  });

  it("returns the rows of the valid terms and names the bad ones", async () => {
    const result = await caller().transactions.search({ q: "status:nope provider:antom reason:insuficient_funds" });
    expect(result.items.map((item) => item.id).sort()).toEqual([ids[1], ids[2]].sort());
    expect(result.terms).toEqual([
      { kind: "filter", key: "provider", operator: ":", values: ["antom"], negated: false },
    ]);
    expect(result.errors.map((error) => error.term)).toEqual(["status:nope", "reason:insuficient_funds"]);
    expect(result.errors[1]?.message).toMatch(/unknown reason/);
  });

  it("gives items the same shape as transactions.list", async () => {
    const [search, list] = await Promise.all([
      caller().transactions.search({ q: "", limit: 1 }),
      caller().transactions.list({ limit: 1 }),
    ]);
    expect(Object.keys(search.items[0] ?? {}).sort()).toEqual(Object.keys(list.items[0] ?? {}).sort());
    expect(search.items[0]).toEqual(list.items[0]);
  });

  it("sorts and pages with an opaque cursor", async () => {
    const first = await caller().transactions.search({ q: "", sort: "amount", dir: "asc", limit: 2 });
    expect(first.items.map((item) => item.amountMinor)).toEqual([7n, 10000n]);
    const second = await caller().transactions.search({
      q: "",
      sort: "amount",
      dir: "asc",
      limit: 2,
      cursor: first.nextCursor,
    });
    expect(second.items.map((item) => item.amountMinor)).toEqual([9007199254740993n]);
    expect(second.nextCursor).toBeNull();
  });

  it("refuses bad input with BAD_REQUEST", async () => {
    await expect(caller().transactions.search({ q: "", limit: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller().transactions.search({ q: "x".repeat(2001) })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const page = await caller().transactions.search({ q: "", limit: 1 });
    await expect(
      caller().transactions.search({ q: "", sort: "amount", cursor: page.nextCursor }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringMatching(/another order/) });
  });

  it("totals the filter exactly, per currency", async () => {
    expect(await caller().transactions.totals({ q: "provider:antom" })).toEqual({
      count: 2,
      exact: true,
      sums: [{ currency: "USD", amountMinor: 9007199254741000n }],
    });
    expect(await caller().transactions.totals({ q: "" })).toEqual({
      count: 3,
      exact: true,
      sums: [
        { currency: "EUR", amountMinor: 10000n },
        { currency: "USD", amountMinor: 9007199254741000n },
      ],
    });
    expect(await caller().transactions.totals({ q: "", exact: true })).toMatchObject({ count: 3, exact: true });
  });
});
