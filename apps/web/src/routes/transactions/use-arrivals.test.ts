// @vitest-environment happy-dom
import { cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { useArrivals } from "./use-arrivals.ts";

afterEach(cleanup);

describe("useArrivals", () => {
  it("counts rows that appear after the first load and marks the latest ones fresh", () => {
    const { result, rerender } = renderHook(({ ids, key }) => useArrivals(ids, key), {
      initialProps: { ids: ["b", "a"] as string[] | undefined, key: "all" },
    });
    expect(result.current.count).toBe(0);
    rerender({ ids: ["d", "c", "b"], key: "all" });
    expect(result.current.count).toBe(2);
    expect([...result.current.fresh]).toEqual(["d", "c"]);
    rerender({ ids: ["e", "d", "c"], key: "all" });
    expect(result.current.count).toBe(3);
    expect([...result.current.fresh]).toEqual(["e"]);
  });

  it("starts over for a new view", () => {
    const { result, rerender } = renderHook(({ ids, key }) => useArrivals(ids, key), {
      initialProps: { ids: ["a"] as string[] | undefined, key: "all" },
    });
    rerender({ ids: ["b", "a"], key: "all" });
    expect(result.current.count).toBe(1);
    rerender({ ids: ["x"], key: "failed" });
    expect(result.current.count).toBe(0);
    expect(result.current.fresh.size).toBe(0);
  });
});
