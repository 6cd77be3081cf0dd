// The registry: the one place that lists providers. Webhook routes, polling and the contract tests read it.
import type { ProviderId } from "@paylens/domain/transaction";
import { antom } from "./antom/index.ts";
import { begateway } from "./begateway/index.ts";
import type { Connector } from "./connector.ts";
import { pockyt } from "./pockyt/index.ts";

export const connectors: Record<ProviderId, Connector<unknown>> = {
  begateway,
  antom,
  pockyt,
};

export function connectorFor(provider: string): Connector<unknown> | null {
  return (connectors as Record<string, Connector<unknown> | undefined>)[provider] ?? null;
}
