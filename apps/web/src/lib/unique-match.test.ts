import { describe, expect, it } from "vitest";
import { makeTransaction } from "../mocks/fixtures.ts";
import type { TransactionRow } from "./api-types.ts";
import { uniqueMatch } from "./unique-match.ts";

const row = (n: number) => makeTransaction(n, new Date("2026-11-23T12:00:00Z")) as unknown as TransactionRow;

describe("uniqueMatch", () => {
  it("picks the one row of a search that found exactly one", () => {
    const one = row(1);
    expect(uniqueMatch({ items: [one], nextCursor: null, errors: [] })).toBe(one);
  });

  it("keeps the table for none, several, another page or a refused term", () => {
    expect(uniqueMatch(null)).toBeNull();
    expect(uniqueMatch({ items: [], nextCursor: null, errors: [] })).toBeNull();
    expect(uniqueMatch({ items: [row(1), row(2)], nextCursor: null, errors: [] })).toBeNull();
    expect(uniqueMatch({ items: [row(1)], nextCursor: "next", errors: [] })).toBeNull();
    expect(
      uniqueMatch({ items: [row(1)], nextCursor: null, errors: [{ term: "colour:red", message: "x" }] }),
    ).toBeNull();
  });
});
