// A merchant account the traffic generator plays the checkout of: the connector, how to call it, where webhooks go.
import type { CallContext, CallResult, Connector } from "@paylens/providers/connector";

export interface MerchantAccount {
  accountId: string;
  connector: Connector<unknown>;
  /** A call context for this account; `sandboxTime` dates the transaction in the past (back-fill). */
  context: (sandboxTime?: Date) => CallContext<unknown>;
  notificationUrl: string;
  /** The shop runs every card payment through 3-D Secure (beGateway's demo shop 362 does). */
  threeDs: boolean;
  /** The shopper finishes (or fails) the 3-D Secure challenge behind a redirect. */
  completeChallenge?: (uid: string, passed: boolean) => Promise<void>;
}

export interface TrafficLog {
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
}

export type { CallResult };
