import { describe, expect, it } from "vitest";
import { decideDisputeTransition, disputeMovements, isDisputeFinal, reasonCategory } from "./dispute.ts";

const at = (iso: string) => new Date(iso);

describe("reason codes", () => {
  it.each([
    ["10.4", "fraud"],
    ["11.3", "authorisation"],
    ["12.6", "processing_error"],
    ["13.1", "consumer_dispute"],
    ["4837", "fraud"],
    ["4863", "fraud"],
    ["4870", "fraud"],
    ["4871", "fraud"],
    ["4808", "authorisation"],
    ["4834", "processing_error"],
    ["4831", "processing_error"],
    ["4842", "processing_error"],
    ["4853", "consumer_dispute"],
    ["4855", "consumer_dispute"],
    ["4859", "consumer_dispute"],
    ["MC4837", "fraud"],
    [" 13.7 ", "consumer_dispute"],
  ])("%s is %s", (code, category) => {
    expect(reasonCategory(code)).toBe(category);
  });

  it.each([null, "", "14.1", "9.1", "4899", "fraud", "10"])("%s is not a known code", (code) => {
    expect(reasonCategory(code)).toBeNull();
  });
});

describe("dispute transitions", () => {
  const open = {
    stage: "chargeback" as const,
    status: "needs_response" as const,
    updatedAt: at("2026-01-02T00:00:00Z"),
  };

  it("creates the first message and advances to a decision", () => {
    expect(decideDisputeTransition(null, open)).toBe("create");
    expect(decideDisputeTransition(open, { ...open, status: "won", updatedAt: at("2026-01-05T00:00:00Z") })).toBe(
      "advance",
    );
  });

  it("never moves a final status back, whatever the message's time", () => {
    for (const status of ["won", "lost", "accepted", "cancelled"] as const) {
      expect(isDisputeFinal(status)).toBe(true);
      const decided = { ...open, status, updatedAt: at("2026-01-05T00:00:00Z") };
      expect(decideDisputeTransition(decided, open)).toBe("stale");
      expect(decideDisputeTransition(decided, { ...open, updatedAt: at("2026-02-01T00:00:00Z") })).toBe("stale");
      expect(decideDisputeTransition(decided, { ...decided, status: "won" === status ? "lost" : "won" })).toBe("stale");
    }
  });

  it("takes a decision even when it is older than the open message (out of order)", () => {
    const later = { ...open, status: "under_review" as const, updatedAt: at("2026-01-09T00:00:00Z") };
    expect(decideDisputeTransition(later, { ...open, status: "lost", updatedAt: at("2026-01-05T00:00:00Z") })).toBe(
      "advance",
    );
  });

  it("keeps a duplicate and an older open message stale, and a newer same state a refresh", () => {
    expect(decideDisputeTransition(open, open)).toBe("stale");
    expect(decideDisputeTransition(open, { ...open, updatedAt: at("2026-01-01T00:00:00Z") })).toBe("stale");
    expect(decideDisputeTransition(open, { ...open, updatedAt: at("2026-01-03T00:00:00Z") })).toBe("refresh");
  });

  it("never goes back a stage, and reopens a won case only at a later stage", () => {
    const pre = { ...open, stage: "pre_arbitration" as const };
    expect(decideDisputeTransition(pre, { ...open, updatedAt: at("2026-01-09T00:00:00Z") })).toBe("stale");
    const won = { ...open, status: "won" as const };
    expect(decideDisputeTransition(won, { ...pre, updatedAt: at("2026-01-09T00:00:00Z") })).toBe("advance");
  });
});

describe("dispute money", () => {
  it("holds on open, reverses on a win, loses on a loss or acceptance", () => {
    expect(disputeMovements(null, "needs_response")).toEqual(["dispute_hold"]);
    expect(disputeMovements("needs_response", "under_review")).toEqual([]);
    expect(disputeMovements("under_review", "won")).toEqual(["dispute_reversal"]);
    expect(disputeMovements("needs_response", "cancelled")).toEqual(["dispute_reversal"]);
    expect(disputeMovements("needs_response", "lost")).toEqual(["dispute_loss"]);
    expect(disputeMovements("needs_response", "accepted")).toEqual(["dispute_loss"]);
  });

  it("moves the whole case when the decision is the first message, and never twice", () => {
    expect(disputeMovements(null, "lost")).toEqual(["dispute_hold", "dispute_loss"]);
    expect(disputeMovements(null, "won")).toEqual([]);
    expect(disputeMovements("lost", "lost")).toEqual([]);
    expect(disputeMovements("lost", "needs_response")).toEqual([]);
    expect(disputeMovements("won", "needs_response")).toEqual(["dispute_hold"]);
  });
});
