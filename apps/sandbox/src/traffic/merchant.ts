// A merchant account the traffic generator plays the checkout of: the connector, how to call it, where webhooks go.
import type { CallContext, Connector } from "@paylens/providers/connector";

export interface MerchantAccount {
  accountId: string;
  /** Cards (beGateway, Antom) or wallets (Pockyt). */
  methods: "card" | "wallet";
  /** Relative share of the demo traffic this account takes. */
  weight: number;
  connector: Connector<unknown>;
  /** A call context for this account; `sandboxTime` dates the transaction in the past (back-fill). */
  context: (sandboxTime?: Date) => CallContext<unknown>;
  notificationUrl: string;
  /** The shop runs every card payment through 3-D Secure (beGateway's demo shop 362 does). */
  threeDs: boolean;
  /** The shopper finishes (or fails) what waits behind the redirect: a 3-D Secure challenge, a wallet's cashier page. */
  customerActs?: (uid: string, passed: boolean) => Promise<void>;
}

export interface TrafficLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}
