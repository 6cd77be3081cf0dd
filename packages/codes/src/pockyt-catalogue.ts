// Pockyt (Yuansfer v3) outcomes as data: every ret_code of docs/providers/pockyt.md §6, every transaction status of §7
// (plus the spellings integrations switch on), and the ret_msg wordings that say more than their code. `reason` is our
// reading of each row; it drives RETRYABLE, so keep it deliberate.
import type { NormalizedReason } from "./reasons.ts";

export type PockytLetter = "S" | "F" | "P" | "E";
export type PockytService = "Online payment" | "In-store" | "Query" | "Refund" | "Gateway";

interface RowTexts {
  letter: PockytLetter;
  message: string; // for ops
  friendlyMessage: string; // for the shopper
  reason: NormalizedReason | null; // null for successes and pendings
  source: string; // where the row comes from (the tags of docs/providers/pockyt.md §0)
}

export type PockytCatalogueRow =
  | ({ kind: "ret_code"; key: string } & RowTexts)
  | ({ kind: "status"; key: string } & RowTexts)
  /** A ret_msg wording that refines an error ret_code ("*": any error code). */
  | ({ kind: "ret_msg"; key: string; retCode: string; pattern: RegExp } & RowTexts);

const TRY_LATER = "Something went wrong at the payment provider. Please try again later.";
const CONTACT_MERCHANT = "The payment could not be started. Please contact the merchant.";
const FAILED = "The payment failed. Please try again or choose another payment method.";
const EXPIRED = "The payment session has expired. Please place the order again.";
const WAITING = "Waiting for your payment.";
const PROCESSING = "Your payment is being processed. Please wait.";

