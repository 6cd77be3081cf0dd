// Test harness for actions: the server harness with the card demo's sandbox and its accounts, and payments made at
// the sandbox and known to Paylens.
import { TEST_CARDS } from "@paylens/sandbox/cards";
import { applySnapshot } from "@paylens/db/queries/apply";
import { connectorFor } from "@paylens/providers/connectors";
import { CARD_ACTIONS_DEMO, startDemoSandbox } from "../demo/sandboxes.ts";
import { callContext, callRecorder } from "../provider-context.ts";
import { startServerHarness } from "./server-harness.ts";

export type { Session, TrpcAnswer } from "./server-harness.ts";

/** The sandbox's documented test card that always approves (apps/sandbox/src/cards.ts), not a number of our own. */
const APPROVING_CARD = Object.entries(TEST_CARDS).find(([, card]) => card.outcome === "approve")?.[0] ?? "";

export async function startActionHarness(options: { replayWindowMs?: number } = {}) {
  // No simulated latency: these tests are about Paylens, and the latency's tail can outlast a test's timeout.
  const demo = await startDemoSandbox(CARD_ACTIONS_DEMO, { port: 0, timeScale: 60, latencyScale: 0 });
  const harness = await startServerHarness({ accounts: demo.accounts, ...options });
  const { database } = harness;
  const shop = harness.accounts.all()[0];
  if (!shop) throw new Error("no demo shop");
  const connector = connectorFor(shop.account.provider);
  if (!connector) throw new Error(`no connector for ${shop.account.provider}`);
  const record = callRecorder(database.db);

  return {
    ...harness,
    demo,
    shop,

    /** A successful card payment at the sandbox, known to Paylens as its reply. */
    async payment(
      amountMinor: bigint,
      type: "payment" | "authorization" = "payment",
      cardNumber = APPROVING_CARD,
    ): Promise<string> {
      const ctx = callContext(shop, record);
      const input = {
        amountMinor,
        currency: "EUR",
        description: "test order",
        trackingId: `order-${Math.random().toString(36).slice(2)}`,
        card: { number: cardNumber, cvc: "123", holder: "TEST HOLDER", expMonth: 12, expYear: 2030 },
        customer: { email: "shopper@example.com", ip: "203.0.113.7", country: "LT" },
        notificationUrl: null,
        returnUrl: "https://shop.example/return",
        test: true,
      };
      const result = type === "payment" ? await connector.pay(ctx, input) : await connector.authorize(ctx, input);
      if (
        result.state !== "ok" ||
        !result.snapshot ||
        (cardNumber === APPROVING_CARD && result.snapshot.status !== "successful")
      )
        throw new Error(`payment failed: ${JSON.stringify(result.outcome)}`);
      const applied = await applySnapshot(database.db, {
        accountId: shop.account.id,
        snapshot: result.snapshot,
        kind: "poll",
        receivedAt: new Date(),
      });
      if (!applied.transactionId) throw new Error("payment not applied");
      return applied.transactionId;
    },

    async close() {
      await harness.close();
      await demo.close();
    },
  };
}

export type ActionHarness = Awaited<ReturnType<typeof startActionHarness>>;
