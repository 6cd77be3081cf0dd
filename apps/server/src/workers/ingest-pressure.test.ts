import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { APPLY_LAG_TARGET_MS, MAX_HOLD_MS, ingestPressure } from "./ingest-pressure.ts";

// Which of the held webhooks have been let through so far.
function admitted(promises: (Promise<void> | undefined)[]) {
  const through = promises.map((p) => p === undefined);
  promises.forEach((p, i) => void p?.then(() => (through[i] = true)));
  return through;
}

describe("ingest pressure", () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date("2026-12-07T12:00:00Z"));
  });
  afterEach(() => vi.useRealTimers());

  it("lets webhooks through at once while applying keeps up", () => {
    const pressure = ingestPressure();
    expect(pressure.admit()).toBeUndefined();
    pressure.claimed(0, Date.now() - APPLY_LAG_TARGET_MS + 50);
    expect(pressure.lagMs()).toBe(APPLY_LAG_TARGET_MS - 50);
    expect(pressure.admit()).toBeUndefined();
  });

  it("lets a window run ahead of applying, then holds webhooks: one through per message applied, in arrival order", async () => {
    const pressure = ingestPressure(2);
    pressure.claimed(0, Date.now() - 2 * APPLY_LAG_TARGET_MS);
    expect(pressure.admit()).toBeUndefined();
    expect(pressure.admit()).toBeUndefined();
    const through = admitted([pressure.admit(), pressure.admit(), pressure.admit()]);
    await vi.advanceTimersByTimeAsync(0);
    expect(through).toEqual([false, false, false]);
    pressure.applied(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(through).toEqual([true, true, false]);
    // The credit left over lets a newcomer through only after those already waiting.
    pressure.applied(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(through).toEqual([true, true, true]);
    expect(pressure.admit()).toBeUndefined();
    expect(pressure.admit()).toBeInstanceOf(Promise);
  });

  it("measures the lag from the lane furthest behind and lets everything through once the inbox is empty", async () => {
    const pressure = ingestPressure(0);
    pressure.claimed(0, Date.now() - 100);
    pressure.claimed(1, Date.now() - 3 * APPLY_LAG_TARGET_MS);
    expect(pressure.lagMs()).toBe(3 * APPLY_LAG_TARGET_MS);
    const through = admitted([pressure.admit(), pressure.admit()]);
    pressure.claimed(1, null);
    await vi.advanceTimersByTimeAsync(0);
    expect(through).toEqual([true, true]);
    expect(pressure.lagMs()).toBe(100);
  });

  it("never holds a webhook longer than the limit, even when nothing gets applied", async () => {
    const pressure = ingestPressure(0);
    pressure.claimed(0, Date.now() - 2 * APPLY_LAG_TARGET_MS);
    const through = admitted([pressure.admit()]);
    await vi.advanceTimersByTimeAsync(MAX_HOLD_MS - 200);
    expect(through).toEqual([false]);
    await vi.advanceTimersByTimeAsync(300);
    expect(through).toEqual([true]);
  });
});