export const POCKYT_CATALOGUE: readonly PockytCatalogueRow[] = [
  // §6 ret_code: the request's fate. 000100 is the only success; every other code means nothing was done.
  {
    kind: "ret_code",
    key: "000000",
    letter: "E",
    message: "System error (000000).",
    friendlyMessage: TRY_LATER,
    reason: "provider_error",
    source: "YD-notes; PD response-codes",
  },
  {
    kind: "ret_code",
    key: "000010",
    letter: "E",
    message: "API version error (000010): the endpoint's version is wrong or retired.",
    friendlyMessage: CONTACT_MERCHANT,
    reason: "invalid_request",
    source: "YD-notes",
  },
  {
    kind: "ret_code",
    key: "000020",
    letter: "E",
    message: "Parameter null error (000020): a required parameter is missing.",
    friendlyMessage: CONTACT_MERCHANT,
    reason: "invalid_request",
    source: "YD-notes; PD response-codes",
  },
  {
    kind: "ret_code",
    key: "000021",
    letter: "E",
    message:
      "Parameter no related information (000021): a parameter matches no record (an unknown transactionNo or reference).",
    friendlyMessage: CONTACT_MERCHANT,
    reason: "invalid_request",
    source: "YD-notes; PD response-codes",
  },
  {
    kind: "ret_code",
    key: "000022",
    letter: "E",
    message:
      "Parameters do not match (000022): the submitted parameters conflict with each other or with the transaction.",
    friendlyMessage: CONTACT_MERCHANT,
    reason: "invalid_request",
    source: "YD-notes; PD response-codes",
  },
  {
    kind: "ret_code",
    key: "000023",
    letter: "E",
    message: "Parameter value error (000023): a parameter has an invalid value or format.",
    friendlyMessage: CONTACT_MERCHANT,
    reason: "invalid_request",
    source: "YD-notes; PD response-codes",
  },
  {
    kind: "ret_code",
    key: "000030",
    letter: "E",
    message: "No rights / access denied (000030): this merchantNo and storeNo may not use the API.",
    friendlyMessage: CONTACT_MERCHANT,
    reason: "not_permitted",
    source: "YD-notes; PD response-codes",
  },
  {
    kind: "ret_code",
    key: "000040",
    letter: "E",
    message: "Transaction status error (000040): the transaction's status does not allow this operation.",
    friendlyMessage: CONTACT_MERCHANT,
    reason: "invalid_request",
    source: "YD-notes; PD response-codes",
  },
  {
    kind: "ret_code",
    key: "000080",
    letter: "E",
    message: "Supplier system's error (000080): the upstream wallet or processor failed.",
    friendlyMessage: TRY_LATER,
    reason: "bank_unavailable",
    source: "YD-notes; PD response-codes",
  },
  {
    kind: "ret_code",
    key: "000100",
    letter: "S",
    message: "Success (000100): the request was accepted.",
    friendlyMessage: "The request was accepted.",
    reason: null,
    source: "YD-notes; PD response-codes",
  },

  // Wordings that refine a code. The docs' own signature-error example is 000000 "data error : verifySign".
  {
    kind: "ret_msg",
    key: "verifySign",
    retCode: "000000",
    pattern: /verify\s*sign/i,
    letter: "E",
    message:
      'Signature error (000000 "data error : verifySign"): verifySign does not match the parameters and the API token.',
    friendlyMessage: CONTACT_MERCHANT,
    reason: "invalid_request",
    source: "GB-4073346130",
  },
  {
    kind: "ret_msg",
    key: "duplicate",
    retCode: "*",
    pattern: /duplicat|already (been )?(used|exist)|repeat/i,
    letter: "E",
    message: "Duplicate: the reference or refundReference was used before.",
    friendlyMessage: "This order was already submitted. Please check its status with the merchant.",
    reason: "duplicate",
    source: "docs/providers/pockyt.md §11.7 (codes undocumented)",
  },
  {
    kind: "ret_msg",
    key: "not supported",
    retCode: "*",
    pattern: /not (be )?support/i,
    letter: "E",
    message: "Not supported: the vendor does not take this currency, settlement currency or terminal.",
    friendlyMessage: "This payment method is not available for this order. Please choose another one.",
    reason: "unsupported",
    source: "docs/providers/pockyt.md §5 (PHP validateCurrency)",
  },
  {
    kind: "ret_msg",
    key: "balance",
    retCode: "000040",
    pattern: /balance/i,
    letter: "E",
    message: "Account balance is not sufficient (000040, payouts).",
    friendlyMessage: TRY_LATER,
    reason: "insufficient_funds",
    source: "PD payouts-apis/errors-and-status-codes",
  },

  // §7 transaction statuses: what happened to the payment once the request was accepted.
  {
    kind: "status",
    key: "init",
    letter: "P",
    message: "init: created, not yet sent to the payment channel (a hosted checkout waits for the shopper).",
    friendlyMessage: WAITING,
    reason: null,
    source: "YD-notes",
  },
  {
    kind: "status",
    key: "dealing",
    letter: "P",
    message: "dealing: the payment channel is processing the transaction.",
    friendlyMessage: PROCESSING,
    reason: null,
    source: "YD-notes",
  },
  {
    kind: "status",
    key: "processing",
    letter: "P",
    message: "processing: being processed (not in Pockyt's table; read like dealing).",
    friendlyMessage: PROCESSING,
    reason: null,
    source: "inference",
  },
  {
    kind: "status",
    key: "pending",
    letter: "P",
    message: "pending: waiting for the shopper to confirm the payment in the wallet.",
    friendlyMessage: "Please confirm the payment in your wallet app.",
    reason: null,
    source: "YD-notes; seed",
  },
  {
    kind: "status",
    key: "success",
    letter: "S",
    message: "success: the payment (or refund) is complete.",
    friendlyMessage: "Payment successful.",
    reason: null,
    source: "YD-notes",
  },
  {
    kind: "status",
    key: "failed",
    letter: "F",
    message: "failed: the payment channel did not complete the payment (Pockyt gives no reason).",
    friendlyMessage: FAILED,
    reason: "unknown",
    source: "YD-notes",
  },
  {
    kind: "status",
    key: "fail",
    letter: "F",
    message: "fail: failed (the spelling WooCommerce's IPN handler switches on).",
    friendlyMessage: FAILED,
    reason: "unknown",
    source: "WOO webhook handler",
  },
  // "The customer didn't continue … automatically closed after a certain time": an abandoned, unpaid session.
  {
    kind: "status",
    key: "closed",
    letter: "F",
    message:
      "closed: the payment was set up but the shopper did not continue; it closed unpaid after its timeout (or on a cancel).",
    friendlyMessage: EXPIRED,
    reason: "expired",
    source: "YD-notes",
  },
  {
    kind: "status",
    key: "expired",
    letter: "F",
    message: "expired: the session timed out unpaid (not in Pockyt's table; read like closed).",
    friendlyMessage: EXPIRED,
    reason: "expired",
    source: "inference",
  },
  // No merchant-cancel reason exists; an order cancelled before fulfilment reads closest to the shopper cancelling.
  {
    kind: "status",
    key: "reversed",
    letter: "F",
    message:
      "reversed: the payment was reversed through the cancel API (order cancelled); any paid amount goes back to the shopper.",
    friendlyMessage: "The payment was cancelled.",
    reason: "customer_cancelled",
    source: "WOO webhook handler; GB-4535674573",
  },
];
