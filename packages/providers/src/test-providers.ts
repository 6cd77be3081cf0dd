// Providers that exist only in tests: fixtures, never in the shipped registry (catalog.ts, connectors.ts). Each is
// registered like a shipped provider, by one line here naming its folder's export; only tests import this file.
import { connectorFor, registerTestProvider } from "./connectors.ts";
import type { TestProvider } from "./test-provider.ts";
import { kestrel } from "./test-providers/kestrel/index.ts";

export const TEST_PROVIDERS: readonly TestProvider[] = [kestrel];

/** Adds the test providers to the catalogue and the Node registry (once per process). */
export function registerTestProviders(): readonly TestProvider[] {
  for (const provider of TEST_PROVIDERS)
    if (!connectorFor(provider.definition.id))
      registerTestProvider(provider.definition, provider.codes, provider.connector);
  return TEST_PROVIDERS;
}
