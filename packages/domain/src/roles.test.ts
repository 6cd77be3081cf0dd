import { describe, expect, it } from "vitest";
import { can, isRole, isSecurityEvent, permissionsOf } from "./roles.ts";

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

  it("keeps finance work to finance and admin", () => {
    expect(can("finance", "finance")).toBe(true);
    expect(can("admin", "finance")).toBe(true);
    expect(can("support", "finance")).toBe(false);
    expect(can("ops", "finance")).toBe(false);
    expect(permissionsOf("support")).toEqual(["read", "note", "export"]);
  });

  it("lets ops and finance answer disputes, support only read them", () => {
    expect(can("ops", "dispute")).toBe(true);
    expect(can("finance", "dispute")).toBe(true);
    expect(can("admin", "dispute")).toBe(true);
    expect(can("support", "dispute")).toBe(false);
  });

  it("knows which audit entries are security events", () => {
    expect(["sign_in", "sign_in_failed", "user.update", "token.create"].every(isSecurityEvent)).toBe(true);
    expect(isSecurityEvent("refund.request")).toBe(false);
  });

  it("knows its roles", () => {
    expect(isRole("ops")).toBe(true);
    expect(isRole("root")).toBe(false);
  });
});
