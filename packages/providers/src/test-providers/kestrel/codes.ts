// Kestrel's outcome codes: a two-digit result after a K. The letter sets the transaction's status.
import { opsMessage } from "@paylens/codes/code-message";
import type { DecodedOutcome } from "@paylens/codes/outcome";
import { RETRYABLE, type NormalizedReason } from "@paylens/codes/reasons";

type Letter = NonNullable<DecodedOutcome["letter"]>;
const row = (letter: Letter, message: string, reason: NormalizedReason | null = null) => ({ letter, message, reason });

const CATALOGUE: Readonly<Record<string, ReturnType<typeof row>>> = {
  K00: row("S", "Approved"),
  K09: row("P", "Waiting for the issuer"),
  K05: row("F", "Declined by the issuer", "do_not_honor"),
  K51: row("F", "Not enough money on the card", "insufficient_funds"),
  K54: row("F", "The card has expired", "expired_card"),
  K91: row("E", "The issuer could not be reached", "bank_unavailable"),
};

export function decodeKestrel(code: string): DecodedOutcome {
  const known = CATALOGUE[code];
  if (!known) {
    return {
      code,
      letter: "E",
      service: "Kestrel",
      ...opsMessage(`Unknown Kestrel code ${code}`),
      friendlyMessage: null,
      reason: "unknown",
      retryable: null,
    };
  }
  return {
    code,
    letter: known.letter,
    service: "Kestrel",
    ...opsMessage(known.message),
    friendlyMessage: known.reason ? "The payment was not approved." : null,
    reason: known.reason,
    retryable: known.reason ? RETRYABLE[known.reason] : null,
  };
}

export function listKestrelCodes(): DecodedOutcome[] {
  return Object.keys(CATALOGUE).map(decodeKestrel);
}
