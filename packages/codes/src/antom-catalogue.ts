// Every Antom (AMS) result code in docs/providers/antom.md §5, one row each. Antom publishes no complete per-API table,
// so the texts are ours, written from the doc's notes; `status` is the documented resultStatus letter. `letter` is our
// reading: S success, P in process, F a decline of the payment itself (issuer, user, risk), E a refusal of the request
// by the gateway (signature, parameters, contract, order state, system trouble). `reason` drives RETRYABLE, so keep it
// deliberate.
import type { NormalizedReason } from "./reasons.ts";

export type AntomStatus = "S" | "F" | "U";
export type AntomLetter = "S" | "F" | "P" | "E";
export type AntomService = "Gateway" | "Payment" | "Capture" | "Cancel" | "Refund" | "3-D Secure";

export interface AntomCatalogueRow {
  code: string;
  status: AntomStatus;
  letter: AntomLetter;
  /** The API family the code belongs to; null for codes every API answers with (SUCCESS, ORDER_*): the caller names it. */
  service: AntomService | null;
  message: string; // for ops
  friendlyMessage: string; // for the customer
  reason: NormalizedReason | null; // null for S and P rows: nothing was declined
  source: string; // docs/providers/antom.md section (and its source key) the code comes from
}

type Row = AntomCatalogueRow;

const CONTACT = "The payment could not be processed. Please contact the merchant.";
const TRY_LATER = "The payment service is busy. Please try again in a moment.";
const OTHER_CARD = "Your card was declined. Please use another card or contact your bank.";

function row(
  code: string,
  status: AntomStatus,
  letter: AntomLetter,
  service: AntomService | null,
  reason: NormalizedReason | null,
  message: string,
  friendlyMessage: string,
  source: string,
): Row {
  return { code, status, letter, service, message, friendlyMessage, reason, source };
}

/** A refusal of the request by the gateway: nothing happened at the issuer. */
const refused = (
  code: string,
  service: AntomService | null,
  reason: NormalizedReason,
  message: string,
  friendly: string,
  source: string,
  status: AntomStatus = "F",
): Row => row(code, status, "E", service, reason, message, friendly, source);

/** A decline of the payment (or action) itself. */
const declined = (
  code: string,
  service: AntomService,
  reason: NormalizedReason,
  message: string,
  friendly: string,
  source: string,
): Row => row(code, "F", "F", service, reason, message, friendly, source);

const inProcess = (code: string, service: AntomService, message: string, friendly: string, source: string): Row =>
  row(code, "U", "P", service, null, message, friendly, source);

