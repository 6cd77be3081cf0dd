// History for an empty console: orders dated over the last days, placed without a notification URL.
// Paylens then imports them the way it back-fills from a provider: by querying each one.
import { createRng, randomInt } from "../random.ts";
import { placeOrder } from "./generator.ts";
import { followUp, type Schedule } from "./lifecycle.ts";
import type { MerchantAccount } from "./merchant.ts";
import { buildOrder } from "./orders.ts";

export interface BackfillOptions {
  accounts: MerchantAccount[];
  count: number;
  days: number;
  seed?: number;
  concurrency?: number;
  /** Called with every uid the provider created (parents and children), for Paylens to import. */
  onCreated: (accountId: string, providerUid: string, sandboxTime: Date) => Promise<void>;
}

export async function backfill(options: BackfillOptions): Promise<{ created: number; failed: number }> {
  const rng = createRng(options.seed ?? 20261123);
  const now = Date.now();
  let created = 0;
  let failed = 0;
  let next = 0;
  const record = async (accountId: string, uid: string | undefined, at: Date) => {
    if (!uid) return;
    created++;
    await options.onCreated(accountId, uid, at);
  };

  const worker = async () => {
    while (next < options.count) {
      const sequence = ++next;
      // Older days are quieter: a gentle growth curve instead of a flat line.
      const age = Math.pow(rng(), 1.3) * options.days * 86_400_000;
      const at = new Date(now - age);
      const order = buildOrder(rng, sequence, null, "http://127.0.0.1/return");
      const threeDsPool = options.accounts.filter((account) => account.threeDs === order.wantsThreeDs);
      const pool = threeDsPool.length > 0 ? threeDsPool : options.accounts;
      const account = pool[randomInt(rng, pool.length)];
      if (!account) return;
      order.input.notificationUrl = null;
      try {
        const result = await placeOrder(account, order, at);
        await record(account.accountId, result.snapshot?.providerUid, at);
        const children: Promise<void>[] = [];
        // Follow-ups run at once but stay dated in the past, so history holds captures and refunds too.
        const schedule: Schedule = (_delay, step) => {
          children.push(
            step().then(async (child) => {
              const uid = (child as { snapshot?: { providerUid?: string } } | undefined)?.snapshot?.providerUid;
              await record(account.accountId, uid, at);
            }),
          );
        };
        followUp(account, order, result, rng, { challengeMedianMs: 0, captureMedianMs: 0, refundMedianMs: 0 }, schedule, at);
        // A capture may schedule a refund while it runs: drain until nothing is left.
        while (children.length > 0) await Promise.all(children.splice(0));
      } catch {
        failed++;
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency ?? 6 }, worker));
  return { created, failed };
}
