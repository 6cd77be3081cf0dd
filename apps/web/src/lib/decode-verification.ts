// Plain-words decoding of the verification result letters providers return (AVS, CVC, 3-D Secure).
// Letters follow the card-scheme tables; a provider's own additions come from its definition.
import { providerDefinition, providerDefinitions, type ProviderDefinition } from "@paylens/providers/catalog";
import { i18n } from "../i18n/index.ts";

export type Tone = "good" | "bad" | "warn" | "neutral";

export interface Decoded {
  code: string;
  label: string;
  tone: Tone;
}

type Table = Readonly<Record<string, readonly [label: string, tone: Tone]>>;

const AVS: Table = {
  M: ["Address and postal code match", "good"],
  Y: ["Address and postal code match", "good"],
  X: ["Address and 9-digit postal code match", "good"],
  D: ["Address and postal code match", "good"],
  F: ["Address and postal code match", "good"],
  A: ["Address matches, postal code does not", "warn"],
  B: ["Address matches, postal code not verified", "warn"],
  W: ["Postal code matches, address does not", "warn"],
  Z: ["Postal code matches, address does not", "warn"],
  P: ["Postal code matches, address not verified", "warn"],
  N: ["No match", "bad"],
  C: ["Address and postal code not verified", "neutral"],
  I: ["Address not verified", "neutral"],
  G: ["Issuer does not take part in AVS", "neutral"],
  S: ["AVS not supported", "neutral"],
  U: ["Address information unavailable", "neutral"],
  R: ["Issuer unavailable, retry", "neutral"],
  E: ["AVS error", "bad"],
};

const CVC: Table = {
  M: ["CVC matches", "good"],
  Y: ["CVC matches", "good"],
  N: ["CVC does not match", "bad"],
  P: ["CVC not processed", "neutral"],
  S: ["CVC should be on the card but was not given", "warn"],
  U: ["Issuer does not support CVC", "neutral"],
  E: ["CVC check error", "bad"],
};

// EMV 3-D Secure transStatus (some gateways call it pa_status).
const THREE_DS_RESULT: Table = {
  Y: ["Authenticated", "good"],
  A: ["Attempted: issuer not enrolled, liability shifted", "good"],
  I: ["Informational only, no authentication", "neutral"],
  C: ["Challenge required", "warn"],
  D: ["Decoupled authentication required", "warn"],
  U: ["Authentication could not be performed", "warn"],
  N: ["Not authenticated", "bad"],
  R: ["Rejected by the issuer", "bad"],
};

// ECI: 05/02 authenticated, 06/01 attempted, 07/00 not authenticated (Visa/Amex/JCB vs Mastercard numbering).
const ECI: Table = {
  "05": ["Fully authenticated, liability shift", "good"],
  "02": ["Fully authenticated, liability shift", "good"],
  "06": ["Authentication attempted, liability shift", "good"],
  "01": ["Authentication attempted, no liability shift", "warn"],
  "07": ["Not authenticated, no liability shift", "bad"],
  "00": ["Not authenticated, no liability shift", "bad"],
};

const THREE_DS_STATUS: Table = {
  successful: ["Authentication succeeded", "good"],
  failed: ["Authentication failed", "bad"],
  incomplete: ["Waiting for the customer", "warn"],
  pending: ["Waiting for the customer", "warn"],
  skipped: ["Not performed", "neutral"],
  not_enrolled: ["Card not enrolled", "neutral"],
};

/** The catalogue key of a result's English words (the tables and the providers' additions are written in English). */
export function verificationWordKey(english: string): string {
  return `transaction.verify.words.${english
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_|_$/g, "")}`;
}

/** The words in the console's language; a provider's addition the catalogue lacks stays in English. */
function words(english: string): string {
  const key = verificationWordKey(english);
  return i18n.exists(key) ? i18n.t(key as "transaction.verify.title") : english;
}

function decode(table: Table, raw: string | null | undefined, normalize: (value: string) => string): Decoded | null {
  if (raw === null || raw === undefined || raw.trim() === "") return null;
  const code = raw.trim();
  const found = table[normalize(code)];
  return found
    ? { code, label: words(found[0]), tone: found[1] }
    : { code, label: words("Unknown result code"), tone: "neutral" };
}

/** Every result's English words, the providers' additions included: each needs a catalogue entry. */
export function allVerificationWords(): string[] {
  const tables = [
    AVS,
    CVC,
    THREE_DS_RESULT,
    ECI,
    THREE_DS_STATUS,
    withProvider({}, "avs", undefined),
    withProvider({}, "cvc", undefined),
  ];
  return [
    ...new Set(["Unknown result code", ...tables.flatMap((table) => Object.values(table).map(([label]) => label))]),
  ];
}

const upper = (value: string) => value.toUpperCase();

type Check = keyof ProviderDefinition["verification"];

/** The scheme table with the provider's additions; every provider's when the provider is not known. */
function withProvider(table: Table, check: Check, provider: string | undefined): Table {
  const definitions = provider === undefined ? providerDefinitions() : [providerDefinition(provider)];
  return Object.assign({}, table, ...definitions.map((definition) => definition?.verification[check] ?? {})) as Table;
}

export function decodeAvs(raw: string | null | undefined, provider?: string): Decoded | null {
  return decode(withProvider(AVS, "avs", provider), raw, upper);
}

export function decodeCvc(raw: string | null | undefined, provider?: string): Decoded | null {
  return decode(withProvider(CVC, "cvc", provider), raw, upper);
}

export function decodeThreeDsResult(raw: string | null | undefined): Decoded | null {
  return decode(THREE_DS_RESULT, raw, upper);
}

export function decodeEci(raw: string | null | undefined): Decoded | null {
  return decode(ECI, raw, (value) => value.padStart(2, "0"));
}

export function decodeThreeDsStatus(raw: string | null | undefined): Decoded | null {
  return decode(THREE_DS_STATUS, raw, (value) => value.toLowerCase());
}
