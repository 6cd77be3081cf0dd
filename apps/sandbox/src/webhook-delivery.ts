// Webhook delivery shared by every emulator: the first attempt after a realistic lag (docs/traffic.md §9), resends on
// the provider's schedule until its kind of acknowledgement, occasional duplicates, and a switch to delay or stop them.
import { chance, type Rng, uniform } from "./random.ts";
import { Timers, webhookLagMs } from "./timing.ts";

export type WebhookMode = "normal" | "delayed" | "stopped";

/** The webhook settings every sandbox takes; unset, deliveries run in real time with 1 % duplicates. */
export interface WebhookOptions {
  /** Multiplies the first-delivery lag and the duplicate spacing. */
  lagScale?: number;
  /** Multiplies the resend schedule (demo 1/60, tests tiny). */
  timeScale?: number;
  duplicateRate?: number;
}

export interface DeliveryOptions {
  rng: Rng;
  lagScale: number;
  timeScale: number;
  duplicateRate: number;
  requestTimeoutMs?: number;
}

export function deliveryOptions(options: WebhookOptions, rng: Rng): DeliveryOptions {
  return {
    rng,
    lagScale: options.lagScale ?? 1,
    timeScale: options.timeScale ?? 1,
    duplicateRate: options.duplicateRate ?? 0.01,
  };
}

/** What makes one provider's webhooks its own; M is whatever the provider needs to build a request. */
export interface DeliveryPolicy<M> {
  /** Headers and body of one attempt: called per attempt, so a signature may cover the attempt's own time. */
  request(message: M): { headers: Record<string, string>; body: string };
  /** Whether the receiver's answer stops the resends. */
  isAccepted(status: number, text: string): boolean;
  /** Unscaled wait before the resend that follows the nth failed attempt, or undefined to give up. */
  retryDelayMs(failures: number): number | undefined;
}

export interface DeliveryStats {
  /** HTTP attempts made. */
  sent: number;
  /** Deliveries the receiver accepted. */
  delivered: number;
  failedAttempts: number;
  /** Deliveries neither accepted nor given up (scheduled, held, stopped or in flight). */
  pending: number;
  duplicates: number;
  abandoned: number;
}

/** A delivery its provider keeps back (an earlier state sent out of order) until it calls release(). */
export interface HeldDelivery {
  release(): void;
}

interface Delivery<M> {
  url: string;
  message: M;
  failures: number;
  /** Duplicate copies are sent once: the original carries the resends. */
  resends: boolean;
  timer: NodeJS.Timeout | null;
  /** Runs once after the first attempt (releases a held earlier-state delivery). */
  afterFirstAttempt: (() => void) | null;
}

/** A provider's notifier extends this with its own notify() and stats(); the policy carries the rest. */
export class WebhookDelivery<M> {
  private readonly timers = new Timers();
  private readonly live = new Set<Delivery<M>>();
  private readonly scheduled = new Set<Delivery<M>>();
  private readonly stoppedQueue: Array<Delivery<M>> = [];
  private readonly inflight = new Set<Promise<void>>();
  private readonly abort = new AbortController();
  private mode: WebhookMode = "normal";
  private extraDelayMs = 0;
  private closedFlag = false;
  private readonly counters = { sent: 0, delivered: 0, failedAttempts: 0, duplicates: 0, abandoned: 0 };

  constructor(
    protected readonly options: DeliveryOptions,
    private readonly policy: DeliveryPolicy<M>,
  ) {}

  protected get closed(): boolean {
    return this.closedFlag;
  }

  /** Sends after a lag, sometimes twice; afterFirstAttempt runs once the first attempt is answered or failed. */
  protected send(url: string, message: M, afterFirstAttempt: (() => void) | null = null): void {
    if (this.closedFlag) return;
    const delivery: Delivery<M> = { url, message, failures: 0, resends: true, timer: null, afterFirstAttempt };
    this.live.add(delivery);
    const { rng } = this.options;
    const lag = this.lag();
    this.schedule(delivery, lag);
    if (chance(rng, this.options.duplicateRate)) {
      const copy: Delivery<M> = { ...delivery, resends: false, timer: null, afterFirstAttempt: null };
      this.live.add(copy);
      this.counters.duplicates += 1;
      this.schedule(copy, lag + uniform(rng, 200, 30_000) * this.options.lagScale);
    }
  }

  /** Counts a delivery as pending but sends it only on release(), after a fresh lag. */
  protected hold(url: string, message: M): HeldDelivery {
    const delivery: Delivery<M> = { url, message, failures: 0, resends: true, timer: null, afterFirstAttempt: null };
    this.live.add(delivery);
    return { release: () => this.schedule(delivery, this.lag()) };
  }

  setMode(mode: WebhookMode, delayMs = 60_000): void {
    this.mode = mode;
    this.extraDelayMs = mode === "delayed" ? delayMs : 0;
    if (mode === "stopped") return;
    for (const delivery of this.stoppedQueue.splice(0)) this.schedule(delivery, this.lag());
  }

  protected counts(): DeliveryStats {
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
    this.closedFlag = true;
    this.timers.stopAll();
    this.abort.abort();
    await Promise.allSettled([...this.inflight]);
  }

  private lag(): number {
    return webhookLagMs(this.options.rng) * this.options.lagScale;
  }

  private schedule(delivery: Delivery<M>, delayMs: number): void {
    if (this.closedFlag) return;
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

  private attempt(delivery: Delivery<M>): void {
    if (this.closedFlag) return;
    if (this.mode === "stopped") {
      this.stoppedQueue.push(delivery);
      return;
    }
    const running = this.post(delivery).finally(() => this.inflight.delete(running));
    this.inflight.add(running);
  }

  private async post(delivery: Delivery<M>): Promise<void> {
    this.counters.sent += 1;
    const { headers, body } = this.policy.request(delivery.message);
    let accepted = false;
    try {
      const signal = AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.options.requestTimeoutMs ?? 10_000)]);
      const reply = await fetch(delivery.url, { method: "POST", headers, body, signal });
      // An unreadable body counts as empty: a status-only policy still accepts a 2xx.
      accepted = this.policy.isAccepted(reply.status, await reply.text().catch(() => ""));
    } catch {
      accepted = false;
    }
    if (this.closedFlag) return;
    if (accepted) {
      this.counters.delivered += 1;
      this.live.delete(delivery);
    } else {
      this.counters.failedAttempts += 1;
      delivery.failures += 1;
      const wait = delivery.resends ? this.policy.retryDelayMs(delivery.failures) : undefined;
      if (wait !== undefined) {
        this.schedule(delivery, wait * this.options.timeScale);
      } else {
        this.counters.abandoned += 1;
        this.live.delete(delivery);
      }
    }
    const then = delivery.afterFirstAttempt;
    if (then) {
      delivery.afterFirstAttempt = null;
      then();
    }
  }
}
