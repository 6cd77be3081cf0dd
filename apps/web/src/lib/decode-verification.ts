// Plain-words decoding of the verification result letters providers return (AVS, CVC, 3-D Secure).
// Letters follow the card-scheme tables; beGateway adds "0" and "1" for "not supported" and "not checked".

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
  "0": ["AVS not supported", "neutral"],
  "1": ["AVS not checked", "neutral"],
};

const CVC: Table = {
  M: ["CVC matches", "good"],
  Y: ["CVC matches", "good"],
  N: ["CVC does not match", "bad"],
  P: ["CVC not processed", "neutral"],
  S: ["CVC should be on the card but was not given", "warn"],
  U: ["Issuer does not support CVC", "neutral"],
  E: ["CVC check error", "bad"],
  "0": ["CVC check not supported", "neutral"],
  "1": ["CVC not checked", "neutral"],
};

// EMV 3-D Secure transStatus (also beGateway's pa_status).
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

function decode(table: Table, raw: string | null | undefined, normalize: (value: string) => string): Decoded | null {
  if (raw === null || raw === undefined || raw.trim() === "") return null;
  const code = raw.trim();
  const found = table[normalize(code)];
  return found ? { code, label: found[0], tone: found[1] } : { code, label: "Unknown result code", tone: "neutral" };
}

const upper = (value: string) => value.toUpperCase();

export function decodeAvs(raw: string | null | undefined): Decoded | null {
  return decode(AVS, raw, upper);
}

export function decodeCvc(raw: string | null | undefined): Decoded | null {
  return decode(CVC, raw, upper);
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
