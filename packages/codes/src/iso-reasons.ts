// ISO 8583 issuer answers (refusalCodeRaw) as normalized reasons: Antom files declines it cannot map under
// PROCESS_FAIL (JVAULT), and the console names an issuer's answer by its reason in the reader's language.
import type { NormalizedReason } from "./reasons.ts";

export const ISO_REASONS: Record<string, NormalizedReason> = {
  "04": "suspected_fraud",
  "05": "do_not_honor",
  "07": "suspected_fraud",
  "12": "not_permitted",
  "13": "invalid_request",
  "14": "invalid_card",
  "19": "bank_unavailable",
  "1A": "authentication_required",
  "41": "lost_card",
  "43": "stolen_card",
  "46": "invalid_card",
  "51": "insufficient_funds",
  "54": "expired_card",
  "55": "incorrect_cvc",
  "57": "not_permitted",
  "59": "suspected_fraud",
  "61": "limit_exceeded",
  "62": "not_permitted",
  "65": "limit_exceeded",
  "82": "incorrect_cvc",
  "91": "bank_unavailable",
  "96": "bank_unavailable",
  N7: "incorrect_cvc",
};
