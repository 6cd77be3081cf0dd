// Every provider's outcome catalogue as one list (the codes explorer, the demo seed), and each provider's decoder
// for codes met in data but missing from the catalogues. The one place that knows which providers have codes.
import { decodeAntom, listAntomCodes } from "./antom.ts";
import { decodeBegateway, listBegatewayCodes } from "./begateway.ts";
import type { DecodedOutcome } from "./outcome.ts";
import { decodePockyt, listPockytCodes } from "./pockyt.ts";

export interface CatalogueCode extends DecodedOutcome {
  provider: string;
  code: string;
}

type Decoder = (code: string) => DecodedOutcome;

const PROVIDERS: Record<string, { list: () => DecodedOutcome[]; decode: Decoder }> = {
  begateway: { list: listBegatewayCodes, decode: (code) => decodeBegateway(code) },
  antom: { list: listAntomCodes, decode: (code) => decodeAntom({ resultCode: code }) },
  pockyt: { list: listPockytCodes, decode: (code) => decodePockyt(code) },
};

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
  return Object.entries(PROVIDERS).flatMap(([provider, { list }]) =>
    list().flatMap((row) => outcomeOf(provider, row) ?? []),
  );
}

/** A code as the provider's decoder reads it; null for a provider with no decoder. */
export function decodeCode(provider: string, code: string): CatalogueCode | null {
  const entry = PROVIDERS[provider];
  return entry ? outcomeOf(provider, { ...entry.decode(code), code }) : null;
}
