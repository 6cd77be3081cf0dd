// The v3 processing codes this emulator emits, with their texts from docs/providers/begateway.md §4 (kept local:
// @paylens/codes is the decoder side).
import type { DeclineReason, ThreeDsResult } from "../cards.ts";

export interface CodeText {
  message: string;
  friendly: string;
}

const same = (text: string): CodeText => ({ message: text, friendly: text });

export const CODES: Readonly<Record<string, CodeText>> = {
  "S.0000": { message: "Transaction is successful.", friendly: "The transaction is successfully processed." },
  "P.9998": { message: "Incomplete transaction.", friendly: "Incomplete transaction" },
  "F.0104": {
    message: "Not allowed. Use another transaction type or contact the payment service provider for details.",
    friendly:
      "Not allowed. Failed to complete the transaction. Contact the merchant for details or use another payment method.",
  },
  "F.0105": {
    message: "Do not honor. Contact the payment service provider for details.",
    friendly: "Do not honor. Failed to complete the transaction. Contact the merchant for details.",
  },
  "F.0108": {
    message:
      "Duplicate transaction or order. Check the status of the original transaction or order. Contact the payment service provider for details.",
    friendly:
      "Duplicate order. Failed to complete the transaction. Contact the merchant for the status of the original order.",
  },
  "F.0111": {
    message: "Card expired. Ask the customer to use a valid card.",
    friendly: "Card expired. Failed to complete the transaction. Use a valid card.",
  },
  "F.0112": {
    message: "CVV verification failed. Ask the customer to enter the valid card CVV.",
    friendly: "CVV verification failed. Failed to complete the transaction. Enter a valid CVV indicated on your card.",
  },
  "F.0114": {
    message: "Insufficient funds. Check the account balance or contact the payment service provider for details.",
    friendly: "Insufficient funds. Failed to complete the transaction. Check the account balance.",
  },
  "F.0116": {
    message:
      "Issuer error. Potential fraud. The means of payment might be stolen or lost. Check your customer details.",
    friendly:
      "Payment details error. Failed to complete the transaction. Contact the merchant or the card-issuing bank for details. The bank's phone number is indicated on the back of your card.",
  },
  "F.0117": {
    message: "Temporary provider system error. Contact the payment service provider for details.",
    friendly:
      "Provider system error. Failed to complete the transaction. Try again later or contact the merchant for details.",
  },
  "F.0119": {
    message: "Temporary provider system error. Contact the card-issuing bank for details.",
    friendly:
      "Provider system error. Failed to complete the transaction. Try again later or contact the bank that issued your card for details. The bank's phone number is indicated on the back of your card.",
  },
  "F.0120": {
    message: "Provider system error. Contact the card-issuing bank for details.",
    friendly:
      "Provider system error. Failed to complete the transaction. Use another payment method or contact the bank that issued your card for details. The bank's phone number is indicated on the back of your card.",
  },
  "F.0124": {
    message:
      "Transaction amount or the number of transactions exceeds the issuer's limits. Check the transaction amount or the number of transactions. Ask the customer to contact the card-issuing bank.",
    friendly:
      "Transaction amount or the number of transactions exceeds the limits. Failed to complete the transaction. Contact the merchant or the bank that issued your card for details. The bank's phone number is indicated on the back of your card.",
  },
  "F.0127": {
    message:
      "Invalid card data. Ask the customer to check the card data. Contact the payment service provider for details.",
    friendly: "Invalid card data. Failed to complete the transaction. Check your card details or use another card.",
  },
  "F.0998": same(
    "Transaction failed. The transaction was automatically completed by the provider's system. No further action is required.",
  ),
  "F.0999": {
    message: "Failed to complete the transaction. Contact the payment service provider.",
    friendly: "Failed to complete the transaction. Contact the merchant for details.",
  },
  "F.4001": {
    message: "Card authentication failed, and the transaction cannot be completed.",
    friendly: "Card authentication failed. Please double check that you have entered your card details correctly.",
  },
  "F.4005": {
    message: "Authentication could not be completed due to an unexpected technical issue.",
    friendly:
      "Authentication could not be completed due to an unexpected technical issue. Please try later or contact tech support.",
  },
  "F.4012": {
    message: "Redirect to pass 3-D Secure 2.0 verification.",
    friendly: "Redirect to pass 3-D Secure verification.",
  },
  "F.4013": {
    message: "Card authentication failed.",
    friendly: "Card authentication failed. Please double-check that you've entered your card details correctly.",
  },
  "F.4022": {
    message: "Stolen card.",
    friendly: "Card authentication failed. Please contact your card issuer for assistance.",
  },
  "E.1002": {
    message: "Request URL not found. Contact the payment service provider for details.",
    friendly: "Request URL not found. Contact the merchant for details.",
  },
  "E.1017": {
    message: "Request section missing. Check request parameters.",
    friendly: "Request section missing. Contact the merchant for details.",
  },
  "E.1021": {
    message:
      "Authorization error. Check the authorization request parameters or contact the payment service provider for details.",
    friendly: "Authorization error. Contact the merchant for details.",
  },
  "E.1024": {
    message: "MIME type not supported. Set 'Content-type' header to 'application/ json'.",
    friendly: "MIME type not supported. Contact the merchant for details.",
  },
  // The RB spec's live reply shows the short friendly text; the message is replaced by the field errors.
  "E.1025": { message: "Invalid request parameters.", friendly: "Invalid request params" },
  "E.1026": {
    message: "Invalid JSON. Check the request parameters.",
    friendly: "Invalid JSON. Contact the merchant for details.",
  },
};

