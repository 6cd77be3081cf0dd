import { describe, expect, it } from "vitest";
import { expandSlots, SLOTS, type SeedPalette } from "./palette.ts";
import { copyField, preparePalette } from "./prepare.ts";

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
    expect(slots.filter((s) => s === 0)).toHaveLength(750);
    expect(slots.filter((s) => s === 1)).toHaveLength(250);
    expect(() => expandSlots([0, 0])).toThrow();
  });

  it("lays out one outcome table per (provider, status) group", () => {
    const prepared = preparePalette(palette());
    expect(prepared.profiles.map((p) => p.outcomeGroup)).toEqual([0, 2]);
    expect(prepared.outcomeSlots).toHaveLength(4 * SLOTS);
    // group 3 = pockyt × failed: every slot holds that outcome.
    expect(new Set(prepared.outcomeSlots.slice(3 * SLOTS).map((o) => o.fields.split("\t")[0]))).toEqual(
      new Set(["pockyt-failed"]),
    );
    expect(prepared.profiles.map((p) => p.priceUnit)).toEqual([null, 700]);
    expect(prepared.binSlots.every((b) => b.priceUnit === 100)).toBe(true);
    expect(prepared.successIndex).toBe(0);
    expect(prepared.expiredIndex).toBe(-1);
  });

  it("refuses a palette missing an outcome for a provider and status", () => {
    const broken = palette();
    broken.outcomes = broken.outcomes.filter((o) => !(o.provider === "pockyt" && o.status === "failed"));
    expect(() => preparePalette(broken)).toThrow(/pockyt failed/);
  });

  it("writes palette text as COPY fields: escapes kept inert, null as \\N", () => {
    expect(copyField("a\tb\\c\nd\re")).toBe("a\\tb\\\\c\\nd\\re");
    expect(copyField(null)).toBe("\\N");
    expect(copyField(true)).toBe("t");
    const tricky = palette();
    tricky.outcomes = tricky.outcomes.map((o) => ({ ...o, message: "Declined\tby\nissuer \\ 05" }));
    const fields = preparePalette(tricky).outcomes[0]?.fields.split("\t");
    expect(fields).toHaveLength(7);
    expect(fields?.[3]).toBe("Declined\\tby\\nissuer \\\\ 05");
  });
});