export const ANTOM_CATALOGUE: readonly AntomCatalogueRow[] = [
  row(
    "SUCCESS",
    "S",
    "S",
    null,
    null,
    "Success: the call reached its final successful state.",
    "The payment was successful.",
    "§5.1",
  ),

  // §5.1 Common / gateway-level codes.
  refused(
    "ACCESS_DENIED",
    "Gateway",
    "not_permitted",
    "Access denied: this client may not call the API or act on this order. Check the contract with Antom.",
    CONTACT,
    "§5.1 [3P-RUST, D-RN, JVAULT]",
  ),
  refused(
    "INVALID_SIGNATURE",
    "Gateway",
    "invalid_request",
    "The request signature does not verify: check the merchant private key, the signed path, request-time and the exact body bytes.",
    CONTACT,
    "§5.1 [D-INVSIG]",
  ),
  refused(
    "SIGNATURE_INVALID",
    "Gateway",
    "invalid_request",
    "The request signature does not verify (older spelling of INVALID_SIGNATURE).",
    CONTACT,
    "§5.3 (Alipay capture spec, low confidence)",
  ),
  refused(
    "CLIENT_INVALID",
    "Gateway",
    "invalid_request",
    "The client is invalid: check the client-id header.",
    CONTACT,
    "§5.1 [D-CANCEL zh-cn]",
  ),
  refused(
    "INVALID_CLIENT",
    "Gateway",
    "invalid_request",
    "The client is invalid: check the client-id header (Alipay+ spelling of CLIENT_INVALID).",
    CONTACT,
    "§5.1 [3P-ACQP]",
  ),
  refused(
    "KEY_NOT_FOUND",
    "Gateway",
    "invalid_request",
    "No public key is registered for this client id and key version: upload the merchant public key in the Antom Dashboard.",
    CONTACT,
    "§5.1 [3P-RUST, 3P-ACQP]",
  ),
  refused(
    "NO_INTERFACE_DEF",
    "Gateway",
    "invalid_request",
    "The API is not defined: check the request path.",
    CONTACT,
    "§5.1 [3P-RUST, 3P-ACQP]",
  ),
  refused(
    "INVALID_API",
    "Gateway",
    "invalid_request",
    "The API is invalid for this client or product.",
    CONTACT,
    "§5.2 [D-RN]",
  ),
  refused(
    "METHOD_NOT_SUPPORTED",
    "Gateway",
    "invalid_request",
    "The HTTP method is not supported: every Antom API is a POST.",
    CONTACT,
    "§5.1 [3P-ACQP]",
  ),
  refused(
    "MEDIA_TYPE_NOT_ACCEPTABLE",
    "Gateway",
    "invalid_request",
    "The media type is not acceptable: send application/json.",
    CONTACT,
    "§5.1 [3P-ACQP]",
  ),
  refused(
    "PARAM_ILLEGAL",
    "Gateway",
    "invalid_request",
    "A required parameter is missing or a parameter is illegal: check the request against the API reference.",
    CONTACT,
    "§5.1 [3P-RUST, 3P-ACQP]",
  ),
  refused(
    "INVALID_ACCESS_TOKEN",
    "Gateway",
    "invalid_request",
    "The access token is expired, revoked or does not exist.",
    CONTACT,
    "§5.2, §5.5 [D-RN]",
  ),
  refused(
    "PROCESS_FAIL",
    "Gateway",
    "provider_error",
    "General business failure at Antom (also used for card declines Antom cannot map): do not retry the same request; query the payment.",
    CONTACT,
    "§5.1 [3P-ACQP, JVAULT]",
  ),
  refused(
    "REPEAT_REQ_INCONSISTENT",
    "Gateway",
    "duplicate",
    "The request id was used before with different key parameters (amount, currency, payment method): use a new request id.",
    CONTACT,
    "§5.1, §7 [D-IDEM]",
  ),
  refused(
    "SYSTEM_ERROR",
    "Gateway",
    "provider_error",
    "Antom system error: query the transaction before retrying.",
    TRY_LATER,
    "§5.1 [3P-RUST]",
  ),
  refused(
    "REQUEST_TRAFFIC_EXCEED_LIMIT",
    "Gateway",
    "provider_error",
    "Request rate above the limit: back off and retry the same request.",
    TRY_LATER,
    "§5.1 [3P-ACQP, 3P-RUST]",
    "U",
  ),
  refused(
    "UNKNOWN_EXCEPTION",
    "Gateway",
    "provider_error",
    "The API failed for an unknown reason: retry the same request (same request id) or query the result.",
    TRY_LATER,
    "§5.1 [AMS-MOCK upcp_u.json]",
    "U",
  ),

  // Order-state codes every API answers with: the caller names the API family.
  refused(
    "ORDER_NOT_EXIST",
    null,
    "invalid_request",
    "The order does not exist: check paymentId / paymentRequestId.",
    CONTACT,
    "§4.6, §5.4, §5.5 [D-CANCEL, AMS-MOCK]",
  ),
  refused(
    "ORDER_STATUS_INVALID",
    null,
    "invalid_request",
    "The order's status does not allow this action (for example the payment did not succeed).",
    CONTACT,
    "§5.2, §5.4, §5.5 [D-RN]",
  ),
  refused(
    "ORDER_IS_CANCELED",
    null,
    "invalid_request",
    "The order was cancelled: no further action is possible on it.",
    CONTACT,
    "§5.2, §5.5 [D-RN]",
  ),
  declined(
    "ORDER_IS_CLOSED",
    "Payment",
    "expired",
    "The order is closed: the payment expired before it was completed. Start a new payment with a new paymentRequestId.",
    "The payment session expired. Please try again.",
    "§5.2, §5.5 [D-RN]",
  ),

  // §5.2 pay: request and merchant set-up.
  refused(
    "INVALID_CONTRACT",
    "Payment",
    "not_permitted",
    "The merchant contract does not cover this payment (product, method or currency).",
    CONTACT,
    "§5.2 [D-RN]",
  ),
  refused(
    "INVALID_MERCHANT_STATUS",
    "Payment",
    "not_permitted",
    "The merchant's status at Antom does not allow payments or refunds.",
    CONTACT,
    "§5.2, §5.5 [D-RN]",
  ),
  refused(
    "MERCHANT_KYB_NOT_QUALIFIED",
    "Payment",
    "not_permitted",
    "The merchant has not passed KYB for this product.",
    CONTACT,
    "§5.2 [D-RN]",
  ),
  refused(
    "MERCHANT_NOT_REGISTERED",
    "Payment",
    "not_permitted",
    "The merchant is not registered for this payment method.",
    CONTACT,
    "§5.2 [D-RN]",
  ),
  refused(
    "SETTLE_CONTRACT_NOT_MATCH",
    "Payment",
    "invalid_request",
    "No settlement contract matches: send settlementStrategy.settlementCurrency.",
    CONTACT,
    "§5.2 [D-RN]",
  ),
  refused(
    "CURRENCY_NOT_SUPPORT",
    "Payment",
    "unsupported",
    "The currency is not supported for this merchant or payment method.",
    "This currency is not supported. Please choose another one or contact the merchant.",
    "§5.2 [D-RN]",
  ),
  refused(
    "NO_PAY_OPTIONS",
    "Payment",
    "unsupported",
    "No payment option is available for this request.",
    "No payment method is available for this order. Please contact the merchant.",
    "§5.2 [D-RN]",
  ),
  refused(
    "INVALID_PAYMENT_METHOD_META_DATA",
    "Payment",
    "invalid_request",
    "paymentMethodMetaData is invalid (card fields, billing address, 3DS flags).",
    "Some payment details are invalid. Please check them and try again.",
    "§5.2 [D-RN]",
  ),
  refused(
    "INVALID_AMOUNT",
    "Payment",
    "invalid_request",
    "The amount is invalid (not a positive integer of minor units, or not rounded as the currency requires).",
    CONTACT,
    "§5.2 [D-RN Dec 2023]",
  ),
  refused(
    "PAYMENT_NOT_QUALIFIED",
    "Payment",
    "not_permitted",
    "The payment does not qualify for this product or method.",
    CONTACT,
    "§5.2 [D-RN]",
  ),
  refused(
    "SELECTED_CARD_BRAND_NOT_AVAILABLE",
    "Payment",
    "unsupported",
    "The selected card brand is not available to this merchant.",
    "This card brand is not accepted here. Please use another card.",
    "§5.2 [D-RN]",
  ),
  refused(
    "PAYMENT_METHOD_NOT_SUPPORTED",
    "Refund",
    "unsupported",
    "The payment method does not support this action (renamed Sep 2022).",
    CONTACT,
    "§5.5 [D-RN]",
  ),
  inProcess(
    "PAYMENT_IN_PROCESS",
    "Payment",
    "Payment in process: redirect the shopper to normalUrl and wait for notifyPayment, or query.",
    "Your payment is being processed. Please complete the verification if asked.",
    "§5.2 [JLEG]",
  ),

  // §5.2 pay: user and wallet.
  declined(
    "USER_BALANCE_NOT_ENOUGH",
    "Payment",
    "insufficient_funds",
    "Insufficient funds on the card or wallet.",
    "Insufficient funds. Please check your balance or use another payment method.",
    "§5.2 [D-RN, JVAULT]",
  ),
  declined(
    "USER_AMOUNT_EXCEED_LIMIT",
    "Payment",
    "limit_exceeded",
    "The amount exceeds the user's limit.",
    "The amount exceeds your limit. Please contact your bank or use another payment method.",
    "§5.2 [D-RN]",
  ),
  declined(
    "PAYMENT_AMOUNT_EXCEED_LIMIT",
    "Payment",
    "limit_exceeded",
    "The payment amount exceeds a limit (issuer, method or merchant).",
    "The amount exceeds the allowed limit. Please use another payment method.",
    "§5.2 [D-RN, JVAULT]",
  ),
  declined(
    "PAYMENT_COUNT_EXCEED_LIMIT",
    "Payment",
    "limit_exceeded",
    "Too many payments: a frequency limit was reached.",
    "Too many payments in a short time. Please try again later.",
    "§5.2 [D-RN, JVAULT]",
  ),
  declined(
    "USER_KYC_NOT_QUALIFIED",
    "Payment",
    "not_permitted",
    "The user has not passed KYC at the wallet.",
    "Your account cannot make this payment. Please contact your payment provider.",
    "§5.2 [D-RN Jul 2021]",
  ),
  declined(
    "USER_NOT_EXIST",
    "Payment",
    "invalid_card",
    "The user (wallet account) does not exist.",
    "The account was not found. Please check your details or use another payment method.",
    "§5.2 [D-RN]",
  ),
  declined(
    "USER_STATUS_ABNORMAL",
    "Payment",
    "not_permitted",
    "The user's account status is abnormal (frozen or restricted).",
    "Your account cannot make payments right now. Please contact your payment provider.",
    "§5.2 [D-RN]",
  ),
  declined(
    "EXPIRED_CODE",
    "Payment",
    "expired",
    "The payment code (QR / barcode) has expired.",
    "The payment code has expired. Please refresh it and try again.",
    "§5.2 [D-RN]",
  ),
  declined(
    "INVALID_PAYMENT_CODE",
    "Payment",
    "invalid_card",
    "The payment code (QR / barcode) is invalid.",
    "The payment code is invalid. Please refresh it and try again.",
    "§5.2 [D-RN]",
  ),
  declined(
    "INCORRECT_BLIKCODE",
    "Payment",
    "authentication_failed",
    "The BLIK code is incorrect.",
    "The BLIK code is incorrect. Please generate a new one and try again.",
    "§5.2 [D-RN]",
  ),
  declined(
    "PAYMENT_PROHIBITED",
    "Payment",
    "not_permitted",
    "The payment is prohibited (scheme, issuer or regulatory rule).",
    "This payment is not allowed. Please use another payment method.",
    "§5.2 [D-RN]",
  ),

  // §5.2 risk.
  declined(
    "RISK_REJECT",
    "Payment",
    "risk_decline",
    "Rejected by Antom's risk control.",
    "The payment was declined for security reasons. Please use another payment method.",
    "§5.2 [D-RN], §11",
  ),
  declined(
    "FRAUD_REJECT",
    "Payment",
    "suspected_fraud",
    "Rejected as suspected fraud; if the user already paid, the money is refunded.",
    "The payment was declined for security reasons. Please contact your bank.",
    "§5.2 [D-RN Nov 2022, JVAULT]",
  ),
  declined(
    "SUSPECTED_RISK",
    "Payment",
    "risk_decline",
    "Suspected risk (notifyPayment / inquiryPayment only).",
    "The payment was declined for security reasons. Please use another payment method.",
    "§5.2 [D-RN Nov 2022]",
  ),

  // §5.2 card declines (the card vocabulary of JVAULT).
  declined(
    "CARD_NOT_SUPPORTED",
    "Payment",
    "unsupported",
    "The card is not supported (brand, type or issuing country).",
    "This card is not accepted. Please use another card.",
    "§5.2 [D-RN, JVAULT]",
  ),
  declined(
    "INVALID_CARD_NUMBER",
    "Payment",
    "invalid_card",
    "The card number is invalid.",
    "The card number is invalid. Please check it and try again.",
    "§5.2 [D-RN, JVAULT]",
  ),
  declined(
    "INVALID_EXPIRATION_DATE",
    "Payment",
    "invalid_card",
    "The expiry date is invalid (for example month 13).",
    "The expiry date is invalid. Please check it and try again.",
    "§5.2 [D-RN, JVAULT], §11",
  ),
  declined(
    "INVALID_CVV",
    "Payment",
    "incorrect_cvc",
    "The CVV is invalid or does not match.",
    "The security code is incorrect. Please check it and try again.",
    "§5.2 [JVAULT], §11",
  ),
  declined(
    "CARD_EXPIRED",
    "Payment",
    "expired_card",
    "The card has expired.",
    "Your card has expired. Please use another card.",
    "§5.2 [JVAULT]",
  ),
  declined(
    "DO_NOT_HONOR",
    "Payment",
    "do_not_honor",
    "Do not honor: the issuer declined without a reason.",
    OTHER_CARD,
    "§5.2 [D-RN Oct 2023, JVAULT]",
  ),
  declined(
    "ACCOUNT_CLOSED",
    "Payment",
    "invalid_card",
    "The card account is closed.",
    "This card can no longer be used. Please use another card.",
    "§5.2 [JVAULT]",
  ),
  declined(
    "BLOCKED_FIRST_USED",
    "Payment",
    "not_permitted",
    "The card is blocked until first used or activated.",
    "Your card is not activated. Please contact your bank.",
    "§5.2 [JVAULT]",
  ),
  declined("LOST_CARD", "Payment", "lost_card", "The card was reported lost.", OTHER_CARD, "§5.2 [JVAULT]"),
  declined("STOLEN_CARD", "Payment", "stolen_card", "The card was reported stolen.", OTHER_CARD, "§5.2 [JVAULT]"),
  declined(
    "PICKUP_CARD",
    "Payment",
    "suspected_fraud",
    "Pick up card: the issuer asks to retain the card.",
    OTHER_CARD,
    "§5.2 [JVAULT]",
  ),
  declined(
    "NO_SELECTED_ACCOUNT",
    "Payment",
    "invalid_card",
    "The card has no account of the selected type.",
    OTHER_CARD,
    "§5.2 [JVAULT]",
  ),
  declined(
    "POLICY",
    "Payment",
    "not_permitted",
    "Declined by an issuer or scheme policy.",
    OTHER_CARD,
    "§5.2 [JVAULT]",
  ),
  declined(
    "RESTRICTED_CARD",
    "Payment",
    "not_permitted",
    "The card is restricted for this kind of payment (country, merchant category, online use).",
    OTHER_CARD,
    "§5.2 [JVAULT]",
  ),

  // §5.6 3-D Secure and payment verification.
  declined(
    "AUTHENTICATION_REQUIRED",
    "3-D Secure",
    "authentication_required",
    "Soft decline: the issuer requires 3-D Secure. Retry with is3DSAuthentication=true.",
    "Your bank requires additional verification. Please try again.",
    "§5.2, §5.6 [D-RN, 3P-RUST]",
  ),
  declined(
    "USER_PAYMENT_VERIFICATION_FAILED",
    "3-D Secure",
    "authentication_failed",
    "The shopper failed the payment verification (3-D Secure challenge or wallet verification).",
    "Verification failed. Please try again or use another card.",
    "§5.2 [D-RN, JVAULT]",
  ),
  declined(
    "VERIFY_TIMES_EXCEED_LIMIT",
    "3-D Secure",
    "authentication_failed",
    "Too many failed verification attempts.",
    "Too many verification attempts. Please try again later.",
    "§5.2 [D-RN, JVAULT]",
  ),
  declined(
    "VERIFY_UNMATCHED",
    "3-D Secure",
    "authentication_failed",
    "The verification data does not match.",
    "Verification failed. Please check your details and try again.",
    "§5.2 [D-RN]",
  ),
  inProcess(
    "VERIFICATION_IN_PROCESS",
    "3-D Secure",
    "Verification in process: wait for the final result.",
    "Your payment is being verified. Please wait.",
    "§5.2 [JVAULT]",
  ),

  // §5.3 capture (most rows from a sibling Alipay spec: low confidence for Antom).
  refused(
    "MULTI_CAPTURE_NOT_SUPPORTED",
    "Capture",
    "unsupported",
    "Multiple captures are not in the contract: capture once per authorization.",
    CONTACT,
    "§5.3 [D-RN Oct 2022]",
  ),
  inProcess(
    "CAPTURE_IN_PROCESS",
    "Capture",
    "Capture in process: wait for notifyCapture or query.",
    "Your payment is being processed. Please wait.",
    "§5.3 (Alipay capture spec)",
  ),
  refused(
    "CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT",
    "Capture",
    "invalid_request",
    "The capture amount exceeds what remains of the authorization.",
    CONTACT,
    "§5.3 (Alipay capture spec)",
  ),
  refused(
    "AUTH_CANCELLED",
    "Capture",
    "invalid_request",
    "The authorization was cancelled: nothing to capture.",
    CONTACT,
    "§5.3 (Alipay capture spec)",
  ),
  refused(
    "AUTH_EXPIRED",
    "Capture",
    "expired",
    "The authorization expired (past authExpiryTime): authorize again.",
    CONTACT,
    "§5.3 (Alipay capture spec)",
  ),
  refused(
    "AUTH_NOT_FOUND",
    "Capture",
    "invalid_request",
    "No authorization was found for this paymentId.",
    CONTACT,
    "§5.3 (Alipay capture spec)",
  ),

  // §5.4 cancel.
  refused(
    "CANCEL_WINDOW_EXCEED",
    "Cancel",
    "not_permitted",
    "Outside the contracted cancel window (cards: 7 days, never after capture): refund instead.",
    CONTACT,
    "§5.4 [D-CANCEL]",
  ),

  // §5.5 refund.
  inProcess(
    "REFUND_IN_PROCESS",
    "Refund",
    "Refund accepted and processing: wait for notifyRefund or query inquiryRefund.",
    "Your refund is being processed.",
    "§5.5 [D-RN, D-REFUND]",
  ),
  refused(
    "REFUND_AMOUNT_EXCEED",
    "Refund",
    "invalid_request",
    "The refunds would exceed the amount paid: fix the amount.",
    CONTACT,
    "§5.5 [D-RN, D-REFUND]",
  ),
  refused(
    "REFUND_WINDOW_EXCEED",
    "Refund",
    "not_permitted",
    "Outside the contracted refund window.",
    CONTACT,
    "§5.5 [D-RN, D-REFUND]",
  ),
  refused(
    "REFUND_NOT_SUPPORTED",
    "Refund",
    "unsupported",
    "The payment method does not support refunds.",
    CONTACT,
    "§5.5 [D-RN]",
  ),
  refused(
    "PARTIAL_REFUND_NOT_SUPPORTED",
    "Refund",
    "unsupported",
    "The payment method does not support partial refunds.",
    CONTACT,
    "§5.5 [D-RN]",
  ),
  refused(
    "MULTIPLE_REFUNDS_NOT_SUPPORTED",
    "Refund",
    "unsupported",
    "The payment method allows only one refund.",
    CONTACT,
    "§5.5 [D-RN]",
  ),
  refused(
    "MERCHANT_BALANCE_NOT_ENOUGH",
    "Refund",
    "insufficient_funds",
    "The merchant's balance at Antom cannot fund the refund: top it up and retry.",
    CONTACT,
    "§5.5 [D-RN]",
  ),
];
