// Decodes beGateway API v3 result codes ("F.0114": letter + 4 digits) into our DecodedOutcome.
// v2 bodies carry no code, only a status, so the decoder also falls back to that status.
import { BEGATEWAY_CATALOGUE, type BegatewayCatalogueRow } from "./begateway-catalogue.ts";
import { begatewayService } from "./begateway-services.ts";
import { opsMessage } from "./code-message.ts";
import type { DecodedOutcome } from "./outcome.ts";
import { RETRYABLE, type NormalizedReason } from "./reasons.ts";

export type BegatewayLetter = "S" | "F" | "P" | "E";

export interface BegatewayLetterMeaning {
  letter: BegatewayLetter;
  label: string; // "Failed"
  v2Status: string; // the API v2 status the letter stands for
  description: string;
  genericFriendlyMessage: string; // customer text when the code itself has none
}

// Generic friendly texts reuse the catalogue's own catch-alls (S.0000, F.0999, P.0001, E.1000).
const LETTERS: Record<BegatewayLetter, BegatewayLetterMeaning> = {
  S: {
    letter: "S",
    label: "Successful",
    v2Status: "successful",
    description: "The transaction was processed successfully.",
    genericFriendlyMessage: "The transaction is successfully processed.",
  },
  F: {
    letter: "F",
    label: "Failed",
    v2Status: "failed",
    description: "The transaction was declined for a reason on the bank's or the integration provider's side.",
    genericFriendlyMessage: "Failed to complete the transaction. Contact the merchant for details.",
  },
  P: {
    letter: "P",
    label: "Pending",
    v2Status: "pending / incomplete",
    description: "The transaction is still being processed, or the system waits for the customer (e.g. 3-D Secure).",
    genericFriendlyMessage: "Transaction is being processed. Please wait.",
  },
  E: {
    letter: "E",
    label: "Error",
    v2Status: "error",
    description: "The transaction could not be processed by the provider's internal services (validation, set-up).",
    genericFriendlyMessage: "We are sorry, but something went wrong.",
  },
};

// v2 statuses (and the APM ones) that stand for a letter when a body carries no v3 code.
const STATUS_LETTERS: Record<string, BegatewayLetter> = {
  successful: "S",
  failed: "F",
  expired: "F",
  incomplete: "P",
  pending: "P",
  processing: "P",
  error: "E",
};

const SUCCESS_MESSAGE = "Transaction is successful."; // S.0000, for v2 successes without a message
const CODE_PATTERN = /^(?:([SFPE])\.)?(\d{4})$/; // the letter is optional only for the async "8010"
const BY_CODE = new Map<string, BegatewayCatalogueRow>(BEGATEWAY_CATALOGUE.map((row) => [row.code, row]));

export interface BegatewayFallback {
  status?: string | null;
  message?: string | null;
  friendlyMessage?: string | null;
}

export interface BegatewayCodeInfo extends BegatewayCatalogueRow {
  letter: BegatewayLetter | null;
  service: string;
  retryable: boolean | null;
}

function isLetter(value: string | undefined): value is BegatewayLetter {
  return value === "S" || value === "F" || value === "P" || value === "E";
}

export function begatewayLetterMeaning(letter: string | null | undefined): BegatewayLetterMeaning | null {
  const upper = letter?.trim().toUpperCase();
  return isLetter(upper) ? LETTERS[upper] : null;
}

function letterFromStatus(status: string | null | undefined): BegatewayLetter | null {
  const key = status?.trim().toLowerCase();
  return key === undefined ? null : (STATUS_LETTERS[key] ?? null);
}

function retryableFor(reason: NormalizedReason | null): boolean | null {
  return reason === null ? null : RETRYABLE[reason];
}

// Reason for a code we have no row for: nothing declined for S/P; E is a request the gateway refused.
function reasonForLetter(letter: BegatewayLetter | null): NormalizedReason | null {
  if (letter === "S" || letter === "P") return null;
  return letter === "E" ? "invalid_request" : "unknown";
}

