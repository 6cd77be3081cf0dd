// Decodes a Pockyt answer into our DecodedOutcome. ret_code says whether the request was accepted (only "000100");
// the transaction status says what became of the payment; ret_msg names the endpoint and refines some errors.
import { opsMessage } from "./code-message.ts";
import type { DecodedOutcome } from "./outcome.ts";
import {
  POCKYT_CATALOGUE,
  type PockytCatalogueRow,
  type PockytLetter,
  type PockytService,
} from "./pockyt-catalogue.ts";
import { RETRYABLE, type NormalizedReason } from "./reasons.ts";

export type { PockytLetter, PockytService };

export const POCKYT_SUCCESS = "000100";

type Row<K extends PockytCatalogueRow["kind"]> = Extract<PockytCatalogueRow, { kind: K }>;

const RET_CODES = new Map<string, Row<"ret_code">>();
const STATUSES = new Map<string, Row<"status">>();
const RET_MSG_RULES: Row<"ret_msg">[] = [];
for (const row of POCKYT_CATALOGUE) {
  if (row.kind === "ret_code") RET_CODES.set(row.key, row);
  else if (row.kind === "status") STATUSES.set(row.key, row);
  else RET_MSG_RULES.push(row);
}

const GENERIC_ERROR = "Something went wrong at the payment provider. Please try again later.";

// The success wording of each endpoint family ("prepay success ", "add success", …; several with a trailing space).
const SERVICE_BY_MESSAGE: ReadonlyArray<readonly [RegExp, PockytService]> = [
  [/prepay/i, "Online payment"],
  [/^\s*(add|pay)\s+success/i, "In-store"],
  [/query/i, "Query"],
  [/refund|cancel|reverse/i, "Refund"],
];

function retryableFor(reason: NormalizedReason | null): boolean | null {
  return reason === null ? null : RETRYABLE[reason];
}

/** The family a success wording belongs to ("query success " → Query); null when it names none. */
export function pockytServiceOf(retMsg: string | null | undefined): PockytService | null {
  if (!retMsg) return null;
  for (const [pattern, service] of SERVICE_BY_MESSAGE) if (pattern.test(retMsg)) return service;
  return null;
}

/** The ops message, with Pockyt's own ret_msg noted after it. */
function withProviderText(message: string, retMsg: string | null) {
  return opsMessage(message, [retMsg ? { kind: "provider", provider: "Pockyt", said: retMsg } : null]);
}

/**
 * retCode: `ret_code` (null for an IPN, which carries none); status: the transaction's `status` / `transactionStatus`;
 * retMsg: `ret_msg`; service: the family that answered, when the caller knows it better than the wording does.
 */
export function decodePockyt(
  retCode: string | null,
  status?: string | null,
  retMsg?: string | null,
  service?: PockytService | null,
): DecodedOutcome {
  const code = retCode?.trim() ? retCode : null;
  const normalized = code?.trim() ?? null;
  const text = retMsg?.trim() ? retMsg.trim() : null;
  const family = service ?? pockytServiceOf(text);

  if (normalized !== null && normalized !== POCKYT_SUCCESS)
    return decodeError(code ?? normalized, normalized, text, family);

  const statusKey = status?.trim().toLowerCase() || null;
  if (statusKey !== null) {
    // The status decided the outcome, so it is the outcome's code (an IPN carries no ret_code, and a query's 000100
    // only says the request was accepted): docs/providers/pockyt.md §7.
    const row = STATUSES.get(statusKey);
    if (!row) {
      return {
        code: statusKey,
        letter: null,
        service: family,
        ...opsMessage(`Unrecognised Pockyt status "${status ?? ""}".`),
        friendlyMessage: null,
        reason: "unknown",
        retryable: false,
      };
    }
    return {
      code: statusKey,
      letter: row.letter,
      service: family,
      ...opsMessage(row.message),
      friendlyMessage: row.friendlyMessage,
      reason: row.reason,
      retryable: retryableFor(row.reason),
    };
  }
  if (normalized === POCKYT_SUCCESS) {
    // Accepted without a status (secure-pay's prepay): the payment's outcome comes later, by IPN or query.
    return {
      code,
      letter: "P",
      service: family,
      ...withProviderText("Accepted (000100); the payment's outcome is not known yet.", text),
      friendlyMessage: "Waiting for your payment.",
      reason: null,
      retryable: null,
    };
  }
  return {
    code: null,
    letter: null,
    service: family,
    ...opsMessage(text),
    friendlyMessage: null,
    reason: "unknown",
    retryable: false,
  };
}

function decodeError(
  code: string,
  normalized: string,
  retMsg: string | null,
  family: PockytService | null,
): DecodedOutcome {
  const row = RET_CODES.get(normalized);
  const rule = retMsg
    ? RET_MSG_RULES.find((r) => (r.retCode === "*" || r.retCode === normalized) && r.pattern.test(retMsg))
    : undefined;
  const chosen = rule ?? row;
  if (!chosen) {
    return {
      code,
      letter: "E",
      service: family ?? "Gateway",
      ...withProviderText(`Unrecognised Pockyt ret_code "${normalized}".`, retMsg),
      friendlyMessage: GENERIC_ERROR,
      reason: "unknown",
      retryable: false,
    };
  }
  return {
    code,
    letter: "E",
    service: family ?? "Gateway",
    ...withProviderText(chosen.message, retMsg),
    friendlyMessage: chosen.friendlyMessage,
    reason: chosen.reason,
    retryable: retryableFor(chosen.reason),
  };
}

/** An operation Pockyt has no endpoint for (separate authorize and capture): refused before any call. */
export function pockytUnsupported(operation: string): DecodedOutcome {
  return {
    code: null,
    letter: "E",
    service: "Gateway",
    ...opsMessage(
      `${operation} is not supported by Pockyt: wallets and cards are paid in one step (secure-pay or in-store pay).`,
    ),
    friendlyMessage: "This operation is not available for this payment method.",
    reason: "unsupported",
    retryable: false,
  };
}

/** A stored code read back: a transaction status ("success", "closed") or a ret_code ("000023"). */
export function decodePockytCode(code: string): DecodedOutcome {
  return STATUSES.has(code.trim().toLowerCase()) ? decodePockyt(null, code) : decodePockyt(code);
}

/** Every code of the catalogue, decoded, for the codes explorer: 000100, the errors, then the transaction statuses. */
export function listPockytCodes(): DecodedOutcome[] {
  const errors = POCKYT_CATALOGUE.flatMap((row) =>
    row.kind === "ret_code" && row.key !== POCKYT_SUCCESS ? [decodePockyt(row.key)] : [],
  );
  const statuses = [...STATUSES.keys()].map((key) => decodePockyt(null, key));
  return [decodePockyt(POCKYT_SUCCESS), ...errors, ...statuses];
}
