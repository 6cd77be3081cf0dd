// @vitest-environment happy-dom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { usePageCursors } from "./use-page-cursors.ts";

afterEach(cleanup);

describe("usePageCursors", () => {
  it("remembers the way back and how deep the page is", () => {
    const { result, rerender } = renderHook(({ cursor }) => usePageCursors("view", cursor), {
      initialProps: { cursor: undefined as string | undefined },
    });
    expect(result.current.depth).toBe(0);
    act(() => result.current.remember("c1"));
    rerender({ cursor: "c1" });
    expect(result.current.newer).toBe("");
    expect(result.current.depth).toBe(1);
    act(() => result.current.remember("c2"));
    rerender({ cursor: "c2" });
    expect(result.current.newer).toBe("c1");
    expect(result.current.depth).toBe(2);
    rerender({ cursor: "shared-link" });
    expect(result.current.newer).toBeUndefined();
    expect(result.current.depth).toBeNull();
  });
});
