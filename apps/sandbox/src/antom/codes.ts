// What this emulator answers with: result codes and their messages, the issuer's reasons in Antom's card vocabulary
// (docs/providers/antom.md §5.2, JVAULT) and the documented sandbox test cards (§11). Kept local: @paylens/codes is the
// decoder side.
import type { CardBrand, DeclineReason } from "../cards.ts";

export type ResultStatus = "S" | "F" | "U";

export interface AntomResult {
  resultCode: string;
  resultStatus: ResultStatus;
  resultMessage: string;
}

const MESSAGES: Record<string, string> = {
  SUCCESS: "success.",
  PAYMENT_IN_PROCESS: "payment in process",
  PARAM_ILLEGAL: "Illegal parameters. For example, non-numeric input, invalid date.",
  INVALID_SIGNATURE: "The signature is invalid.",
  CLIENT_INVALID: "The client is invalid.",
  NO_INTERFACE_DEF: "API is not defined.",
  METHOD_NOT_SUPPORTED: "The server does not implement the requested HTTP method.",
  REPEAT_REQ_INCONSISTENT: "Repeated requests are inconsistent.",
  ORDER_NOT_EXIST: "order not exist",
  ORDER_STATUS_INVALID: "Order status is invalid.",
  ORDER_IS_CLOSED: "The order is closed.",
  ORDER_IS_CANCELED: "The order is cancelled.",
  RISK_REJECT: "The payment is rejected due to risk control.",
  FRAUD_REJECT: "The payment is rejected as suspected fraud.",
  INVALID_CARD_NUMBER: "The card number is invalid.",
  INVALID_EXPIRATION_DATE: "The expiration date is invalid.",
  INVALID_CVV: "The CVV is invalid.",
  CARD_EXPIRED: "The card is expired.",
  DO_NOT_HONOR: "Do not honor.",
  USER_BALANCE_NOT_ENOUGH: "The user balance is not enough.",
  PAYMENT_AMOUNT_EXCEED_LIMIT: "The payment amount exceeds the limit.",
  RESTRICTED_CARD: "The card is restricted.",
  LOST_CARD: "The card is reported lost.",
  STOLEN_CARD: "The card is reported stolen.",
  PICKUP_CARD: "Pick up card.",
  ACCOUNT_CLOSED: "The account is closed.",
  AUTHENTICATION_REQUIRED: "3D Secure authentication is required.",
  USER_PAYMENT_VERIFICATION_FAILED: "The user failed the payment verification.",
  PROCESS_FAIL: "A general business failure occurred.",
  CAPTURE_AMOUNT_EXCEED_AUTH_LIMIT: "The capture amount exceeds the authorized amount.",
  MULTI_CAPTURE_NOT_SUPPORTED: "Multiple captures are not supported.",
  AUTH_CANCELLED: "The authorization is cancelled.",
  AUTH_EXPIRED: "The authorization is expired.",
  CANCEL_WINDOW_EXCEED: "The cancellation window is exceeded.",
  REFUND_AMOUNT_EXCEED: "The total refund amount exceeds the payment amount.",
};

export function result(
  resultCode: string,
  resultStatus: ResultStatus = resultCode === "SUCCESS" ? "S" : "F",
  message?: string,
): AntomResult {
  return {
    resultCode,
    resultStatus,
    resultMessage: message ?? MESSAGES[resultCode] ?? resultCode.toLowerCase().replace(/_/g, " "),
  };
}

/** A simulated issuer's reason as Antom reports it; reasons Antom has no code for come as PROCESS_FAIL with the raw code. */
export const REASON_CODES: Record<DeclineReason, string> = {
  insufficient_funds: "USER_BALANCE_NOT_ENOUGH",
  do_not_honor: "DO_NOT_HONOR",
  suspected_fraud: "FRAUD_REJECT",
  incorrect_cvc: "INVALID_CVV",
  invalid_card: "INVALID_CARD_NUMBER",
  expired_card: "CARD_EXPIRED",
  not_permitted: "RESTRICTED_CARD",
  limit_exceeded: "PAYMENT_AMOUNT_EXCEED_LIMIT",
  bank_unavailable: "PROCESS_FAIL",
  authentication_required: "AUTHENTICATION_REQUIRED",
  lost_card: "LOST_CARD",
  stolen_card: "STOLEN_CARD",
  pickup_card: "PICKUP_CARD",
  closed_account: "ACCOUNT_CLOSED",
  system_malfunction: "PROCESS_FAIL",
  reenter_transaction: "PROCESS_FAIL",
};

/** ISO 8583 texts for paymentResultInfo.refusalReasonRaw. */
export const ISO_TEXTS: Record<string, string> = {
  "05": "Do not honor",
  "51": "Insufficient funds",
  "59": "Suspected fraud",
  N7: "Decline for CVV2 failure",
  "14": "Invalid card number",
  "54": "Expired card",
  "57": "Transaction not permitted to cardholder",
  "61": "Exceeds withdrawal amount limit",
  "91": "Issuer or switch inoperative",
  "1A": "Additional customer authentication required",
  "41": "Lost card",
  "43": "Stolen card",
  "04": "Pick up card",
  "46": "Closed account",
  "96": "System malfunction",
  "19": "Re-enter transaction",
};

export const ANTOM_BRANDS: Record<CardBrand, string> = {
  visa: "VISA",
  mastercard: "MASTERCARD",
  amex: "AMEX",
  discover: "DISCOVER",
  unknown: "UNKNOWN",
};

export interface AntomTestCard {
  outcome: "approve" | "decline" | "exemption";
  brand: string;
  country: string | null;
}

// §11 (D-CARDTEST). Issuing countries of the "global" cards are not documented: US is an ASSUMPTION.
export const TEST_CARDS: Readonly<Record<string, AntomTestCard>> = {
  "9490220011669217": { outcome: "approve", brand: "HYUNDAI", country: "KR" },
  "4294097400915107": { outcome: "approve", brand: "VISA", country: "BR" },
  "4006055482525268": { outcome: "approve", brand: "VISA", country: "MX" },
  "4600729331819383": { outcome: "approve", brand: "VISA", country: "CL" },
  "4310377720003234": { outcome: "approve", brand: "VISA", country: "PE" },
  "4054695723100768": { outcome: "approve", brand: "VISA", country: "US" },
  "5162774114974622": { outcome: "approve", brand: "MASTERCARD", country: "US" },
  "4054692760174822": { outcome: "decline", brand: "VISA", country: "US" },
  "5162770472561357": { outcome: "decline", brand: "MASTERCARD", country: "US" },
  "4035501000000008": { outcome: "exemption", brand: "VISA", country: "US" },
};

/** §11: a pay of exactly this many minor units fails risk control. */
export const RISK_REJECT_AMOUNT = 11n;
