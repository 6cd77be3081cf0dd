import { describe, expect, it } from "vitest";
import { envProblems } from "./env.ts";

describe("settings", () => {
  it("accepts an empty environment: every setting has a default", () => {
    expect(envProblems({})).toEqual([]);
  });

  it("refuses the retired one-number refund limit instead of ignoring it, and says what replaced it", () => {
    const problems = envProblems({ PAYLENS_REFUND_APPROVAL_ABOVE: "100.00" });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^PAYLENS_REFUND_APPROVAL_ABOVE: no longer read: .*per currency in Settings/);
  });

  it("refuses an alert webhook without its signing secret", () => {
    expect(envProblems({ PAYLENS_ALERT_WEBHOOK_URL: "https://hooks.example.com/paylens" })).toEqual([
      "PAYLENS_ALERT_WEBHOOK_SECRET: PAYLENS_ALERT_WEBHOOK_URL needs PAYLENS_ALERT_WEBHOOK_SECRET",
    ]);
  });
});
