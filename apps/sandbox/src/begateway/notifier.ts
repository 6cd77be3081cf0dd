// beGateway's webhooks: JSON signed with the shop's key and Basic auth, the card-transaction retry schedule of
// docs/providers/begateway.md §5, and out-of-order states (docs/traffic.md §9); lag, duplicates and modes come from
// webhook-delivery.
import { chance, randomInt, type Rng } from "../random.ts";
import { type DeliveryOptions, type DeliveryStats, type HeldDelivery, WebhookDelivery } from "../webhook-delivery.ts";
import { signBody } from "./keys.ts";

export interface ShopCredentials {
  shopId: string;
  secretKey: string;
  privateKeyPem: string;
}

/** initial = an incomplete state that a final one will follow; single = the only notification of a transaction. */
export type WebhookStage = "initial" | "final" | "single";

export interface NotifierOptions extends DeliveryOptions {
  outOfOrderRate: number;
}

export interface WebhookStats extends DeliveryStats {
  /** Final states sent before the incomplete state they follow. */
  outOfOrder: number;
}

/** Signed once: the body and its signature stay the same on every retry. */
interface SignedWebhook {
  headers: Record<string, string>;
  body: string;
}

const CARD_RETRIES = 15;

/** docs/providers/begateway.md §5: ((2.12·count) floored)³ + rand(30)·(count+1) seconds. */
export function retryDelaySeconds(count: number, rng: Rng): number {
  return Math.floor(2.12 * count) ** 3 + randomInt(rng, 30) * (count + 1);
}

export class WebhookNotifier extends WebhookDelivery<SignedWebhook> {
  private readonly outOfOrderRate: number;
  private readonly heldForOrder = new Map<string, HeldDelivery>();
  private outOfOrder = 0;

  constructor(options: NotifierOptions) {
    super(options, {
      request: (webhook) => webhook,
      isAccepted: (status) => status >= 200 && status < 300,
      retryDelayMs: (failures) =>
        failures <= CARD_RETRIES ? retryDelaySeconds(failures, options.rng) * 1000 : undefined,
    });
    this.outOfOrderRate = options.outOfOrderRate;
  }

  notify(event: { uid: string; url: string; body: string; shop: ShopCredentials; stage: WebhookStage }): void {
    if (this.closed) return;
    const basic = Buffer.from(`${event.shop.shopId}:${event.shop.secretKey}`).toString("base64");
    const webhook: SignedWebhook = {
      body: event.body,
      headers: {
        "Content-Type": "application/json",
        Accept: "application/json",
        Authorization: `Basic ${basic}`,
        "Content-Signature": signBody(event.body, event.shop.privateKeyPem),
        "User-Agent": "beGateway-sandbox/1.0",
      },
    };
    // A held-back initial state goes out only after its final state's first attempt.
    if (event.stage === "initial" && chance(this.options.rng, this.outOfOrderRate)) {
      this.heldForOrder.set(event.uid, this.hold(event.url, webhook));
      return;
    }
    const held = event.stage === "final" ? this.heldForOrder.get(event.uid) : undefined;
    if (held) {
      this.heldForOrder.delete(event.uid);
      this.outOfOrder += 1;
    }
    this.send(event.url, webhook, held ? () => held.release() : null);
  }

  stats(): WebhookStats {
    const { abandoned, pending, ...counted } = this.counts();
    return { ...counted, outOfOrder: this.outOfOrder, abandoned, pending };
  }
}
