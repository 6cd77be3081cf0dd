import { afterEach, describe, expect, it } from "vitest";
import { setLanguage } from "../i18n/index.ts";
import { formatDuration, lagTone } from "./format-duration.ts";

describe("formatDuration", () => {
  afterEach(() => setLanguage("en"));

  it("shows milliseconds below a second", () => {
    expect(formatDuration(0)).toBe("0 ms");
    expect(formatDuration(640)).toBe("640 ms");
    expect(formatDuration(999.6)).toBe("1 s");
  });

  it("shows one decimal below ten seconds, whole seconds below a minute", () => {
    expect(formatDuration(4200)).toBe("4.2 s");
    expect(formatDuration(5000)).toBe("5 s");
    expect(formatDuration(42_900)).toBe("42 s");
  });

  it("shows minutes, hours and days with the next unit", () => {
    expect(formatDuration(60_000)).toBe("1 min");
    expect(formatDuration(200_000)).toBe("3 min 20 s");
    expect(formatDuration(7_500_000)).toBe("2 h 5 min");
    expect(formatDuration(3_600_000)).toBe("1 h");
    expect(formatDuration(27 * 3_600_000)).toBe("1 d 3 h");
  });

  it("writes units and decimals in the console's language", async () => {
    await setLanguage("ru");
    expect(formatDuration(738)).toBe("738 мс");
    expect(formatDuration(4200)).toBe("4,2 с");
    expect(formatDuration(27 * 3_600_000)).toBe("1 дн. 3 ч");
    await setLanguage("pl");
    expect(formatDuration(7_500_000)).toBe("2 godz. 5 min");
  });

  it("keeps the sign of a negative lag (clock skew) and rejects non-numbers", () => {
    expect(formatDuration(-120)).toBe("-120 ms");
    expect(formatDuration(Number.NaN)).toBe("—");
  });
});

describe("lagTone", () => {
  it("grades webhook lag", () => {
    expect(lagTone(800)).toBe("ok");
    expect(lagTone(12_000)).toBe("warn");
    expect(lagTone(5 * 60_000)).toBe("bad");
    expect(lagTone(-300)).toBe("ok");
  });
});
