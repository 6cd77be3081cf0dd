import { describe, expect, it } from "vitest";
import { expandSlots, SLOTS, type SeedPalette } from "./palette.ts";
import { preparePalette } from "./prepare.ts";

const palette = (): SeedPalette => ({
  profiles: [
    {
      accountId: "a",
      accountName: "A",
      provider: "begateway",
      method: "credit_card",
      card: true,
      currency: null,
      customerCountry: null,
      uidStyle: "dash-hex",
      trackingPrefix: "ord-",
      references: "bank",
      threeDsShare: 0.5,
      weight: 3,
    },
    {
      accountId: "b",
      accountName: "B",
      provider: "pockyt",
      method: "alipay",
      card: false,
      currency: "CNY",
      customerCountry: "CN",
      uidStyle: "digits",
      trackingPrefix: "pk-",
      references: "vendor",
      threeDsShare: 0,
      weight: 1,
    },
  ],
  bins: [{ bin: "420000", brand: "visa", issuer: "VISA", country: "LT", currency: "EUR", weight: 1 }],
  outcomes: ["begateway", "pockyt"].flatMap((provider) =>
    ["successful", "failed"].map((status) => ({
      provider,
      status,
      code: `${provider}-${status}`,
      letter: null,
      service: null,
      message: null,
      friendlyMessage: null,
      reason: null,
      retryable: null,
      weight: 1,
    })),
  ),
  statuses: [
    { status: "successful", weight: 9 },
    { status: "failed", weight: 1 },
  ],
  firstNames: ["anna"],
  lastNames: ["smith"],
  priceUnits: { EUR: 100, CNY: 700 },
});

describe("seed palette", () => {
  it("expands weights into slot tables in proportion", () => {
    const slots = expandSlots([3, 1]);
    expect(slots).toHaveLength(SLOTS);
    expect(slots.filter((s) => s === 1)).toHaveLength(750);
    expect(slots.filter((s) => s === 2)).toHaveLength(250);
    expect(() => expandSlots([0, 0])).toThrow();
  });

  it("lays out one outcome table per (provider, status) group", () => {
    const prepared = preparePalette(palette());
    expect(prepared.profiles.groupBase).toEqual([0, 2]);
    expect(prepared.outcomes.slots).toHaveLength(4 * SLOTS);
    // group 3 = pockyt × failed: every slot points at that outcome (1-based index 4).
    expect(new Set(prepared.outcomes.slots.slice(3 * SLOTS))).toEqual(new Set([4]));
    expect(prepared.priceUnits).toEqual({ profile: [null, 700], bin: [100] });
    expect(prepared.statuses.successIndex).toBe(1);
  });

  it("refuses a palette missing an outcome for a provider and status", () => {
    const broken = palette();
    broken.outcomes = broken.outcomes.filter((o) => !(o.provider === "pockyt" && o.status === "failed"));
    expect(() => preparePalette(broken)).toThrow(/pockyt failed/);
  });
});
