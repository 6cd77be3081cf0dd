import { describe, expect, it } from "vitest";
import { can, isRole } from "./roles.ts";

describe("roles", () => {
  it("lets support read and add notes, but not act, approve or administer", () => {
    expect(can("support", "read")).toBe(true);
    expect(can("support", "note")).toBe(true);
    expect(can("support", "act")).toBe(false);
    expect(can("support", "approve")).toBe(false);
    expect(can("support", "admin")).toBe(false);
  });

  it("lets ops act and approve; finance export but not act; admin everything", () => {
    expect(can("ops", "act")).toBe(true);
    expect(can("ops", "approve")).toBe(true);
    expect(can("ops", "admin")).toBe(false);
    expect(can("finance", "export")).toBe(true);
    expect(can("finance", "act")).toBe(false);
    expect(can("admin", "admin")).toBe(true);
    expect(can("admin", "act")).toBe(true);
  });

  it("knows its roles", () => {
    expect(isRole("ops")).toBe(true);
    expect(isRole("root")).toBe(false);
  });
});
