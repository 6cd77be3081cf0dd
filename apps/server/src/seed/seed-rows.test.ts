// The generator alone: well-formed COPY lines, reproducible from any row, unique keys, the intended shape.
import { describe, expect, it } from "vitest";
import { preparePalette } from "@paylens/db/seed/prepare";
import { SEED_COLUMNS, seedRows, type SeedWindow } from "@paylens/db/seed/seed-rows";
import { seedPalette } from "./palette.ts";

const endMs = Date.parse("2026-11-30T00:00:00Z");
const window = (seed: number): SeedWindow => ({
  first: 1,
  count: 20_000,
  seed,
  customers: 5000,
  startMs: endMs - 30 * 86_400_000,
  endMs,
});
const columns = SEED_COLUMNS.split(",").map((c) => c.trim());
const generate = (seed: number) => {
  const rows = seedRows(preparePalette(seedPalette()), window(seed));
  return Array.from({ length: 20_000 }, (_, i) => rows.line(i + 1));
};
const field = (line: string, name: string) => line.slice(0, -1).split("\t")[columns.indexOf(name)] ?? "";

describe("seed rows", () => {
  const lines = generate(1);

  it("writes one line per row with every column", () => {
    const malformed = lines.filter((l) => !l.endsWith("\n") || l.slice(0, -1).split("\t").length !== columns.length);
    expect(malformed).toEqual([]);
  });

  it("gives a row the same text whichever order rows are asked for, and another seed other rows", () => {
    const rows = seedRows(preparePalette(seedPalette()), window(1));
    expect([19_999, 2, 1].map((g) => rows.line(g))).toEqual([lines[19_998], lines[1], lines[0]]);
    expect(generate(2).filter((line, i) => line === lines[i])).toHaveLength(0);
  });

  it("keeps ids and each account's provider ids unique", () => {
    expect(new Set(lines.map((l) => field(l, "id"))).size).toBe(lines.length);
    expect(new Set(lines.map((l) => `${field(l, "account_id")}/${field(l, "provider_uid")}`)).size).toBe(lines.length);
  });

  it("draws log-normal baskets around 45 price units, in time order over the window", () => {
    const euros = lines
      .filter((l) => field(l, "currency") === "EUR" && field(l, "parent_id") === "\\N")
      .map((l) => Number(field(l, "amount_minor")))
      .sort((a, b) => a - b);
    expect(euros.length).toBeGreaterThan(1000);
    const median = euros[Math.floor(euros.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(3800);
    expect(median).toBeLessThan(5200);
    expect(euros.at(-1) ?? 0).toBeGreaterThan(median * 5);
    const parents = lines.filter((l) => field(l, "parent_id") === "\\N").map((l) => Date.parse(field(l, "created_at")));
    expect(parents.every((ms, i) => i === 0 || ms > (parents[i - 1] ?? 0))).toBe(true);
    expect(parents[0]).toBeGreaterThanOrEqual(window(1).startMs);
    expect(parents.at(-1)).toBeLessThan(endMs);
  });
});
