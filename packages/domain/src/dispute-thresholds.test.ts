import { describe, expect, it } from "vitest";
import { crossesLine, SCHEME_LINES } from "./dispute-thresholds.ts";

const line = (id: string) => SCHEME_LINES.find((l) => l.id === id)!;

describe("scheme lines", () => {
  it("needs both the rate and the count: VAMP more than 1,500 disputes, ECP at least 100, both at 1.5 %", () => {
    expect(crossesLine(line("mastercard-ecp"), 100, 0.015)).toBe(true);
    expect(crossesLine(line("mastercard-ecp"), 99, 0.05)).toBe(false);
    expect(crossesLine(line("mastercard-ecp"), 300, 0.0149)).toBe(false);
    expect(crossesLine(line("visa-vamp"), 1_500, 0.02)).toBe(false);
    expect(crossesLine(line("visa-vamp"), 1_501, 0.015)).toBe(true);
    expect(crossesLine(line("visa-vamp"), 2_000, null)).toBe(false);
  });
});
