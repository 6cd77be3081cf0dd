// What happens to an order after the first call: challenge, capture, void, refund — each a real provider call.
import type { CallResult } from "@paylens/providers/connector";
import { chance, lognormalMedian, type Rng } from "../random.ts";
import type { MerchantAccount } from "./merchant.ts";

/** Demo-time delays: real life's hours compressed into seconds so a demo shows whole lifecycles. */
export interface LifecycleTiming {
  challengeMedianMs: number;
  captureMedianMs: number;
  refundMedianMs: number;
}

export type Schedule = (delayMs: number, step: () => Promise<unknown>) => void;

let childSequence = 0;
const childKey = (kind: string, uid: string) => `${kind}-${uid}-${++childSequence}`;

function partial(rng: Rng, amount: bigint): bigint {
  const share = 0.5 + rng() * 0.45;
  const value = (amount * BigInt(Math.round(share * 1000))) / 1000n;
  return value > 0n ? value : amount;
}

export function followUp(
  account: MerchantAccount,
  currency: string,
  result: CallResult,
  rng: Rng,
  timing: LifecycleTiming,
  schedule: Schedule,
  sandboxTime?: Date,
): void {
  const tx = result.snapshot;
  if (!tx) return;
  const ctx = () => account.context(sandboxTime ? new Date(sandboxTime.getTime() + 60_000) : undefined);

  if ((tx.status === "incomplete" || tx.status === "pending") && account.customerActs) {
    // docs/traffic.md §9: 78 % of challenges pass, 7 % fail, 15 % are abandoned (wallet sessions: 80 / 3 / 17).
    const [pass, fail] = account.methods === "wallet" ? [0.8, 0.83] : [0.78, 0.85];
    const draw = rng();
    if (draw < fail) {
      schedule(lognormalMedian(rng, timing.challengeMedianMs, 0.4), async () => {
        await account.customerActs?.(tx.providerUid, draw < pass);
        // A paid sale can be refunded later, like a card payment.
        if (draw < pass && tx.type === "payment")
          maybeRefund(account, result, rng, timing, schedule, sandboxTime, currency);
      });
    }
    return;
  }
  if (tx.status !== "successful") return;

  if (tx.type === "authorization") {
    if (chance(rng, 0.03)) {
      schedule(lognormalMedian(rng, timing.captureMedianMs, 1), () =>
        account.connector.void(ctx(), {
          parentUid: tx.providerUid,
          amountMinor: tx.amountMinor,
          currency,
          idempotencyKey: childKey("void", tx.providerUid),
        }),
      );
      return;
    }
    if (chance(rng, 0.01)) return; // never captured: the authorization lapses
    const amount = chance(rng, 0.1) ? partial(rng, tx.amountMinor) : tx.amountMinor;
    schedule(lognormalMedian(rng, timing.captureMedianMs, 1), async () => {
      const capture = await account.connector.capture(ctx(), {
        parentUid: tx.providerUid,
        amountMinor: amount,
        currency,
        idempotencyKey: childKey("capture", tx.providerUid),
      });
      if (capture.snapshot?.status === "successful")
        maybeRefund(account, capture, rng, timing, schedule, sandboxTime, currency);
      return capture;
    });
    return;
  }
  if (tx.type === "payment") maybeRefund(account, result, rng, timing, schedule, sandboxTime, currency);
}

function maybeRefund(
  account: MerchantAccount,
  paid: CallResult,
  rng: Rng,
  timing: LifecycleTiming,
  schedule: Schedule,
  sandboxTime: Date | undefined,
  currency: string,
): void {
  const tx = paid.snapshot;
  if (!tx || !chance(rng, 0.05)) return;
  const amount = chance(rng, 0.3) ? partial(rng, tx.amountMinor) : tx.amountMinor;
  schedule(lognormalMedian(rng, timing.refundMedianMs, 0.8), () =>
    account.connector.refund(account.context(sandboxTime ? new Date(sandboxTime.getTime() + 120_000) : undefined), {
      parentUid: tx.providerUid,
      rootUid: tx.parentProviderUid,
      amountMinor: amount,
      currency,
      reason: "Customer request",
      idempotencyKey: childKey("refund", tx.providerUid),
    }),
  );
}
