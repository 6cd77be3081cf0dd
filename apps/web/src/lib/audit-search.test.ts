import { describe, expect, it } from "vitest";
import { toAuditInput, validateAuditSearch } from "./audit-search.ts";

describe("audit search", () => {
  it("keeps only filters that mean something", () => {
    expect(
      validateAuditSearch({ actor: " olga ", action: "", text: 5, from: "2026-11-02", to: "not-a-day", extra: "x" }),
    ).toEqual({ actor: "olga", from: "2026-11-02" });
  });

  it("turns days into local midnights, the last day included", () => {
    const input = toAuditInput({ action: "refund.", from: "2026-11-02", to: "2026-11-03" });
    expect(input.action).toBe("refund.");
    expect(input.from).toEqual(new Date(2026, 10, 2));
    expect(input.to).toEqual(new Date(2026, 10, 4));
    expect(input.limit).toBe(50);
  });
});
