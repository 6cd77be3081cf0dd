import { describe, expect, it } from "vitest";
import { createRng, deriveRng, lognormal, randomUuid, weightedChoice } from "./random.ts";

describe("random", () => {
  it("repeats the same sequence for the same seed and differs across seeds and streams", () => {
    const a = createRng(1);
    const b = createRng(1);
    const seqA = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(seqA);
    expect(createRng(2)()).not.toBe(seqA[0]);
    expect(deriveRng(1, "x")()).not.toBe(deriveRng(1, "y")());
    for (const value of seqA) expect(value).toBeGreaterThanOrEqual(0);
  });

  it("draws lognormals around exp(mu) and weighted choices in proportion", () => {
    const rng = createRng(3);
    const draws = Array.from({ length: 4001 }, () => lognormal(rng, 7.09, 0.35)).sort((x, y) => x - y);
    const median = draws[2000] ?? 0;
    expect(median).toBeGreaterThan(1100);
    expect(median).toBeLessThan(1300);
    const counts = { a: 0, b: 0 };
    for (let i = 0; i < 4000; i++)
      counts[
        weightedChoice(rng, [
          ["a", 3],
          ["b", 1],
        ] as const)
      ] += 1;
    expect(counts.a / 4000).toBeGreaterThan(0.7);
    expect(counts.a / 4000).toBeLessThan(0.8);
  });

  it("builds v4-shaped uuids", () => {
    expect(randomUuid(createRng(5))).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
