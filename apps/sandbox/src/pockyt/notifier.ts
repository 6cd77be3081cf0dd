// IPN delivery (pockyt.md §8): a form POST signed with verifySign, after a realistic lag, resent until the listener
// answers exactly `success` — 8 deliveries over 2 hours — with occasional duplicates and a switch to delay or stop them.
import { formBody } from "@paylens/providers/pockyt/params";
import { pockytSign } from "@paylens/providers/pockyt/sign";
import { chance, type Rng, uniform } from "../random.ts";
import { Timers, webhookLagMs } from "../timing.ts";

export type WebhookMode = "normal" | "delayed" | "stopped";

/**
 * "Sends the notification 8 times … up to 8 times in 2 hours"; the intervals are undocumented (§11.1), so: the first
 * delivery, then resends after these many seconds, the last one 2 hours after the first.
 */
export const IPN_RESEND_DELAYS_S: readonly number[] = [15, 45, 120, 420, 600, 2_400, 3_600];

export interface NotifierOptions {
  rng: Rng;
  lagScale: number;
  timeScale: number;
  duplicateRate: number;
  requestTimeoutMs?: number;
}

export interface IpnStats {
  /** HTTP attempts made. */
  sent: number;
  /** Answered exactly `success`. */
  delivered: number;
  failedAttempts: number;
  /** Deliveries neither acknowledged nor given up (scheduled, stopped or in flight). */
  pending: number;
  duplicates: number;
  abandoned: number;
}

interface Delivery {
  url: string;
  body: string;
  attempt: number;
  maxAttempts: number;
}

export class IpnNotifier {
  private readonly timers = new Timers();
  private readonly live = new Set<Delivery>();
  private readonly stoppedQueue: Delivery[] = [];
  private readonly inflight = new Set<Promise<void>>();
  private readonly abort = new AbortController();
  private mode: WebhookMode = "normal";
  private extraDelayMs = 0;
  private closed = false;
  private readonly counters = { sent: 0, delivered: 0, failedAttempts: 0, duplicates: 0, abandoned: 0 };

  constructor(private readonly options: NotifierOptions) {}

  /** Signs every field sent with the merchant's API token, as the listeners' SDKs verify it. */
  notify(url: string, fields: Record<string, string>, apiToken: string): void {
    if (this.closed) return;
    const body = formBody({ ...fields, verifySign: pockytSign(fields, apiToken) });
    const delivery: Delivery = { url, body, attempt: 0, maxAttempts: IPN_RESEND_DELAYS_S.length + 1 };
    this.live.add(delivery);
    const lag = this.lag();
    this.schedule(delivery, lag);
    if (chance(this.options.rng, this.options.duplicateRate)) {
      const copy: Delivery = { ...delivery, maxAttempts: 1 };
      this.live.add(copy);
      this.counters.duplicates += 1;
      this.schedule(copy, lag + uniform(this.options.rng, 200, 30_000) * this.options.lagScale);
    }
  }

  setMode(mode: WebhookMode, delayMs = 60_000): void {
    this.mode = mode;
    this.extraDelayMs = mode === "delayed" ? delayMs : 0;
    if (mode === "stopped") return;
    for (const delivery of this.stoppedQueue.splice(0)) this.schedule(delivery, this.lag());
  }

  stats(): IpnStats {
    return { ...this.counters, pending: this.live.size };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.timers.stopAll();
    this.abort.abort();
    await Promise.allSettled([...this.inflight]);
  }

  private lag(): number {
    return webhookLagMs(this.options.rng) * this.options.lagScale;
  }

  private schedule(delivery: Delivery, delayMs: number): void {
    if (this.closed) return;
    if (this.mode === "stopped") {
      this.stoppedQueue.push(delivery);
      return;
    }
    this.timers.after(delayMs + this.extraDelayMs, () => this.attempt(delivery));
  }

  private attempt(delivery: Delivery): void {
    if (this.closed) return;
    if (this.mode === "stopped") {
      this.stoppedQueue.push(delivery);
      return;
    }
    const running = this.send(delivery).finally(() => this.inflight.delete(running));
    this.inflight.add(running);
  }

  private async send(delivery: Delivery): Promise<void> {
    this.counters.sent += 1;
    delivery.attempt += 1;
    let acknowledged = false;
    try {
      const signal = AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.options.requestTimeoutMs ?? 10_000)]);
      const reply = await fetch(delivery.url, {
        method: "POST",
        headers: { "Content-Type": "application/x-www-form-urlencoded", "User-Agent": "Pockyt-sandbox/1.0" },
        body: delivery.body,
        signal,
      });
      // Only the plain string `success` stops the resends: not "ok", not JSON, not an empty 200.
      acknowledged = reply.ok && (await reply.text()) === "success";
    } catch {
      acknowledged = false;
    }
    if (this.closed) return;
    if (acknowledged) {
      this.counters.delivered += 1;
      this.live.delete(delivery);
      return;
    }
    this.counters.failedAttempts += 1;
    const wait = IPN_RESEND_DELAYS_S[delivery.attempt - 1];
    if (delivery.attempt < delivery.maxAttempts && wait !== undefined) {
      this.schedule(delivery, wait * 1000 * this.options.timeScale);
    } else {
      this.counters.abandoned += 1;
      this.live.delete(delivery);
    }
  }
}
