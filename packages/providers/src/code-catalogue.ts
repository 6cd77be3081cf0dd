// Every provider's outcome catalogue as one list (the codes explorer, the demo seed), and each provider's decoder
// for codes met in data but missing from the catalogues. Each folder's meta.ts owns its codes, exported beside its
// definition rather than in it, so the web app (which reads definitions, never codes) ships no catalogue.
import type { ListedOutcome } from "@paylens/codes/outcome";
import { antomCodes } from "./antom/meta.ts";
import { begatewayCodes } from "./begateway/meta.ts";
import { providerDefinitions, type ProviderId } from "./catalog.ts";
import { pockytCodes } from "./pockyt/meta.ts";
import type { ProviderCodes } from "./provider-definition.ts";

/** Typed by the catalogue: a shipped provider missing here is a type error. */
const SHIPPED: Readonly<Record<ProviderId, ProviderCodes>> = {
  begateway: begatewayCodes,
  antom: antomCodes,
  pockyt: pockytCodes,
};

// Providers that exist only in tests join through connectors.ts `registerTestProvider`; production adds none.
const testOnly = new Map<string, ProviderCodes>();

export function addTestProviderCodes(provider: string, codes: ProviderCodes): void {
  if (codesOf(provider)) throw new Error(`provider "${provider}" already has codes`);
  testOnly.set(provider, codes);
}

function codesOf(provider: string): ProviderCodes | null {
  return (SHIPPED as Readonly<Record<string, ProviderCodes>>)[provider] ?? testOnly.get(provider) ?? null;
}

export interface CatalogueCode extends ListedOutcome {
  provider: string;
  code: string;
}

const outcomeOf = (provider: string, row: ListedOutcome): CatalogueCode | null =>
  row.code === null
    ? null
    : {
        provider,
        code: row.code,
        letter: row.letter,
        service: row.service,
        message: row.message,
        friendlyMessage: row.friendlyMessage,
        reason: row.reason,
        retryable: row.retryable,
      };

/** Every catalogued code of every provider, decoded, by provider then in each catalogue's own order. */
export function listCodes(): CatalogueCode[] {
  return providerDefinitions().flatMap(
    ({ id }) =>
      codesOf(id)
        ?.list()
        .flatMap((row) => outcomeOf(id, row) ?? []) ?? [],
  );
}

/** A code as the provider's decoder reads it; null for a provider not registered. */
export function decodeCode(provider: string, code: string): CatalogueCode | null {
  const codes = codesOf(provider);
  return codes ? outcomeOf(provider, { ...codes.decode(code), code }) : null;
}
