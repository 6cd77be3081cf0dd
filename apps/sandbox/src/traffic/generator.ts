// The demo traffic generator: plays merchants' checkouts against the sandboxes at a steady rate,
// and on first start back-fills history so the console is never empty.
import { createRng, randomInt, type Rng } from "../random.ts";
import { followUp, type LifecycleTiming, type Schedule } from "./lifecycle.ts";
import type { MerchantAccount, TrafficLog } from "./merchant.ts";
import { buildOrder } from "./orders.ts";

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

/** Card payments go to a 3-D Secure shop when the order asks for it and one exists. */
function pickAccount(accounts: MerchantAccount[], wantsThreeDs: boolean, rng: Rng): MerchantAccount {
  const matching = accounts.filter((account) => account.threeDs === wantsThreeDs);
  const pool = matching.length > 0 ? matching : accounts;
  const account = pool[randomInt(rng, pool.length)];
  if (!account) throw new Error("the traffic generator needs at least one account");
  return account;
}

export async function placeOrder(account: MerchantAccount, order: ReturnType<typeof buildOrder>, sandboxTime?: Date) {
  const ctx = account.context(sandboxTime);
  return order.manualCapture ? account.connector.authorize(ctx, order.input) : account.connector.pay(ctx, order.input);
}

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
    const sequence = ++stats.started;
    const account = pickAccount(options.accounts, false, rng);
    const order = buildOrder(rng, sequence, account.notificationUrl, options.returnUrl ?? "http://127.0.0.1/return");
    const target = pickAccount(options.accounts, order.wantsThreeDs, rng);
    order.input.notificationUrl = target.notificationUrl;
    placeOrder(target, order)
      .then((result) => followUp(target, order, result, rng, timing, schedule))
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
