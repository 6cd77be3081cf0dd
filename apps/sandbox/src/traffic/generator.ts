// The demo traffic generator: plays merchants' checkouts against the sandboxes at a steady rate,
// and on first start back-fills history so the console is never empty.
import { createRng } from "../random.ts";
import { placeOrder, planOrder } from "./checkout.ts";
import { followUp, type LifecycleTiming, type Schedule } from "./lifecycle.ts";
import type { MerchantAccount, TrafficLog } from "./merchant.ts";

export interface TrafficOptions {
  accounts: MerchantAccount[];
  ratePerSecond: number;
  seed?: number;
  returnUrl?: string;
  timing?: Partial<LifecycleTiming>;
  log?: TrafficLog;
}

export interface TrafficStats {
  started: number;
  failedCalls: number;
}

const DEFAULT_TIMING: LifecycleTiming = { challengeMedianMs: 15_000, captureMedianMs: 45_000, refundMedianMs: 90_000 };

export function startTraffic(options: TrafficOptions): { stop(): void; stats(): TrafficStats } {
  const rng = createRng(options.seed ?? Date.now() % 2 ** 31);
  const timing = { ...DEFAULT_TIMING, ...options.timing };
  const timers = new Set<NodeJS.Timeout>();
  const stats: TrafficStats = { started: 0, failedCalls: 0 };
  let stopped = false;
  const fail = (error: unknown) => {
    stats.failedCalls++;
    options.log?.warn({ err: error }, "demo traffic call failed");
  };
  const schedule: Schedule = (delayMs, step) => {
    if (stopped) return;
    const timer = setTimeout(() => {
      timers.delete(timer);
      if (!stopped) step().catch(fail);
    }, delayMs);
    timers.add(timer);
  };
  const tick = () => {
    if (stopped || options.ratePerSecond <= 0) return;
    const order = planOrder(
      options.accounts,
      rng,
      ++stats.started,
      true,
      options.returnUrl ?? "http://127.0.0.1/return",
    );
    placeOrder(order)
      .then((result) => followUp(order.account, order.input.currency, result, rng, timing, schedule))
      .catch(fail);
    // Poisson arrivals: exponential gaps around the configured rate.
    schedule(-Math.log(1 - rng()) * (1000 / options.ratePerSecond), async () => tick());
  };
  tick();
  return {
    stop: () => {
      stopped = true;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
    stats: () => ({ ...stats }),
  };
}
