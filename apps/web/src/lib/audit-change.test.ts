import { describe, expect, it } from "vitest";
import { auditChanges, fieldLabel } from "./audit-change.ts";

const plain = (text: string | null) => text?.replace(/\u00a0/g, " ") ?? null;

describe("auditChanges", () => {
  it("shows amounts in their currency and folds the currency field into them", () => {
    const rows = auditChanges(null, {
      amountMinor: "12345",
      currency: "EUR",
      reason: "customer asked",
      needsApproval: false,
    });
    expect(rows.map((r) => [r.field, r.before, plain(r.after)])).toEqual([
      ["Amount", null, "EUR 123.45"],
      ["Reason", null, "customer asked"],
      ["Needs approval", null, "no"],
    ]);
  });

  it("pairs the same field before and after", () => {
    expect(auditChanges({ state: "pending_approval" }, { state: "sending", actionId: "a1" })).toEqual([
      { field: "State", before: "pending_approval", after: "sending" },
      { field: "Action ID", before: null, after: "a1" },
    ]);
  });

  it("keeps a lone currency and reads nested values as JSON", () => {
    expect(auditChanges(null, { currency: "USD", webhooks: [{ provider: "antom" }] })).toEqual([
      { field: "Currency", before: null, after: "USD" },
      { field: "Webhooks", before: null, after: '[{"provider":"antom"}]' },
    ]);
    expect(auditChanges(null, null)).toEqual([]);
    expect(auditChanges(null, { error: null, state: "succeeded" })).toEqual([
      { field: "State", before: null, after: "succeeded" },
    ]);
  });

  it("labels fields in words", () => {
    expect(fieldLabel("passwordChanged")).toBe("Password changed");
    expect(fieldLabel("retry_of")).toBe("Retry of");
  });
});