function genericFriendly(letter: BegatewayLetter | null): string | null {
  return letter === null ? null : LETTERS[letter].genericFriendlyMessage;
}

function describe(letter: BegatewayLetter | null, digits: string, service: string, note: string): string {
  const head = letter === null ? "Code" : `${LETTERS[letter].label}: code`;
  return `${head} ${digits} of the ${service} range (${note}).`;
}

export function decodeBegateway(code: string | null | undefined, fallback: BegatewayFallback = {}): DecodedOutcome {
  const trimmed = code?.trim() ?? "";
  if (code === null || code === undefined || trimmed === "") return decodeWithoutCode(fallback);

  const normalized = trimmed.toUpperCase();
  const match = CODE_PATTERN.exec(normalized);
  const digits = match?.[2];
  // The status still tells success from failure when the code is unreadable or has no letter.
  const statusLetter = letterFromStatus(fallback.status);
  if (match === null || digits === undefined) {
    const reason = reasonForLetter(statusLetter);
    return {
      code,
      letter: null,
      service: null,
      ...opsMessage(fallback.message ?? `Unrecognised beGateway code "${code}".`),
      friendlyMessage: fallback.friendlyMessage ?? genericFriendly(statusLetter),
      reason,
      retryable: retryableFor(reason),
    };
  }

  const first = match[1];
  const letter = isLetter(first) ? first : null;
  const effectiveLetter = letter ?? statusLetter;
  const service = begatewayService(Number(digits));
  const row = BY_CODE.get(normalized);
  if (row) {
    return {
      code,
      letter,
      service,
      // A few published rows have no text; the body's own text, then a generated line, stand in.
      ...opsMessage(
        row.message ?? fallback.message ?? describe(letter, digits, service, "no text in the published catalogue"),
      ),
      friendlyMessage: row.friendlyMessage ?? fallback.friendlyMessage ?? genericFriendly(effectiveLetter),
      reason: row.reason,
      retryable: retryableFor(row.reason),
    };
  }

  const reason = reasonForLetter(effectiveLetter);
  return {
    code,
    letter,
    service,
    ...opsMessage(fallback.message ?? describe(letter, digits, service, "not in the published catalogue")),
    friendlyMessage: fallback.friendlyMessage ?? genericFriendly(effectiveLetter),
    reason,
    retryable: retryableFor(reason),
  };
}

// v2 bodies: only the status says what happened.
function decodeWithoutCode(fallback: BegatewayFallback): DecodedOutcome {
  const letter = letterFromStatus(fallback.status);
  const status = fallback.status?.trim().toLowerCase();
  const reason = status === "expired" ? "expired" : reasonForLetter(letter);
  const defaultMessage =
    letter === "S"
      ? SUCCESS_MESSAGE
      : letter === null
        ? null
        : `${LETTERS[letter].label} (no v3 code in the response).`;
  return {
    code: null,
    letter,
    service: letter === "S" ? begatewayService(0) : null,
    ...opsMessage(fallback.message ?? defaultMessage),
    friendlyMessage: fallback.friendlyMessage ?? genericFriendly(letter),
    reason,
    retryable: retryableFor(reason),
  };
}

/** Every published code with its letter, service and retryability, in numeric order (for a codes explorer). */
export function listBegatewayCodes(): BegatewayCodeInfo[] {
  return BEGATEWAY_CATALOGUE.map((row) => {
    const digits = row.code.slice(-4);
    const first = row.code.length > 4 ? row.code.charAt(0) : undefined;
    return {
      ...row,
      letter: isLetter(first) ? first : null,
      service: begatewayService(Number(digits)),
      retryable: retryableFor(row.reason),
    };
  }).sort((a, b) => a.code.slice(-4).localeCompare(b.code.slice(-4)) || a.code.localeCompare(b.code));
}
