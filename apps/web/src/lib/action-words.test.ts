import { describe, expect, it } from "vitest";
import { canRetry, decodedAnswer, stateWords } from "./action-words.ts";

describe("action words", () => {
  it("reads the decoded answer field by field", () => {
    expect(decodedAnswer({ code: "F.0114", message: "Insufficient funds", retryable: true, extra: 1 })).toEqual({
      code: "F.0114",
      letter: null,
      service: null,
      message: "Insufficient funds",
      messageParts: null,
      friendlyMessage: null,
      reason: null,
      retryable: true,
    });
    expect(decodedAnswer(null)).toBeNull();
    const parts = { text: "Declined.", notes: [{ kind: "provider", provider: "Pockyt", said: "no" }] };
    expect(decodedAnswer({ message: 'Declined. Pockyt says: "no".', messageParts: parts })?.messageParts).toEqual(
      parts,
    );
    expect(decodedAnswer({ message: "Declined.", messageParts: { text: 3 } })?.messageParts).toBeNull();
  });

  it("offers a retry only for failures the provider did not call final", () => {
    expect(canRetry({ state: "declined", outcome: { retryable: true } })).toBe(true);
    expect(canRetry({ state: "failed", outcome: null })).toBe(true);
    expect(canRetry({ state: "rejected", outcome: { retryable: false } })).toBe(false);
    expect(canRetry({ state: "succeeded", outcome: { retryable: true } })).toBe(false);
    expect(canRetry({ state: "unknown", outcome: null })).toBe(false);
  });

  it("names unknown states as given", () => {
    expect(stateWords("pending_approval")).toEqual({ label: "Waiting for approval", tone: "warn" });
    expect(stateWords("weird")).toEqual({ label: "weird", tone: "neutral" });
  });
});
