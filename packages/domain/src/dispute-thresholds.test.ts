import { describe, expect, it } from "vitest";
import { crossesLine, lineRate, projectMonth, SCHEME_LINES } from "./dispute-thresholds.ts";

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

describe("each scheme's denominator", () => {
  // 120 disputes in November; 10,000 card payments in November, 6,000 in October.
  const november = { disputes: 120, payments: 10_000, previousPayments: 6_000 };

  it("divides VAMP by the same month's payments and ECP by the previous month's (docs/disputes.md §1, §2)", () => {
    expect(lineRate(line("visa-vamp"), november)).toBe(0.012);
    expect(lineRate(line("mastercard-ecp"), november)).toBe(0.02);
    expect(lineRate(line("mastercard-ecp"), { ...november, previousPayments: 0 })).toBeNull();
    expect(lineRate(line("visa-vamp"), { ...november, payments: 0 })).toBeNull();
  });

  it("projects the running month's disputes and payments but keeps the closed previous month as it is", () => {
    const projected = projectMonth({ disputes: 40, payments: 3_000, previousPayments: 6_000 }, 1 / 3);
    expect(projected).toEqual({ disputes: 120, payments: 9_000, previousPayments: 6_000 });
    expect(lineRate(line("mastercard-ecp"), projected)).toBe(0.02);
  });
});
