// The registry: the one place that lists providers. Webhook routes, polling and the contract tests read it.
import type { ProviderId } from "@paylens/domain/transaction";
import { begateway } from "./begateway/index.ts";
import type { Connector } from "./connector.ts";
import { pockyt } from "./pockyt/index.ts";

export const connectors: Partial<Record<ProviderId, Connector<unknown>>> = {
  begateway,
  pockyt,
};

export function connectorFor(provider: string): Connector<unknown> | null {
  return (connectors as Record<string, Connector<unknown> | undefined>)[provider] ?? null;
}
