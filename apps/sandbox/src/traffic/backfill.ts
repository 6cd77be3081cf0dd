// History for an empty console: orders dated over the last days, placed without a notification URL.
// Paylens then imports them the way it back-fills from a provider: by querying each one.
import type { TransactionSnapshot } from "@paylens/domain/transaction";
import type { CallResult, TransactionRef } from "@paylens/providers/connector";
import { createRng, type Rng } from "../random.ts";
import { placeOrder, planOrder } from "./checkout.ts";
import { followUp, type Schedule } from "./lifecycle.ts";
import type { MerchantAccount } from "./merchant.ts";

const DAY_MS = 86_400_000;

/**
 * The demo's history: 120 days, the card schemes' filing window (docs/traffic.md §7). Disputes arrive a median 35
 * days after the payment, so a shorter history holds few whose delay has elapsed (30 days: about 8 % of them).
 */
export const BACKFILL_DAYS = 120;

export interface BackfillOptions {
  accounts: MerchantAccount[];
  count: number;
  days: number;
  seed?: number;
  concurrency?: number;
  /** Aborted when the server stops: no new orders are placed. */
  signal?: AbortSignal;
  /** Called with every uid the provider created (parents and children), for Paylens to import. */
  onCreated: (accountId: string, ref: TransactionRef, sandboxTime: Date) => Promise<void>;
  /** Called once every order is placed (the disputes already due are on their way; the import goes on). */
  onPlaced?: (placed: { orders: number; transactions: number }) => void;
  /** Called after each order is imported (or failed), with how many orders are done. */
  onProgress?: (ordersDone: number) => void;
}

/** When each order was placed, oldest first: older days are quieter (a gentle growth curve, not a flat line). */
export function backfillTimes(rng: Rng, count: number, days: number, now: number): Date[] {
  const ages = Array.from({ length: count }, () => Math.pow(rng(), 1.3) * days * DAY_MS);
  return ages.sort((a, b) => b - a).map((age) => new Date(now - age));
}

interface PlacedOrder {
  accountId: string;
  at: Date;
  refs: TransactionSnapshot[];
}

/**
 * The history is placed oldest first, as a provider's history exists before Paylens is connected: back-dated calls
 * answer at once, and a payment whose dispute is already due is disputed then, notified to the account's standing
 * address. Paylens imports each order by status query close behind, the slower part: two importers while orders are
 * placed (the disputes come first), all of them once every order is.
 */
export async function backfill(options: BackfillOptions): Promise<{ created: number; failed: number }> {
  const rng = createRng(options.seed ?? 20261123);
  const times = backfillTimes(rng, options.count, options.days, Date.now());
  const placed: (PlacedOrder | null)[] = [];
  const waiting: Array<() => void> = [];
  const wake = () => {
    for (const resolve of waiting.splice(0)) resolve();
  };
  let placing = true;
  let failed = 0;
  let next = 0;
  const place = async () => {
    while (next < times.length && !options.signal?.aborted) {
      const sequence = next++;
      const at = times[sequence] as Date;
      const order = planOrder(options.accounts, rng, sequence + 1, false, "http://127.0.0.1/return");
      const { account } = order;
      try {
        const result = await placeOrder(order, at);
        const refs: (TransactionSnapshot | undefined)[] = [result.snapshot ?? undefined];
        const steps: Promise<void>[] = [];
        // Follow-ups (challenge, capture, refund) run at once but stay dated in the past.
        const schedule: Schedule = (_delay, step) => {
          steps.push(step().then((child) => void refs.push((child as CallResult | undefined)?.snapshot ?? undefined)));
        };
        followUp(
          account,
          order.input.currency,
          result,
          rng,
          { challengeMedianMs: 0, captureMedianMs: 0, refundMedianMs: 0 },
          schedule,
          at,
        );
        // A capture may schedule a refund while it runs: drain until nothing is left.
        while (steps.length > 0) await Promise.all(steps.splice(0));
        placed[sequence] = { accountId: account.accountId, at, refs: refs.filter((ref) => ref !== undefined) };
      } catch {
        failed++;
        placed[sequence] = null;
      }
      wake();
    }
  };

  let created = 0;
  let imported = 0;
  let done = 0;
  const importOrders = async () => {
    while (imported < times.length && !options.signal?.aborted) {
      const index = imported++;
      while (placed[index] === undefined && placing) await new Promise<void>((resolve) => waiting.push(resolve));
      const order = placed[index];
      if (!order) {
        options.onProgress?.(++done);
        continue;
      }
      try {
        // Oldest first, each order parent first, the way a report would list it.
        for (const ref of order.refs) {
          await options.onCreated(
            order.accountId,
            { providerUid: ref.providerUid, type: ref.type, parentProviderUid: ref.parentProviderUid },
            order.at,
          );
          created++;
        }
      } catch {
        failed++;
      }
      options.onProgress?.(++done);
    }
  };
  const concurrency = options.concurrency ?? 6;
  const following = Array.from({ length: Math.min(2, concurrency) }, importOrders);
  await Promise.all(Array.from({ length: concurrency }, place));
  placing = false;
  wake();
  const orders = placed.filter((order): order is PlacedOrder => Boolean(order));
  options.onPlaced?.({
    orders: orders.length,
    transactions: orders.reduce((sum, order) => sum + order.refs.length, 0),
  });
  await Promise.all([...following, ...Array.from({ length: Math.max(0, concurrency - 2) }, importOrders)]);
  return { created, failed };
}
