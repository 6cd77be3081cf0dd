// What a provider that exists only in tests brings besides its definition and connector: a kit to drive it the way the
// real provider would (signed notifications, its API faked in process). See test-providers.ts.
import type { ProviderCodes, ProviderDefinition } from "./provider-definition.ts";
import type { Connector } from "./connector.ts";

export interface NotifiedPayment {
  uid: string;
  trackingId: string;
  amountMinor: bigint;
  currency: string;
  /** One of the provider's outcome codes: its letter decides the status. */
  code: string;
}

export interface SignedNotification {
  path: string;
  headers: Record<string, string>;
  rawBody: string;
}

export interface TestProviderKit {
  credentials: unknown;
  /** A payment notification signed as the provider signs it, posted to /webhooks/<provider>/<accountId>. */
  notification(accountId: string, payment: NotifiedPayment, signedAt?: Date): SignedNotification;
  /** The provider's API, faked in process, answering the connector's refunds and queries. */
  startApi(): Promise<{ url: string; close(): Promise<void> }>;
}

export interface TestProvider {
  definition: ProviderDefinition;
  codes: ProviderCodes;
  connector: Connector<unknown>;
  kit: TestProviderKit;
}
