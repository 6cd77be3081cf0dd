// The demo's back-filled history carries the disputes whose delay has already elapsed: raised while the history is
// placed, delivered as each provider's signed notification to the account's standing address, dated in the past.
import type { AntomCredentials } from "@paylens/providers/antom/credentials";
import { antom } from "@paylens/providers/antom/index";
import type { BegatewayCredentials } from "@paylens/providers/begateway/credentials";
import { begateway } from "@paylens/providers/begateway/index";
import { type Connector, parseNotification, type TransactionRef } from "@paylens/providers/connector";
import type { DisputeSnapshot } from "@paylens/domain/dispute";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AntomSandbox } from "../antom/index.ts";
import * as antomSupport from "../antom/test-support.ts";
import type { BegatewaySandbox } from "../begateway/index.ts";
import * as begatewaySupport from "../begateway/test-support.ts";
import { createRng } from "../random.ts";
import { closeAll, type Receiver, type Received } from "../test-support.ts";
import { disputeDelayMs } from "../timing.ts";
import { BACKFILL_DAYS, backfill, backfillTimes } from "./backfill.ts";
import type { MerchantAccount } from "./merchant.ts";

const DAY_MS = 86_400_000;

describe("the back-fill's span", () => {
  it("holds most disputes whose delay has elapsed: at least half of those its payments will ever bring", () => {
    const rng = createRng(9);
    const now = Date.now();
    const times = backfillTimes(rng, 20_000, BACKFILL_DAYS, now);
    const due = times.filter((at) => at.getTime() + disputeDelayMs(rng) <= now).length;
    expect(due / times.length).toBeGreaterThan(0.5);
    // Oldest first: the orders whose disputes are due are placed at the start.
    expect(times.every((at, i) => i === 0 || at.getTime() >= (times[i - 1] as Date).getTime())).toBe(true);
    expect((times[0] as Date).getTime()).toBeGreaterThan(now - BACKFILL_DAYS * DAY_MS);
  });
});

/** Every notification a receiver got, verified and parsed by the provider's real connector, as Paylens does. */
function disputesIn<C>(
  receiver: Receiver<Received>,
  connector: Connector<C>,
  credentials: C,
): { dispute: DisputeSnapshot; event: string }[] {
  return receiver.received.flatMap((received) => {
    const headers = Object.fromEntries(
      Object.entries(received.headers).map(([name, value]) => [name, Array.isArray(value) ? value[0] : value]),
    );
    const verdict = connector.verifyWebhook({ credentials, headers, rawBody: received.body, path: received.path });
    expect(verdict.ok).toBe(true);
    const parsed = parseNotification(connector, received.body, headers);
    return parsed.kind === "dispute" ? [{ dispute: parsed.dispute, event: parsed.dispute.event }] : [];
  });
}

describe("back-fill against the beGateway and Antom sandboxes", () => {
  let begatewaySandbox: BegatewaySandbox;
  let antomSandbox: AntomSandbox;
  let begatewayHooks: Receiver<Received>;
  let antomHooks: Receiver<Received>;
  const begatewayCredentials: BegatewayCredentials = {
    ...begatewaySupport.SHOP,
    webhookPublicKey: begatewaySupport.keys.publicKeyBase64Der,
  };
  const antomCredentials: AntomCredentials = {
    clientId: antomSupport.CLIENT_ID,
    merchantPrivateKey: antomSupport.keys.merchant.privateKeyBase64,
    antomPublicKey: antomSupport.keys.antom.publicKeyBase64,
  };

  beforeAll(async () => {
    // A share far above the demo's 0.45 %, so a short history shows the rule; a clock a tenth of real time, so a
    // dispute still in the future stays there for the test's length (and 120 days fit in a Node timer).
    const clock = { allowTimeTravel: true, timeScale: 0.1 };
    begatewaySandbox = await begatewaySupport.startTestSandbox({ ...clock, chargebackRate: 0.2 });
    antomSandbox = await antomSupport.startTestSandbox({ ...clock, disputeRate: 0.2 });
    begatewayHooks = await begatewaySupport.startReceiver();
    antomHooks = await antomSupport.startReceiver();
    begatewaySandbox.setNotificationAddress(begatewaySupport.SHOP.shopId, begatewayHooks.url);
    antomSandbox.setNotificationAddress(antomSupport.CLIENT_ID, antomHooks.url);
  });
  afterAll(() => closeAll(begatewaySandbox, antomSandbox, begatewayHooks, antomHooks));

  it("delivers the disputes already due as signed notifications, dated after their payment and before now", async () => {
    const account = <C>(id: string, connector: Connector<C>, credentials: C, baseUrl: string): MerchantAccount => ({
      accountId: id,
      methods: "card",
      weight: 1,
      connector: connector as Connector,
      context: (sandboxTime) => ({
        account: { id, provider: connector.provider, name: id, baseUrl },
        credentials,
        recordCall: async () => undefined,
        ...(sandboxTime ? { sandboxTime } : {}),
      }),
      notificationUrl: "http://127.0.0.1:9/unused",
      threeDs: false,
    });
    const created = new Map<string, { ref: TransactionRef; at: Date }>();
    const result = await backfill({
      accounts: [
        account("bg", begateway, begatewayCredentials, begatewaySandbox.url),
        account("antom", antom, antomCredentials, antomSandbox.url),
      ],
      count: 120,
      days: BACKFILL_DAYS,
      seed: 5,
      onCreated: async (_id, ref, at) => void created.set(ref.providerUid, { ref, at }),
    });
    expect(result.failed).toBe(0);

    const chargebacks = await begatewayHooks.waitFor(1, (r) => r.body.includes('"chargeback"'));
    const opened = await antomHooks.waitFor(1, (r) => r.body.includes("DISPUTE_CREATED"));
    const now = Date.now();
    for (const [receiver, connector, credentials] of [
      [begatewayHooks, begateway, begatewayCredentials],
      [antomHooks, antom, antomCredentials],
    ] as const) {
      const disputes = disputesIn(receiver, connector as Connector, credentials);
      expect(disputes.length).toBeGreaterThanOrEqual(1);
      for (const { dispute } of disputes) {
        // Each names a back-filled payment, and opened after it, within the 120-day window, before now.
        const payment = created.get(dispute.paymentProviderUid);
        expect(payment).toBeDefined();
        const opened = dispute.openedAt?.getTime() ?? 0;
        expect(opened).toBeGreaterThan(payment?.at.getTime() ?? Infinity);
        expect(opened).toBeLessThanOrEqual(now);
        expect(opened - (payment?.at.getTime() ?? 0)).toBeLessThanOrEqual(121 * DAY_MS);
      }
    }
    expect(chargebacks.length + opened.length).toBeGreaterThanOrEqual(2);
  });
});
