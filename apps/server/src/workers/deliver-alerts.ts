// Sends queued alert deliveries (db/queries/alert-deliveries.ts): claims due rows, sends each to its channel, and
// records delivered, the next attempt after an exponential backoff with jitter, or failed once the attempts run out.
// Evaluation only queues, so a slow or dead receiver never delays the rules.
import type { FastifyBaseLogger } from "fastify";
import type { Db } from "@paylens/db/client";
import type { Language } from "@paylens/domain/languages";
import { claimDueDeliveries, type DueDelivery, recordDeliveryAttempt } from "@paylens/db/queries/alert-deliveries";
import { alertNotice } from "../alert-delivery/notice.ts";
import { DeliveryRefused, sendNotice } from "../alert-delivery/send-notice.ts";
import { type Loop, startLoop } from "./loop.ts";

export interface DeliveryPolicy {
  /** The first retry waits about this long; each next one twice as long, up to maxDelayMs. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Attempts in all before a delivery is given up as failed. */
  maxAttempts: number;
  /** A claimed row is due again after this if its instance dies mid-send. */
  leaseMs: number;
  batch: number;
}

// 30 s, 1, 2, 4, 8, 16, 30, 30 min: a receiver down for about 1.5 hours still gets the alert.
export const DEFAULT_DELIVERY_POLICY: DeliveryPolicy = {
  firstDelayMs: 30_000,
  maxDelayMs: 30 * 60_000,
  maxAttempts: 9,
  leaseMs: 60_000,
  batch: 20,
};

/** Exponential with "equal jitter" (half fixed, half random) so many failed deliveries do not retry in step. */
export function retryDelayMs(failedAttempts: number, policy: DeliveryPolicy, random = Math.random): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.firstDelayMs * 2 ** Math.max(0, failedAttempts - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}

export type AttemptOutcome = { ok: true } | { ok: false; error: string; retryAt: Date | null };

/**
 * Runs one send and says what to record: delivered, or why not and when to try again (null: given up). Shared by the
 * alert deliveries and the scheduled reports (send-reports.ts), so both retry and explain failures alike.
 */
export async function attemptSend(
  send: () => Promise<void>,
  attemptsBefore: number,
  policy: DeliveryPolicy,
  log: FastifyBaseLogger,
  now: Date,
  context: Record<string, unknown>,
): Promise<AttemptOutcome> {
  try {
    await send();
    return { ok: true };
  } catch (error) {
    const reason = error instanceof DeliveryRefused ? error.message : "unexpected error while sending";
    if (!(error instanceof DeliveryRefused)) log.error({ err: error, ...context }, "delivery failed");
    const attempts = attemptsBefore + 1;
    const retryAt = attempts >= policy.maxAttempts ? null : new Date(now.getTime() + retryDelayMs(attempts, policy));
    log.warn({ ...context, attempts, reason, retryAt }, "not delivered");
    return { ok: false, error: reason, retryAt };
  }
}

async function deliverOne(
  db: Db,
  delivery: DueDelivery,
  consoleUrl: string,
  policy: DeliveryPolicy,
  log: FastifyBaseLogger,
  now: Date,
  language: Language,
) {
  const outcome = await attemptSend(
    () =>
      sendNotice(
        delivery.channel,
        alertNotice(delivery, consoleUrl, now, language),
        `msg_alert_${delivery.id}`,
        language,
      ),
    delivery.attempts,
    policy,
    log,
    now,
    { delivery: delivery.id, channel: delivery.channel.name },
  );
  await recordDeliveryAttempt(db, delivery.id, outcome, now);
}

/** One pass: true when a full batch was claimed (there may be more due). */
export async function deliverDueAlerts(
  db: Db,
  consoleUrl: string,
  policy: DeliveryPolicy,
  log: FastifyBaseLogger,
  now = new Date(),
  language: Language = "en",
): Promise<boolean> {
  const due = await claimDueDeliveries(db, now, policy.batch, policy.leaseMs);
  await Promise.all(due.map((delivery) => deliverOne(db, delivery, consoleUrl, policy, log, now, language)));
  return due.length === policy.batch;
}

export function startDeliveryWorker(
  db: Db,
  log: FastifyBaseLogger,
  consoleUrl: string,
  language: Language = "en",
  policy: DeliveryPolicy = DEFAULT_DELIVERY_POLICY,
  everyMs = 5_000,
): Loop {
  return startLoop("deliver-alerts", log, everyMs, () =>
    deliverDueAlerts(db, consoleUrl, policy, log, new Date(), language),
  );
}
