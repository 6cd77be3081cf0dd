// History for an empty console: orders dated over the last days, placed without a notification URL.
// Paylens then imports them the way it back-fills from a provider: by querying each one.
import type { TransactionSnapshot } from "@paylens/domain/transaction";
import type { CallResult, TransactionRef } from "@paylens/providers/connector";
import { createRng } from "../random.ts";
import { placeOrder, planOrder } from "./checkout.ts";
import { followUp, type Schedule } from "./lifecycle.ts";
import type { MerchantAccount } from "./merchant.ts";

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
  /** Called after each order is placed and imported (or failed), with how many orders are done. */
  onProgress?: (ordersDone: number) => void;
}

export async function backfill(options: BackfillOptions): Promise<{ created: number; failed: number }> {
  const rng = createRng(options.seed ?? 20261123);
  const now = Date.now();
  let created = 0;
  let failed = 0;
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < options.count && !options.signal?.aborted) {
      const sequence = ++next;
      // Older days are quieter: a gentle growth curve instead of a flat line.
      const age = Math.pow(rng(), 1.3) * options.days * 86_400_000;
      const at = new Date(now - age);
      const order = planOrder(options.accounts, rng, sequence, false, "http://127.0.0.1/return");
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
        // Imported once the order has settled, parent first, the way a report would list it.
        for (const ref of refs) {
          if (!ref) continue;
          created++;
          await options.onCreated(
            account.accountId,
            { providerUid: ref.providerUid, type: ref.type, parentProviderUid: ref.parentProviderUid },
            at,
          );
        }
      } catch {
        failed++;
      }
      options.onProgress?.(++done);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 6 }, worker));
  return { created, failed };
}
