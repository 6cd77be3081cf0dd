// Simulated time: API latency and webhook lag from docs/traffic.md §9, and a timer registry so close() leaves nothing
// running.
import { chance, lognormal, lognormalMedian, type Rng, uniform } from "./random.ts";

export type CallKind = "authorise" | "child" | "query";

/** Response latency in ms (unscaled): lognormal body plus the tail mixtures of docs/traffic.md §9. */
export function apiLatencyMs(rng: Rng, kind: CallKind): number {
  if (kind === "authorise") {
    const r = rng();
    if (r < 0.001) return 30_000 + uniform(rng, 0, 2_000);
    if (r < 0.006) return lognormalMedian(rng, 8_000, 0.6);
    return lognormal(rng, 7.09, 0.35);
  }
  if (chance(rng, 0.003)) return lognormalMedian(rng, 5_000, 0.5);
  return lognormal(rng, 6.21, 0.5);
}

/** First-delivery webhook lag in ms (unscaled): 0.2 % incident U(5, 15 min), 1 % backlog (median 90 s), else lognormal. */
export function webhookLagMs(rng: Rng): number {
  const r = rng();
  if (r < 0.002) return uniform(rng, 5 * 60_000, 15 * 60_000);
  if (r < 0.012) return lognormalMedian(rng, 90_000, 1.0);
  return lognormal(rng, 7.31, 0.9);
}

/** Tracks every pending timeout and sleep so one call can stop them all. */
export class Timers {
  private readonly pending = new Map<NodeJS.Timeout, () => void>();
  private stopped = false;

  /** Runs fn after ms unless cleared or stopped; unref'd so a forgotten timer never holds the process. */
  after(ms: number, fn: () => void): NodeJS.Timeout | null {
    if (this.stopped) return null;
    const handle = setTimeout(
      () => {
        this.pending.delete(handle);
        fn();
      },
      Math.max(0, ms),
    );
    handle.unref();
    this.pending.set(handle, () => undefined);
    return handle;
  }

  clear(handle: NodeJS.Timeout | null): void {
    if (!handle) return;
    clearTimeout(handle);
    this.pending.delete(handle);
  }

  /** Resolves after ms, or at once when stopped (in-flight requests then answer immediately). */
  sleep(ms: number): Promise<void> {
    if (this.stopped || ms <= 0) return Promise.resolve();
    return new Promise((resolve) => {
      const handle = setTimeout(() => {
        this.pending.delete(handle);
        resolve();
      }, ms);
      this.pending.set(handle, resolve);
    });
  }

  stopAll(): void {
    this.stopped = true;
    for (const [handle, release] of this.pending) {
      clearTimeout(handle);
      release();
    }
    this.pending.clear();
  }

  get size(): number {
    return this.pending.size;
  }
}

const DAY_MS = 86_400_000;

/** Days from a captured payment to its dispute (unscaled): docs/traffic.md §9, median 35 days, σ 0.5, at most 120. */
export function disputeDelayMs(rng: Rng): number {
  return Math.min(lognormalMedian(rng, 35 * DAY_MS, 0.5), 120 * DAY_MS);
}

/** docs/traffic.md §9: the share of captured card payments that are disputed. */
export const DEFAULT_DISPUTE_RATE = 0.0045;
