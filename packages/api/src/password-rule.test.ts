import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-rule.ts";

describe("password rule", () => {
  it("refuses short and common passwords with a reason", () => {
    expect(passwordProblem("short")).toMatch(/at least 10 characters/);
    expect(passwordProblem("password123")).toMatch(/too easy to guess/);
    expect(passwordProblem("qwertyuiop")).toMatch(/too easy to guess/);
    expect(passwordProblem("paylens-demo")).toMatch(/too easy to guess/);
  });

  it("accepts a few unrelated words", () => {
    expect(passwordProblem("correct horse battery staple 42")).toBeNull();
    expect(passwordProblem("otter-lantern-quince-9")).toBeNull();
  });
});
