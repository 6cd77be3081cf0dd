import type { CodeMessage } from "./code-message.ts";
import type { NormalizedReason } from "./reasons.ts";

/** One decoded outcome, whatever the provider: beGateway v3 codes, Antom results and Pockyt ret_codes all map into it. */
export interface DecodedOutcome {
  code: string | null; // raw provider code
  letter: "S" | "F" | "P" | "E" | null; // v3 letter: Successful, Failed, Pending, Error
  service: string | null; // the service the code's range belongs to ("Card processing", "3-D Secure", …)
  message: string | null; // for ops, in English
  messageParts: CodeMessage | null; // the same message as parts, for the console to translate (code-message.ts)
  friendlyMessage: string | null; // for the customer
  reason: NormalizedReason | null; // null for successes and pendings
  retryable: boolean | null; // can a retry (the same card, later) help? null when there is nothing to retry
}

/** A code as a catalogue lists it: its messages are whole texts, with no notes, so it needs no parts. */
export type ListedOutcome = Omit<DecodedOutcome, "messageParts">;
