// One merchant order, planned and placed: which account takes it, card or wallet, sale or authorization.
import type { CallResult, PayInput } from "@paylens/providers/connector";
import { type Rng, weightedChoice } from "../random.ts";
import type { MerchantAccount } from "./merchant.ts";
import { buildOrder } from "./orders.ts";
import { buildWalletOrder } from "./wallet-orders.ts";

export interface PlannedOrder {
  account: MerchantAccount;
  input: PayInput;
  manualCapture: boolean;
}

export function planOrder(
  accounts: MerchantAccount[],
  rng: Rng,
  sequence: number,
  withNotifications: boolean,
  returnUrl: string,
): PlannedOrder {
  let account = weightedChoice(
    rng,
    accounts.map((entry) => [entry, entry.weight] as const),
  );
  const notify = (target: MerchantAccount) => (withNotifications ? target.notificationUrl : null);
  if (account.methods === "wallet") {
    const order = buildWalletOrder(rng, sequence, notify(account), returnUrl);
    return { account, input: order.input, manualCapture: false };
  }
  const order = buildOrder(rng, sequence, notify(account), returnUrl);
  // Where a provider decides 3-D Secure per shop (beGateway), route to the shop that matches the order.
  const sibling = accounts.find(
    (entry) => entry.connector === account.connector && entry.threeDs === order.wantsThreeDs,
  );
  if (account.threeDs !== order.wantsThreeDs && sibling) account = sibling;
  return {
    account,
    input: { ...order.input, notificationUrl: notify(account), threeDs: order.wantsThreeDs },
    manualCapture: order.manualCapture,
  };
}

export function placeOrder(order: PlannedOrder, sandboxTime?: Date): Promise<CallResult> {
  const ctx = order.account.context(sandboxTime);
  const input: PayInput = { ...order.input, captureMode: order.manualCapture ? "manual" : "automatic" };
  return order.manualCapture ? order.account.connector.authorize(ctx, input) : order.account.connector.pay(ctx, input);
}
