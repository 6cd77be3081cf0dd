// Every provider's outcome catalogue as one list (the codes explorer, the demo seed), and each provider's decoder
// for codes met in data but missing from the catalogues. Read from the catalogue: each folder's meta.ts owns its codes.
import type { DecodedOutcome } from "@paylens/codes/outcome";
import { providerDefinition, providerDefinitions } from "./catalog.ts";

export interface CatalogueCode extends DecodedOutcome {
  provider: string;
  code: string;
}

const outcomeOf = (provider: string, row: DecodedOutcome): CatalogueCode | null =>
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
  return providerDefinitions().flatMap((definition) =>
    definition.codes.list().flatMap((row) => outcomeOf(definition.id, row) ?? []),
  );
}

/** A code as the provider's decoder reads it; null for a provider not registered. */
export function decodeCode(provider: string, code: string): CatalogueCode | null {
  const definition = providerDefinition(provider);
  return definition ? outcomeOf(provider, { ...definition.codes.decode(code), code }) : null;
}
