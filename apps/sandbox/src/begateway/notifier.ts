// Webhook delivery: signed POSTs after a realistic lag, the card-transaction retry schedule of begateway.md §5,
// occasional duplicates and out-of-order states (DATA.md §9), and a switch to delay or stop deliveries.
import { chance, randomInt, type Rng, uniform } from "../random.ts";
import { Timers, webhookLagMs } from "../timing.ts";
import { signBody } from "./keys.ts";

export interface ShopCredentials {
  shopId: string;
  secretKey: string;
  privateKeyPem: string;
}

export type WebhookMode = "normal" | "delayed" | "stopped";

/** initial = an incomplete state that a final one will follow; single = the only notification of a transaction. */
export type WebhookStage = "initial" | "final" | "single";

export interface NotifierOptions {
  rng: Rng;
  lagScale: number;
  timeScale: number;
  duplicateRate: number;
  outOfOrderRate: number;
  requestTimeoutMs?: number;
}

export interface WebhookStats {
  /** HTTP attempts made. */
  sent: number;
  delivered: number;
  failedAttempts: number;
  /** Deliveries not yet answered with 2xx nor given up (scheduled, held, stopped or in flight). */
  pending: number;
  duplicates: number;
  outOfOrder: number;
  abandoned: number;
}

interface Delivery {
  uid: string;
  url: string;
  body: string;
  headers: Record<string, string>;
  retry: number;
  maxRetries: number;
  timer: NodeJS.Timeout | null;
  /** An earlier-state delivery held back until this one has been attempted. */
  releaseAfter: Delivery | null;
}

const CARD_RETRIES = 15;

/** begateway.md §5: ((2.12·count) floored)³ + rand(30)·(count+1) seconds. */
export function retryDelaySeconds(count: number, rng: Rng): number {
  return Math.floor(2.12 * count) ** 3 + randomInt(rng, 30) * (count + 1);
}

export class WebhookNotifier {
  private readonly timers = new Timers();
  private readonly live = new Set<Delivery>();
  private readonly scheduled = new Set<Delivery>();
  private readonly heldForOrder = new Map<string, Delivery>();
  private readonly stoppedQueue: Delivery[] = [];
  private readonly inflight = new Set<Promise<void>>();
  private readonly abort = new AbortController();
  private mode: WebhookMode = "normal";
  private extraDelayMs = 0;
  private closed = false;
  private readonly counters = { sent: 0, delivered: 0, failedAttempts: 0, duplicates: 0, outOfOrder: 0, abandoned: 0 };

  constructor(private readonly options: NotifierOptions) {}

  notify(event: { uid: string; url: string; body: string; shop: ShopCredentials; stage: WebhookStage }): void {
    if (this.closed) return;
    const basic = Buffer.from(`${event.shop.shopId}:${event.shop.secretKey}`).toString("base64");
    const delivery: Delivery = {
      uid: event.uid,
      url: event.url,
      body: event.body,
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        Authorization: `Basic ${basic}`,
        "Content-Signature": signBody(event.body, event.shop.privateKeyPem),
        "User-Agent": "beGateway-sandbox/1.0",
      },
      retry: 0,
      maxRetries: CARD_RETRIES,
      timer: null,
      releaseAfter: null,
    };
    this.live.add(delivery);
    const { rng } = this.options;

    if (event.stage === "initial" && chance(rng, this.options.outOfOrderRate)) {
      this.heldForOrder.set(event.uid, delivery);
      return;
    }
    if (event.stage === "final") {
      const held = this.heldForOrder.get(event.uid);
      if (held) {
        this.heldForOrder.delete(event.uid);
        delivery.releaseAfter = held;
        this.counters.outOfOrder += 1;
      }
    }
    const lag = this.lag();
    this.schedule(delivery, lag);
    if (chance(rng, this.options.duplicateRate)) {
      const copy: Delivery = { ...delivery, maxRetries: 0, timer: null, releaseAfter: null };
      this.live.add(copy);
      this.counters.duplicates += 1;
      this.schedule(copy, lag + uniform(rng, 200, 30_000) * this.options.lagScale);
    }
  }

  setMode(mode: WebhookMode, delayMs = 60_000): void {
    this.mode = mode;
    this.extraDelayMs = mode === "delayed" ? delayMs : 0;
    if (mode === "stopped") return;
    for (const delivery of this.stoppedQueue.splice(0)) this.schedule(delivery, this.lag());
  }

  stats(): WebhookStats {
    return { ...this.counters, pending: this.live.size };
  }

  /** Attempts every scheduled delivery now and waits for the answers (held and stopped ones stay put). */
  async flush(): Promise<void> {
    for (const delivery of [...this.scheduled]) {
      this.timers.clear(delivery.timer);
      this.scheduled.delete(delivery);
      this.attempt(delivery);
    }
    await Promise.all([...this.inflight]);
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
    this.scheduled.add(delivery);
    delivery.timer = this.timers.after(delayMs + this.extraDelayMs, () => {
      this.scheduled.delete(delivery);
      this.attempt(delivery);
    });
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
    let ok = false;
    try {
      const signal = AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.options.requestTimeoutMs ?? 10_000)]);
      const reply = await fetch(delivery.url, { method: "POST", headers: delivery.headers, body: delivery.body, signal });
      await reply.arrayBuffer().catch(() => undefined);
      ok = reply.status >= 200 && reply.status < 300;
    } catch {
      ok = false;
    }
    if (this.closed) return;
    if (ok) {
      this.counters.delivered += 1;
      this.live.delete(delivery);
    } else {
      this.counters.failedAttempts += 1;
      if (delivery.retry < delivery.maxRetries) {
        delivery.retry += 1;
        this.schedule(delivery, retryDelaySeconds(delivery.retry, this.options.rng) * 1000 * this.options.timeScale);
      } else {
        this.counters.abandoned += 1;
        this.live.delete(delivery);
      }
    }
    const held = delivery.releaseAfter;
    if (held) {
      delivery.releaseAfter = null;
      this.schedule(held, this.lag());
    }
  }
}
