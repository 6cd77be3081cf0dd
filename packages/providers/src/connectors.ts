// The Node registry: each catalogued provider's connector (network, webhook and report code). Webhook routes,
// polling and the contract tests read it. Typed by the catalogue: a provider missing here is a type error.
import { antom } from "./antom/index.ts";
import { begateway } from "./begateway/index.ts";
import { addTestProviderDefinition, type ProviderDefinition, type ProviderId } from "./catalog.ts";
import { addTestProviderCodes } from "./code-catalogue.ts";
import type { Connector } from "./connector.ts";
import { pockyt } from "./pockyt/index.ts";
import type { ProviderCodes } from "./provider-definition.ts";

export const connectors: Readonly<Record<ProviderId, Connector<unknown>>> = {
  begateway,
  antom,
  pockyt,
};

const registered = new Map<string, Connector<unknown>>(Object.entries(connectors));

export function connectorFor(provider: string): Connector<unknown> | null {
  return registered.get(provider) ?? null;
}

/** Every registered connector: the shipped ones, then any a test registered. */
export function registeredConnectors(): Connector<unknown>[] {
  return [...registered.values()];
}

/** A provider that exists only in tests (test-providers.ts) joins both registries here; production registers none. */
export function registerTestProvider<C>(
  definition: ProviderDefinition,
  codes: ProviderCodes,
  connector: Connector<C>,
): void {
  if (connector.provider !== definition.id) throw new Error(`connector ${connector.provider} is not ${definition.id}`);
  addTestProviderDefinition(definition);
  addTestProviderCodes(definition.id, codes);
  registered.set(definition.id, connector as Connector<unknown>);
}