const UNKNOWN: CodeText = same("Transaction was declined.");

export function codeText(code: string): CodeText {
  return CODES[code] ?? UNKNOWN;
}

/** v3 letter -> v2 status (D-v3): S successful, F failed, P incomplete, E error. */
export function statusOfCode(code: string): "successful" | "failed" | "incomplete" | "error" {
  switch (code.charAt(0)) {
    case "S":
      return "successful";
    case "P":
      return "incomplete";
    case "E":
      return "error";
    default:
      return "failed";
  }
}

export function isValidCode(code: string): boolean {
  return /^[SFPE]\.\d{4}$/.test(code);
}

/** Issuer decline -> v3 code; several reasons share a code because beGateway's table is coarser than ISO-8583. */
export const REASON_CODES: Readonly<Record<DeclineReason, string>> = {
  insufficient_funds: "F.0114",
  do_not_honor: "F.0105",
  suspected_fraud: "F.0116",
  incorrect_cvc: "F.0112",
  invalid_card: "F.0127",
  expired_card: "F.0111",
  not_permitted: "F.0104",
  limit_exceeded: "F.0124",
  bank_unavailable: "F.0119",
  authentication_required: "F.4012",
  lost_card: "F.0116",
  stolen_card: "F.4022",
  pickup_card: "F.0116",
  closed_account: "F.0104",
  system_malfunction: "F.0120",
  reenter_transaction: "F.0117",
};

/** ISO-8583 response code reported as bank_code for a forced or derived v3 code. */
export function bankCodeOf(code: string): string | null {
  const byCode: Record<string, string> = {
    "S.0000": "00",
    "F.0104": "57",
    "F.0105": "05",
    "F.0108": "94",
    "F.0111": "54",
    "F.0112": "N7",
    "F.0114": "51",
    "F.0116": "59",
    "F.0117": "19",
    "F.0119": "91",
    "F.0120": "96",
    "F.0124": "61",
    "F.0127": "14",
    "F.4022": "43",
  };
  return byCode[code] ?? null;
}

/** 3-DS results that fail the payment, and the 3-DS code each one yields. */
export const THREE_DS_FAILURE: Readonly<Partial<Record<ThreeDsResult, string>>> = {
  N: "F.4001",
  R: "F.4013",
  U: "F.4005",
};
