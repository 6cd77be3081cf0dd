// Decodes Antom (AMS) result objects — {resultStatus, resultCode, resultMessage} — into our DecodedOutcome.
// resultStatus S → S, U → P, F → F; but a row of the catalogue decides first, so gateway and system refusals
// (signature, parameters, PROCESS_FAIL, UNKNOWN_EXCEPTION …) read as E whatever their letter on the wire.
import { ANTOM_CATALOGUE, type AntomCatalogueRow, type AntomLetter, type AntomService } from "./antom-catalogue.ts";
import { opsMessage, type IssuerNote } from "./code-message.ts";
import type { DecodedOutcome } from "./outcome.ts";
import { RETRYABLE, type NormalizedReason } from "./reasons.ts";
import { ISO_REASONS } from "./iso-reasons.ts";

export type { AntomService } from "./antom-catalogue.ts";

export interface AntomResult {
  resultStatus?: string | null;
  resultCode?: string | null;
  resultMessage?: string | null;
}

/** What else a body says about a decline (paymentResultInfo, docs/providers/antom.md §9), and which API answered. */
export interface AntomDeclineDetails {
  /** The API family that answered: names the service of codes every API shares (SUCCESS, ORDER_*). */
  service?: AntomService | null;
  refusalCodeRaw?: string | null;
  refusalReasonRaw?: string | null;
  merchantAdviceCode?: string | null;
}

// Customer texts for codes we have no row for, by letter.
const GENERIC_FRIENDLY: Record<AntomLetter, string> = {
  S: "The payment was successful.",
  F: "The payment was declined. Please use another payment method or contact your bank.",
  P: "Your payment is being processed. Please wait.",
  E: "The payment could not be processed. Please contact the merchant.",
};

const BY_CODE = new Map<string, AntomCatalogueRow>(ANTOM_CATALOGUE.map((row) => [row.code, row]));

function letterOfStatus(status: string): AntomLetter | null {
  if (status === "S") return "S";
  if (status === "F") return "F";
  if (status === "U") return "P";
  return null;
}

function retryableFor(reason: NormalizedReason | null): boolean | null {
  return reason === null ? null : RETRYABLE[reason];
}

function clean(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

/** What the issuer answered, noted after the ops message; null when the body says nothing of it. */
function issuerNote(extra: AntomDeclineDetails): IssuerNote | null {
  const note: IssuerNote = {
    kind: "issuer",
    code: clean(extra.refusalCodeRaw),
    said: clean(extra.refusalReasonRaw),
    advice: clean(extra.merchantAdviceCode),
  };
  return note.code || note.said || note.advice ? note : null;
}

function issuerReason(extra: AntomDeclineDetails): NormalizedReason | null {
  const code = clean(extra.refusalCodeRaw)?.toUpperCase();
  return code === undefined ? null : (ISO_REASONS[code] ?? null);
}

export function decodeAntom(result: AntomResult | null, extra: AntomDeclineDetails = {}): DecodedOutcome {
  const rawCode = clean(result?.resultCode);
  const status = clean(result?.resultStatus)?.toUpperCase() ?? "";
  const resultMessage = clean(result?.resultMessage);
  if (!rawCode && !status) {
    return {
      code: null,
      letter: null,
      service: null,
      ...opsMessage(resultMessage),
      friendlyMessage: null,
      reason: null,
      retryable: null,
    };
  }
  const code = rawCode?.toUpperCase() ?? "";
  const row = BY_CODE.get(code);
  const note = issuerNote(extra);
  const fromIssuer = issuerReason(extra);

  if (row) {
    // A declined card that Antom could not map: the issuer's own answer says what happened.
    if (row.code === "PROCESS_FAIL" && fromIssuer) {
      return {
        code: rawCode,
        letter: "F",
        service: "Payment",
        ...opsMessage("Card declined by the issuer; Antom reports it as PROCESS_FAIL.", [note]),
        friendlyMessage: GENERIC_FRIENDLY.F,
        reason: fromIssuer,
        retryable: RETRYABLE[fromIssuer],
      };
    }
    return {
      code: rawCode,
      letter: row.letter,
      service: row.service ?? extra.service ?? "Payment",
      ...opsMessage(row.message, [note]),
      friendlyMessage: row.friendlyMessage,
      reason: row.reason,
      retryable: retryableFor(row.reason),
    };
  }

  // Unknown code: the status letter still tells success from failure; an issuer code may name the reason.
  const letter = letterOfStatus(status);
  const reason = letter === "F" ? (fromIssuer ?? "unknown") : null;
  const described = rawCode ? `Antom result code "${rawCode}" is not in the catalogue` : "Antom result without a code";
  return {
    code: rawCode,
    letter,
    service: extra.service ?? null,
    ...opsMessage(resultMessage ?? `${described} (resultStatus ${status || "missing"}).`, [note]),
    friendlyMessage: letter === null ? null : GENERIC_FRIENDLY[letter],
    reason,
    retryable: retryableFor(reason),
  };
}

export interface AntomCodeInfo extends AntomCatalogueRow {
  retryable: boolean | null;
}

/** Every catalogued code with its retryability, by service then code (for a codes explorer). */
export function listAntomCodes(): AntomCodeInfo[] {
  return ANTOM_CATALOGUE.map((row) => ({ ...row, retryable: retryableFor(row.reason) })).sort(
    (a, b) => (a.service ?? "").localeCompare(b.service ?? "") || a.code.localeCompare(b.code),
  );
}
