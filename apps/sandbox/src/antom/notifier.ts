// Antom's notifications (docs/providers/antom.md §6): resent on Antom's schedule until the merchant answers with
// result.resultStatus "S" / SUCCESS, each attempt signed afresh over the notify URL's path with its own request-time.
// Lag, duplicates and modes come from webhook-delivery.
import type { KeyObject } from "node:crypto";
import { type DeliveryOptions, type DeliveryStats, WebhookDelivery } from "../webhook-delivery.ts";
import { antomSignature, signedText } from "./keys.ts";
import { antomTime } from "./responses.ts";

/** §6: resent at most 8 times, at these intervals after each unanswered attempt (scaled by timeScale). */
export const RESEND_INTERVALS_MS = [0, 2, 10, 10, 60, 120, 360, 900].map((minutes) => minutes * 60_000);

export interface NotifierOptions extends DeliveryOptions {
  antomKey: KeyObject;
  /** The clock of the request-time header (real time; back-filled transactions are notified now). */
  now?: () => Date;
}

/** Antom's word for a delivered notification is acknowledged. */
export type NotificationStats = Omit<DeliveryStats, "delivered"> & { acknowledged: number };

interface Notification {
  /** Path and query of the notify URL: what the signature covers. */
  path: string;
  clientId: string;
  body: string;
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

export class AntomNotifier extends WebhookDelivery<Notification> {
  constructor(options: NotifierOptions) {
    const now = options.now ?? (() => new Date());
    super(options, {
      request: ({ path, clientId, body }) => {
        const requestTime = antomTime(now());
        const headers = {
          "Content-Type": "application/json; charset=UTF-8",
          "client-id": clientId,
          "request-time": requestTime,
          signature: antomSignature(signedText(path, clientId, requestTime, body), options.antomKey),
          "User-Agent": "antom-sandbox/1.0",
        };
        return { headers, body };
      },
      isAccepted: isAcknowledgement,
      retryDelayMs: (failures) => RESEND_INTERVALS_MS[failures - 1],
    });
  }

  notify(event: { url: string; clientId: string; body: Record<string, unknown> }): void {
    if (this.closed) return;
    const target = new URL(event.url);
    this.send(event.url, {
      path: `${target.pathname}${target.search}`,
      clientId: event.clientId,
      body: JSON.stringify(event.body),
    });
  }

  stats(): NotificationStats {
    const { sent, delivered, ...rest } = this.counts();
    return { sent, acknowledged: delivered, ...rest };
  }
}
