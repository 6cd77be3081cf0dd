// Notification delivery (antom.md §6): signed POSTs after a realistic lag, resent on Antom's schedule until the
// merchant answers with result.resultStatus "S" / SUCCESS, occasional duplicate deliveries, and a switch to delay
// or stop deliveries. Each attempt is signed afresh over the notify URL's path with its own request-time.
import type { KeyObject } from "node:crypto";
import { chance, type Rng, uniform } from "../random.ts";
import { Timers, webhookLagMs } from "../timing.ts";
import { antomSignature, signedText } from "./keys.ts";
import { antomTime } from "./responses.ts";

export type WebhookMode = "normal" | "delayed" | "stopped";

/** §6: resent at most 8 times, at these intervals after each unanswered attempt (scaled by timeScale). */
export const RESEND_INTERVALS_MS = [0, 2, 10, 10, 60, 120, 360, 900].map((minutes) => minutes * 60_000);

export interface NotifierOptions {
  rng: Rng;
  antomKey: KeyObject;
  lagScale: number;
  timeScale: number;
  duplicateRate: number;
  requestTimeoutMs?: number;
  /** The clock of the request-time header (real time; back-filled transactions are notified now). */
  now?: () => Date;
}

export interface NotificationStats {
  /** HTTP attempts made. */
  sent: number;
  /** Notifications acknowledged with the fixed success body. */
  acknowledged: number;
  failedAttempts: number;
  /** Notifications not yet acknowledged nor given up (scheduled, stopped or in flight). */
  pending: number;
  duplicates: number;
  abandoned: number;
}

interface Delivery {
  url: string;
  path: string;
  clientId: string;
  body: string;
  resends: number;
  maxResends: number;
  timer: NodeJS.Timeout | null;
}

/** True for the fixed acknowledgement; anything else (another code, an HTML page, a 500) asks for a resend. */
export function isAcknowledgement(status: number, text: string): boolean {
  if (status < 200 || status >= 300) return false;
  try {
    const result = (JSON.parse(text) as { result?: { resultStatus?: unknown; resultCode?: unknown } }).result;
    return result?.resultStatus === "S" && result.resultCode === "SUCCESS";
  } catch {
    return false;
  }
}

export class AntomNotifier {
  private readonly timers = new Timers();
  private readonly live = new Set<Delivery>();
  private readonly scheduled = new Set<Delivery>();
  private readonly stoppedQueue: Delivery[] = [];
  private readonly inflight = new Set<Promise<void>>();
  private readonly abort = new AbortController();
  private mode: WebhookMode = "normal";
  private extraDelayMs = 0;
  private closed = false;
  private readonly counters = { sent: 0, acknowledged: 0, failedAttempts: 0, duplicates: 0, abandoned: 0 };

  constructor(private readonly options: NotifierOptions) {}

  notify(event: { url: string; clientId: string; body: Record<string, unknown> }): void {
    if (this.closed) return;
    const target = new URL(event.url);
    const delivery: Delivery = {
      url: event.url,
      path: `${target.pathname}${target.search}`,
      clientId: event.clientId,
      body: JSON.stringify(event.body),
      resends: 0,
      maxResends: RESEND_INTERVALS_MS.length,
      timer: null,
    };
    this.live.add(delivery);
    const lag = this.lag();
    this.schedule(delivery, lag);
    if (chance(this.options.rng, this.options.duplicateRate)) {
      const copy: Delivery = { ...delivery, maxResends: 0, timer: null };
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

  stats(): NotificationStats {
    return { ...this.counters, pending: this.live.size };
  }

  /** Attempts every scheduled delivery now and waits for the answers (stopped ones stay put). */
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
    const requestTime = antomTime((this.options.now ?? (() => new Date()))());
    const headers = {
      "Content-Type": "application/json; charset=UTF-8",
      "client-id": delivery.clientId,
      "request-time": requestTime,
      signature: antomSignature(signedText(delivery.path, delivery.clientId, requestTime, delivery.body), this.options.antomKey),
      "User-Agent": "antom-sandbox/1.0",
    };
    let acknowledged = false;
    try {
      const signal = AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.options.requestTimeoutMs ?? 10_000)]);
      const reply = await fetch(delivery.url, { method: "POST", headers, body: delivery.body, signal });
      acknowledged = isAcknowledgement(reply.status, await reply.text());
    } catch {
      acknowledged = false;
    }
    if (this.closed) return;
    if (acknowledged) {
      this.counters.acknowledged += 1;
      this.live.delete(delivery);
      return;
    }
    this.counters.failedAttempts += 1;
    const interval = RESEND_INTERVALS_MS[delivery.resends];
    if (delivery.resends < delivery.maxResends && interval !== undefined) {
      delivery.resends += 1;
      this.schedule(delivery, interval * this.options.timeScale);
    } else {
      this.counters.abandoned += 1;
      this.live.delete(delivery);
    }
  }
}
