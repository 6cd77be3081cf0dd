// Pockyt's IPNs (docs/providers/pockyt.md §8): a form POST signed with verifySign, resent until the listener answers
// exactly `success` — 8 deliveries over 2 hours. Lag, duplicates and modes come from webhook-delivery.
import { formBody } from "@paylens/providers/pockyt/params";
import { pockytSign } from "@paylens/providers/pockyt/sign";
import { type DeliveryOptions, type DeliveryStats, WebhookDelivery } from "../webhook-delivery.ts";

/**
 * "Sends the notification 8 times … up to 8 times in 2 hours"; the intervals are undocumented (§11.1), so: the first
 * delivery, then resends after these many seconds, the last one 2 hours after the first.
 */
export const IPN_RESEND_DELAYS_S: readonly number[] = [15, 45, 120, 420, 600, 2_400, 3_600];

/** delivered: answered exactly `success`. */
export type IpnStats = DeliveryStats;

const HEADERS = { "Content-Type": "application/x-www-form-urlencoded", "User-Agent": "Pockyt-sandbox/1.0" };

/** The form body is signed once; every resend carries it unchanged. */
export class IpnNotifier extends WebhookDelivery<string> {
  constructor(options: DeliveryOptions) {
    super(options, {
      request: (body) => ({ headers: HEADERS, body }),
      // Only the plain string `success` stops the resends: not "ok", not JSON, not an empty 200.
      isAccepted: (status, text) => status >= 200 && status < 300 && text === "success",
      retryDelayMs: (failures) => {
        const wait = IPN_RESEND_DELAYS_S[failures - 1];
        return wait === undefined ? undefined : wait * 1000;
      },
    });
  }

  /** Signs every field sent with the merchant's API token, as the listeners' SDKs verify it. */
  notify(url: string, fields: Record<string, string>, apiToken: string): void {
    if (this.closed) return;
    this.send(url, formBody({ ...fields, verifySign: pockytSign(fields, apiToken) }));
  }

  stats(): IpnStats {
    return this.counts();
  }
}
