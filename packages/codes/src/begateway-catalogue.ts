// The whole published beGateway API v3 code catalogue as data (docs/providers/begateway.md §4). Texts are verbatim;
// where the D-codes list and the status_code gem (SC) disagree, the D-codes text wins. `reason` is our reading of each
// row's meaning; it drives RETRYABLE, so keep it deliberate.
import type { NormalizedReason } from "./reasons.ts";

export interface BegatewayCatalogueRow {
  code: string; // "F.0114", or the bare "8010" (the async code carries no letter)
  message: string | null; // for ops; null where the published list has no text
  friendlyMessage: string | null; // for the customer
  reason: NormalizedReason | null; // null for S.*, P.* and 8010: nothing was declined
}

// Template T1 of the gateway validation list (E.1039–E.1063): both texts wrap one detail sentence.
function t1(code: string, detail: string): BegatewayCatalogueRow {
  return {
    code,
    message: `Invalid transaction parameters. ${detail}. Check the transaction parameters or contact the payment service provider for details.`,
    friendlyMessage: `Invalid transaction parameters. ${detail}. Contact the merchant for details.`,
    reason: "invalid_request",
  };
}

const SECURITY_RULES = "The transaction was declined due to security rules.";
const LOW_CONFIDENCE_FRIENDLY = "Card authentication failed. Please contact your card issuer";
const SAVED_CARD =
  "Error to use the saved card. Try to re-link the card or add another card. Contact the merchant for details.";

export const BEGATEWAY_CATALOGUE: readonly BegatewayCatalogueRow[] = [
  // §4.1 System / success. P.9998 is known only from the v3 example (message not shown there).
  {
    code: "S.0000",
    message: "Transaction is successful.",
    friendlyMessage: "The transaction is successfully processed.",
    reason: null,
  },
  // No published message; the v3 guide's example explains it: the gateway waits for the customer to pass 3-D Secure.
  {
    code: "P.9998",
    message: "Incomplete transaction: waiting for the customer to pass 3-D Secure.",
    friendlyMessage: "Incomplete transaction",
    reason: null,
  },

  // §4.2 older numbering 0001–0009 (only these rows are visible in the old list).
  {
    code: "F.0001",
    message: "Authorization error: Failed to complete the transaction. Check the authorization request parameters.",
    friendlyMessage:
      "Authorization error: Failed to complete the transaction. Contact the payment method provider for details.",
    reason: "invalid_request",
  },
  {
    code: "F.0002",
    message: "Do not honor. Contact the payment service provider for details.",
    friendlyMessage: "Do not honor. Failed to complete the transaction. Contact the merchant for details.",
    reason: "do_not_honor",
  },
  {
    code: "F.0003",
    message: "Card expired. Ask the customer to use a valid card.",
    friendlyMessage: "Card expired. Failed to complete the transaction. Use a valid card.",
    reason: "expired_card",
  },
  {
    code: "F.0004",
    message: "Order ID not found. Failed to complete the transaction. Check the request parameters.",
    friendlyMessage:
      "Order ID not found. Failed to complete the transaction. Check the transaction parameters or contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "F.0005",
    message: "Order expired. Failed to complete the transaction.",
    friendlyMessage: "Order expired. Failed to complete the transaction. Contact the merchant for details.",
    reason: "expired",
  },
  {
    code: "F.0006",
    message: "CVV verification failed. Ask the customer to enter the valid card CVV.",
    friendlyMessage:
      "CVV verification failed. Failed to complete the transaction. Enter a valid CVV indicated on your card.",
    reason: "incorrect_cvc",
  },
  {
    code: "F.0007",
    message: "Insufficient funds. Ask the customer to check the card account balance.",
    friendlyMessage: "Insufficient funds. Failed to complete the transaction. Check the card account balance.",
    reason: "insufficient_funds",
  },
  {
    code: "F.0008",
    message: "Invalid merchant account. Contact the payment service provider or acquirer for details.",
    friendlyMessage: "Invalid merchant account. Failed to complete the transaction. Contact the merchant for details.",
    reason: "not_permitted",
  },
  // The source truncates this friendly text after "Check the transaction parame…"; completed with F.0209's ending.
  {
    code: "F.0009",
    message:
      "Terminal error. Unsupported data entered or terminal failure. Contact the payment service provider for details.",
    friendlyMessage:
      "Terminal error. Failed to complete the transaction. Check the transaction parameters or use a different terminal.",
    reason: "provider_error",
  },

  // §4.2 Card processing F.0100–F.0135.
  {
    code: "F.0100",
    message:
      "Account ID blocked. Failed to complete the transaction. Check the request parameters or contact the payment service provider for details.",
    friendlyMessage:
      "Account ID blocked. Failed to complete the transaction. Contact your payment service provider for details.",
    reason: "not_permitted",
  },
  {
    code: "F.0101",
    message: "Account ID not found. Failed to complete the transaction. Check the request parameters.",
    friendlyMessage:
      "Account ID not found. Failed to complete the transaction. Contact your payment service provider for details.",
    reason: "invalid_card",
  },
  {
    code: "F.0102",
    message: "Authorization error. Failed to complete the transaction. Check the authorization request parameters.",
    friendlyMessage: "Authorization error. Failed to complete the transaction. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "F.0103",
    message:
      "Invalid request signature. Failed to complete the transaction. Check the request signature or certificate.",
    friendlyMessage: "Invalid request signature. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "F.0104",
    message: "Not allowed. Use another transaction type or contact the payment service provider for details.",
    friendlyMessage:
      "Not allowed. Failed to complete the transaction. Contact the merchant for details or use another payment method.",
    reason: "not_permitted",
  },
  {
    code: "F.0105",
    message: "Do not honor. Contact the payment service provider for details.",
    friendlyMessage: "Do not honor. Failed to complete the transaction. Contact the merchant for details.",
    reason: "do_not_honor",
  },
  {
    code: "F.0106",
    message: "Terminal error. Contact the payment service provider for details.",
    friendlyMessage:
      "Terminal error. Failed to complete the transaction. Contact the merchant for details or use another payment method.",
    reason: "provider_error",
  },
  {
    code: "F.0107",
    message: "Invalid merchant account. Contact the payment service provider or acquirer for details.",
    friendlyMessage: "Invalid merchant account. Failed to complete the transaction. Contact the merchant for details.",
    reason: "not_permitted",
  },
  {
    code: "F.0108",
    message:
      "Duplicate transaction or order. Check the status of the original transaction or order. Contact the payment service provider for details.",
    friendlyMessage:
      "Duplicate order. Failed to complete the transaction. Contact the merchant for the status of the original order.",
    reason: "duplicate",
  },
  {
    code: "F.0109",
    message: "Order expired. Failed to complete the transaction.",
    friendlyMessage: "Order expired. Failed to complete the transaction. Contact the merchant for details.",
    reason: "expired",
  },
  {
    code: "F.0110",
    message: "Order ID not found. Failed to complete the transaction. Check the request parameters.",
    friendlyMessage:
      "Order ID not found. Failed to complete the transaction. Check the transaction parameters or contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "F.0111",
    message: "Card expired. Ask the customer to use a valid card.",
    friendlyMessage: "Card expired. Failed to complete the transaction. Use a valid card.",
    reason: "expired_card",
  },
  {
    code: "F.0112",
    message: "CVV verification failed. Ask the customer to enter the valid card CVV.",
    friendlyMessage:
      "CVV verification failed. Failed to complete the transaction. Enter a valid CVV indicated on your card.",
    reason: "incorrect_cvc",
  },
  {
    code: "F.0113",
    message:
      "Currency not supported. Check the currency in the request or contact the payment service provider for details.",
    friendlyMessage:
      "Currency not supported. Failed to complete the transaction. Choose another currency or contact the merchant for details.",
    reason: "unsupported",
  },
  {
    code: "F.0114",
    message: "Insufficient funds. Check the account balance or contact the payment service provider for details.",
    friendlyMessage: "Insufficient funds. Failed to complete the transaction. Check the account balance.",
    reason: "insufficient_funds",
  },
  {
    code: "F.0115",
    message:
      "Acquirer error. Potential fraud. The means of payment might be stolen or lost. Check your customer details.",
    friendlyMessage: "Payment details error. Failed to complete the transaction. Contact the merchant for details.",
    reason: "suspected_fraud",
  },
  {
    code: "F.0116",
    message:
      "Issuer error. Potential fraud. The means of payment might be stolen or lost. Check your customer details.",
    friendlyMessage:
      "Payment details error. Failed to complete the transaction. Contact the merchant or the card-issuing bank for details. The bank's phone number is indicated on the back of your card.",
    reason: "suspected_fraud",
  },
  {
    code: "F.0117",
    message: "Temporary provider system error. Contact the payment service provider for details.",
    friendlyMessage:
      "Provider system error. Failed to complete the transaction. Try again later or contact the merchant for details.",
    reason: "provider_error",
  },
  {
    code: "F.0118",
    message: "Provider system error. Contact the payment service provider for details.",
    friendlyMessage:
      "Provider system error. Failed to complete the transaction. Use another payment method or contact the merchant for details.",
    reason: "provider_error",
  },
  {
    code: "F.0119",
    message: "Temporary provider system error. Contact the card-issuing bank for details.",
    friendlyMessage:
      "Provider system error. Failed to complete the transaction. Try again later or contact the bank that issued your card for details. The bank's phone number is indicated on the back of your card.",
    reason: "bank_unavailable",
  },
  {
    code: "F.0120",
    message: "Provider system error. Contact the card-issuing bank for details.",
    friendlyMessage:
      "Provider system error. Failed to complete the transaction. Use another payment method or contact the bank that issued your card for details. The bank's phone number is indicated on the back of your card.",
    reason: "provider_error",
  },
  {
    code: "F.0121",
    message: "Temporary provider system error. Contact the customer’s payment service provider for details.",
    friendlyMessage:
      "Provider system error. Failed to complete the transaction. Try again later or contact your payment service provider for details.",
    reason: "bank_unavailable",
  },
  {
    code: "F.0122",
    message: "Provider system error. Contact the customer’s payment service provider for details.",
    friendlyMessage:
      "Provider system error. Failed to complete the transaction. Use another payment method or contact your payment service provider for details.",
    reason: "provider_error",
  },
  {
    code: "F.0123",
    message:
      "Transaction amount or the number of transactions exceeds the payment service provider’s limits. Check the transaction amount and the number of transactions or contact the payment service provider for details.",
    friendlyMessage:
      "Transaction amount or the number of transactions exceeds the limits. Failed to complete the transaction. Check the transaction amount or contact the merchant for details.",
    reason: "limit_exceeded",
  },
  {
    code: "F.0124",
    message:
      "Transaction amount or the number of transactions exceeds the issuer's limits. Check the transaction amount or the number of transactions. Ask the customer to contact the card-issuing bank.",
    friendlyMessage:
      "Transaction amount or the number of transactions exceeds the limits. Failed to complete the transaction. Contact the merchant or the bank that issued your card for details. The bank's phone number is indicated on the back of your card.",
    reason: "limit_exceeded",
  },
  {
    code: "F.0125",
    message:
      "Transaction amount or the number of transactions exceeds the payment service provider’s limits. Check the transaction amount and the number of transactions. Contact the customer’s payment service provider for details.",
    friendlyMessage:
      "Transaction amount or the number of transactions exceeds the limits. Failed to complete the transaction. Contact the merchant or your payment service provider for details.",
    reason: "limit_exceeded",
  },
  {
    code: "F.0126",
    message:
      "Wallet data error. Ask the client to check the wallet data. Contact the payment service provider for details.",
    friendlyMessage: "Wallet data error. Check the wallet data or use another card.",
    reason: "invalid_card",
  },
  {
    code: "F.0127",
    message:
      "Invalid card data. Ask the customer to check the card data. Contact the payment service provider for details.",
    friendlyMessage:
      "Invalid card data. Failed to complete the transaction. Check your card details or use another card.",
    reason: "invalid_card",
  },
  {
    code: "F.0128",
    message: "Invalid request parameters. Failed to complete the transaction. Check the required request parameters.",
    friendlyMessage: "Invalid request parameters. Check the transaction data or contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "F.0129",
    message: "3-D Secure verification error. Contact the payment service provider for details.",
    friendlyMessage:
      "3-D Secure verification error. Check your 3-D Secure code or contact the payment service provider for details.",
    reason: "authentication_failed",
  },
  {
    code: "F.0130",
    message: "3-D Secure verification error. Contact the issuing bank for details.",
    friendlyMessage:
      "3-D Secure verification error. Check your 3-D Secure code or contact your card-issuing bank for details. The bank's phone number is indicated on the back of your card.",
    reason: "authentication_failed",
  },
  {
    code: "F.0131",
    message:
      "Transaction confirmation error. Failed to complete the transaction. Ask the customer to confirm the payment.",
    friendlyMessage:
      "Transaction confirmation error. Failed to complete the transaction. Check the payment confirmation.",
    reason: "authentication_failed",
  },
  {
    code: "F.0132",
    message:
      "The transaction was rejected by the client. The transaction could not be completed. Ask the customer to repeat the payment.",
    friendlyMessage:
      "The transaction was rejected. The transaction could not be completed. Please choose another payment method or retry the payment.",
    reason: "customer_cancelled",
  },
  {
    code: "F.0133",
    message:
      "Wrong phone number. Failed to complete the transaction. Ask the customer to enter the phone number associated with their card.",
    friendlyMessage:
      "The submitted phone number doesn’t match the one associated with your card. Failed to complete the transaction. Please enter the correct phone number.",
    reason: "authentication_failed",
  },
  {
    code: "F.0134",
    message: "Transaction confirmation error. Wrong SMS key. Ask the customer to submit the correct value.",
    friendlyMessage: "Transaction not confirmed by the bank. Wrong SMS key. Please check the submitted data.",
    reason: "authentication_failed",
  },
  {
    code: "F.0135",
    message:
      "Cannot initialize a new transaction until the previous one is processed. Please ask the customer to complete the previous transaction or wait until it is completed.",
    friendlyMessage:
      "Transaction failed. Complete the previous transaction or wait until the previous transaction is finalized and try again.",
    reason: "provider_error",
  },
  // §4.2 catch-all rows 0996–0999 (F.0996/F.0997 from SC only; an empty SC message is null here).
  {
    code: "F.0996",
    message: "The transaction was not verified.",
    friendlyMessage: "The transaction was not verified by the verification service VPD.",
    reason: "risk_decline",
  },
  {
    code: "F.0997",
    message: null,
    friendlyMessage:
      "The transaction could not be completed due to an unknown reason. Please check the details with the merchant.",
    reason: "unknown",
  },
  {
    code: "F.0998",
    message:
      "Transaction failed. The transaction was automatically completed by the provider's system. No further action is required.",
    friendlyMessage:
      "Transaction failed. The transaction was automatically completed by the provider's system. No further action is required.",
    reason: "expired",
  },
  {
    code: "F.0999",
    message: "Failed to complete the transaction. Contact the payment service provider.",
    friendlyMessage: "Failed to complete the transaction. Contact the merchant for details.",
    reason: "unknown",
  },
  // SC-only pending rows.
  {
    code: "P.0001",
    message: "Transaction in progress.",
    friendlyMessage: "Transaction is being processed. Please wait.",
    reason: null,
  },
  { code: "P.0002", message: "Welcome!", friendlyMessage: "Welcome!", reason: null },
  {
    code: "P.9999",
    message: "Unknown transaction status. Contact the payment service provider for details.",
    friendlyMessage: "Unknown transaction status. Contact the merchant for details.",
    reason: null,
  },

  // §4.3 APM processing 0200–0399.
  {
    code: "F.0201",
    message: "Authorization error: Failed to complete the transaction. Check the authorization request parameters.",
    friendlyMessage:
      "Authorization error: Failed to complete the transaction. Contact the payment method provider for details.",
    reason: "invalid_request",
  },
  {
    code: "F.0202",
    message: "Account ID not found: Failed to complete the transaction. Check the request parameters.",
    friendlyMessage:
      "Account ID not found: Failed to complete the transaction. Contact the payment method provider for details.",
    reason: "invalid_card",
  },
  {
    code: "F.0203",
    message:
      "Account ID blocked: Failed to complete the transaction. Check the request parameters or contact the payment method provider for details.",
    friendlyMessage:
      "Account ID blocked: Failed to complete the transaction. Contact the payment method provider for details.",
    reason: "not_permitted",
  },
  {
    code: "F.0204",
    message: "Order ID not found: Failed to complete the transaction. Check the request parameters.",
    friendlyMessage:
      "Order ID not found: Failed to complete the transaction. Check the transaction parameters or contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "F.0205",
    message: "Order expired: Failed to complete the transaction.",
    friendlyMessage: "Order expired: Failed to complete the transaction. Contact the merchant for details.",
    reason: "expired",
  },
  {
    code: "F.0206",
    message:
      "Transaction confirmation error: Failed to complete the transaction. Ask the customer to confirm the payment.",
    friendlyMessage:
      "Transaction confirmation error: Failed to complete the transaction. Check the payment confirmation.",
    reason: "authentication_failed",
  },
  {
    code: "F.0207",
    message: "Insufficient funds: Check the account balance or contact the payment service provider for details.",
    friendlyMessage: "Insufficient funds: Failed to complete the transaction. Check the account balance.",
    reason: "insufficient_funds",
  },
  {
    code: "F.0208",
    message: "Invalid provider: Contact the payment service provider for details.",
    friendlyMessage: "Invalid provider: Failed to complete the transaction. Contact the merchant for details.",
    reason: "provider_error",
  },
  {
    code: "F.0209",
    message: "Terminal error: Contact the payment service provider for details.",
    friendlyMessage:
      "Terminal error: Failed to complete the transaction. Check the transaction parameters or use a different terminal.",
    reason: "provider_error",
  },
  {
    code: "F.0210",
    message: "Provider system error: Contact the payment service provider for details.",
    friendlyMessage:
      "Provider system error: Failed to complete the transaction. Try again later or contact the payment method provider for details.",
    reason: "provider_error",
  },
  {
    code: "F.0211",
    message: "Provider system error: Contact the payment service provider for details.",
    friendlyMessage:
      "Provider system error: Failed to complete the transaction. Contact the merchant for details or use another payment method.",
    reason: "provider_error",
  },
  {
    code: "F.0212",
    message: "Provider system error: Contact the payment service provider for details.",
    friendlyMessage:
      "Provider system error: Failed to complete the transaction. Contact the payment method provider for details or use another payment method.",
    reason: "provider_error",
  },
  {
    code: "F.0213",
    message: "Not allowed: Contact the payment service provider for details.",
    friendlyMessage:
      "Not allowed: Failed to complete the transaction. Contact the merchant for details or use another payment method.",
    reason: "not_permitted",
  },
  {
    code: "F.0214",
    message:
      "Currency not supported: Check the currency in the request or contact the payment service provider for details.",
    friendlyMessage:
      "Currency not supported: Failed to complete the transaction. Choose another currency or contact the merchant for details.",
    reason: "unsupported",
  },
  {
    code: "F.0215",
    message: "Duplicate transaction or order: Check the status of original transaction or order.",
    friendlyMessage:
      "Duplicate transaction or order: Failed to complete the transaction. Contact the merchant for details.",
    reason: "duplicate",
  },
  {
    code: "F.0216",
    message:
      "Wrong transaction amount: Check the transaction amount or contact the payment service provider for details.",
    friendlyMessage:
      "Wrong transaction amount: Failed to complete the transaction. Check the transaction amount or contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "F.0217",
    message: "Payment details error: Potential fraud. Check your customer details.",
    friendlyMessage: "Payment details error: Failed to complete the transaction. Contact the merchant for details.",
    reason: "suspected_fraud",
  },
  {
    code: "F.0218",
    message: "Invalid request parameters: Failed to complete the transaction. Check the required request parameters.",
    friendlyMessage:
      "Invalid request parameters: Check the transaction parameters or contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "F.0219",
    message: "Invalid request signature: Failed to complete the transaction. Check the request signature.",
    friendlyMessage: "Invalid request signature: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "P.0220",
    message: "Transaction in progress.",
    friendlyMessage: "Transaction is being processed. Please wait.",
    reason: null,
  },
  {
    code: "F.0221",
    message:
      "Wallet error. Failed to complete the transaction. Check wallet data or contact the payment service provider for details.",
    friendlyMessage: "Wallet error. Contact the merchant for details.",
    reason: "invalid_card",
  },
  {
    code: "F.0222",
    message: "Provider system error: Contact the payment service provider for details.",
    friendlyMessage:
      "Provider system error. Failed to complete the transaction. Try again later or contact the payment method provider for details or select another payment method.",
    reason: "provider_error",
  },
  {
    code: "F.0399",
    message: "Unknown error: Failed to complete the transaction. Contact the payment service provider.",
    friendlyMessage: "Unknown error: Failed to complete the transaction. Contact the merchant for details.",
    reason: "unknown",
  },

  // §4.5 APM validation E.0600–E.0999. The list gives titles only and says "same wording as E.10xx but with ':'
  // after the title", so these texts are the E.10nn counterparts rewritten that way, plus the deviations it names.
  {
    code: "E.0600",
    message: "Unknown error: Contact the payment service provider for details.",
    friendlyMessage: "We are sorry, but something went wrong.",
    reason: "provider_error",
  },
  {
    code: "E.0601",
    message: "Invalid request URL: Contact the payment service provider for details.",
    friendlyMessage: "Invalid request URL: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0602",
    message: "Request URL not found: Contact the payment service provider for details.",
    friendlyMessage: "Request URL not found: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0603",
    message: "gateway_id not found: Send the correct gateway_id or contact the payment service provider for details.",
    friendlyMessage: "Payment method provider not found: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0604",
    message: "Shop not found: Contact the payment service provider for details.",
    friendlyMessage: "Shop not found: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0605",
    message: "Invalid parameters: Contact the payment service provider for details.",
    friendlyMessage: "Invalid parameters: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0606",
    message: "Unsupported gateway type: Contact the payment service provider for details.",
    friendlyMessage: "Unsupported gateway type: Contact the merchant for details.",
    reason: "unsupported",
  },
  {
    code: "E.0607",
    message: "Unsupported currency: Contact the payment service provider for details.",
    friendlyMessage: "Unsupported currency: Contact the merchant for details.",
    reason: "unsupported",
  },
  {
    code: "E.0608",
    message: "Invalid provider response: Contact the payment service provider for details.",
    friendlyMessage: "Invalid provider response: Contact the merchant for details.",
    reason: "provider_error",
  },
  {
    code: "E.0609",
    message: "Not allowed: Contact the payment service provider for details.",
    friendlyMessage: "Not allowed: Failed to process the request. Contact the merchant for details.",
    reason: "not_permitted",
  },
  {
    code: "E.0612",
    message: "Invalid test value: Check test values for the selected payment method.",
    friendlyMessage: "Invalid test value: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0613",
    message: "Empty test set: Indicate the test set in the shop settings.",
    friendlyMessage: "Empty test set: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0614",
    message: "Wrong test set: A wrong test set is used. Use the test set indicated for the shop.",
    friendlyMessage: "Wrong test set: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0615",
    message: "Live data not supported: Use test values only for test requests",
    friendlyMessage: "Live data not supported in test mode: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0616",
    message:
      "Transaction type not supported: Use a different transaction type or contact the payment service provider for details.",
    friendlyMessage: "Transaction type not supported: Contact the merchant for details.",
    reason: "unsupported",
  },
  {
    code: "E.0617",
    message: "Request section missing: Check request parameters.",
    friendlyMessage: "Request section missing: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0618",
    message:
      "Duplicate transaction or order: Failed to complete the transaction. Check the status of the original transaction.",
    friendlyMessage:
      "Duplicate transaction or order: Failed to complete the transaction. Check the status of the original transaction or contact the merchant for details.",
    reason: "duplicate",
  },
  {
    code: "P.0619",
    message: "Transaction in progress",
    friendlyMessage: "Transaction is being processed. Please wait.",
    reason: null,
  },
  { code: "P.0620", message: "Welcome!", friendlyMessage: "Welcome!", reason: null },
  {
    code: "E.0621",
    message:
      "Authorization error: Check the authorization request parameters or contact the payment method provider for details.",
    friendlyMessage: "Authorization error: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0622",
    message: "Access denied: Contact the payment service provider for details.",
    friendlyMessage: "Access denied: Contact the merchant for details.",
    reason: "not_permitted",
  },
  {
    code: "F.0623",
    message: "Bad request: Check the request parameters.",
    friendlyMessage: "Bad request: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0624",
    message: "MIME type not supported: Set 'Content-type' header to 'application/ json'.",
    friendlyMessage: "MIME type not supported: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0625",
    message:
      "Invalid request parameters: Check the transaction parameters or contact the payment service provider for details.",
    friendlyMessage: "Invalid request parameters: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0626",
    message: "Invalid JSON: Check the request parameters.",
    friendlyMessage: "Invalid JSON: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0627",
    message: "Parent transaction required: Customer should make a payment before a credit transaction.",
    friendlyMessage: "Parent transaction required: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0628",
    message: "No available gateways: Allowed gateways are missing. Contact the payment service provider for details.",
    friendlyMessage: "No available gateways: Failed to complete the transaction. Contact the merchant for details.",
    reason: "unsupported",
  },
  {
    code: "E.0629",
    message: "No available gateways: Allowed gateways are missing. Contact the payment service provider for details.",
    friendlyMessage:
      "No available gateways: Failed to complete the transaction. Contact the payment service provider for details.",
    reason: "unsupported",
  },
  {
    code: "E.0630",
    message:
      "Invalid payment token: Failed to get payment details by the submitted token. Check the payment token or contact the payment service provider for details.",
    friendlyMessage: "Invalid payment token: Failed to complete the transaction. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0633",
    message: "Currency not found: Contact the payment service provider for details.",
    friendlyMessage: "Currency not found: Failed to complete the transaction. Contact the merchant for details.",
    reason: "unsupported",
  },
  {
    code: "E.0634",
    message: "Gateway not defined: Send the gateway_id parameter.",
    friendlyMessage: "Payment method provider not defined: Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.0635",
    message: "Provider response error: Contact the payment service provider for details.",
    friendlyMessage: "Provider response error: Contact the merchant for details.",
    reason: "provider_error",
  },
  {
    code: "E.0636",
    message: "Request expired: Send your request again.",
    friendlyMessage: "Request expired: Try again or contact the merchant to check the request status.",
    reason: "expired",
  },
  {
    code: "E.0638",
    message: "Transaction not found.",
    friendlyMessage: "Existing transaction not found: Contact the payment service provider for details.",
    reason: "invalid_request",
  },

  // §4.4 Gateway validation E.1000–E.1899.
  {
    code: "E.1000",
    message: "Unknown error. Contact the payment service provider for details.",
    friendlyMessage: "We are sorry, but something went wrong.",
    reason: "provider_error",
  },
  {
    code: "E.1001",
    message: "Invalid request URL. Contact the payment service provider for details.",
    friendlyMessage: "Invalid request URL. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1002",
    message: "Request URL not found. Contact the payment service provider for details.",
    friendlyMessage: "Request URL not found. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1003",
    message: "gateway_id not found. Send the correct gateway_id or contact the payment service provider for details.",
    friendlyMessage: "Payment gateway not found. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1004",
    message: "Shop not found. Contact the payment service provider for details.",
    friendlyMessage: "Shop not found. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1005",
    message: "Invalid parameters. Contact the payment service provider for details.",
    friendlyMessage: "Invalid parameters. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1006",
    message: "Unsupported gateway type. Contact the payment service provider for details.",
    friendlyMessage: "Unsupported gateway type. Contact the merchant for details.",
    reason: "unsupported",
  },
  {
    code: "E.1007",
    message: "Unsupported currency. Contact the payment service provider for details.",
    friendlyMessage: "Unsupported currency. Contact the merchant for details.",
    reason: "unsupported",
  },
  {
    code: "E.1008",
    message: "Unsupported card type. Contact the payment service provider for details.",
    friendlyMessage: "Unsupported card type. Contact the merchant for details.",
    reason: "unsupported",
  },
  {
    code: "E.1009",
    message: "Not allowed. Contact the payment service provider for details.",
    friendlyMessage: "Not allowed. Failed to process the request. Contact the merchant for details.",
    reason: "not_permitted",
  },
  {
    code: "E.1010",
    message: "Card data decryption error. Contact the payment service provider for details.",
    friendlyMessage: "Card data decryption error. Contact the payment service provider for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1011",
    message: "Not allowed to use PAN. Contact the payment service provider for details.",
    friendlyMessage: "Not allowed to use PAN. Failed to complete the transaction. Contact the merchant for details.",
    reason: "not_permitted",
  },
  {
    code: "E.1012",
    message: "Invalid test value. Check test values for the selected payment method.",
    friendlyMessage: "Invalid test value. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1013",
    message: "Empty test set. Indicate the test set in the shop settings.",
    friendlyMessage: "Empty test set. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1014",
    message: "Wrong test set. A wrong test set is used. Use the test set indicated for the shop.",
    friendlyMessage: "Wrong test set. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1015",
    message: "Live data not supported. Use test values only for test requests",
    friendlyMessage: "Live data not supported in test mode. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1016",
    message:
      "Transaction type not supported. Use a different transaction type or contact the payment service provider for details.",
    friendlyMessage: "Transaction type not supported. Contact the merchant for details.",
    reason: "unsupported",
  },
  {
    code: "E.1017",
    message: "Request section missing. Check request parameters.",
    friendlyMessage: "Request section missing. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1018",
    message:
      "Duplicate transaction or order. Failed to complete the transaction. Check the status of the original transaction.",
    friendlyMessage:
      "Duplicate transaction or order. Failed to complete the transaction. Check the status of the original transaction or contact the merchant for details.",
    reason: "duplicate",
  },
  {
    code: "P.1019",
    message: "Transaction in progress",
    friendlyMessage: "Transaction is being processed. Please wait.",
    reason: null,
  },
  { code: "E.1020", message: "Welcome!", friendlyMessage: "Welcome!", reason: "invalid_request" },
  {
    code: "E.1021",
    message:
      "Authorization error. Check the authorization request parameters or contact the payment service provider for details.",
    friendlyMessage: "Authorization error. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1022",
    message: "Access denied. Contact the payment service provider for details.",
    friendlyMessage: "Access denied. Contact the merchant for details.",
    reason: "not_permitted",
  },
  {
    code: "E.1023",
    message: "Bad request. Check the request parameters.",
    friendlyMessage: "Bad request. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1024",
    message: "MIME type not supported. Set 'Content-type' header to 'application/ json'.",
    friendlyMessage: "MIME type not supported. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1025",
    message:
      "Invalid request parameters.orCheck the transaction parameters or contact the payment service provider for details.",
    friendlyMessage: "Invalid request parameters. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1026",
    message: "Invalid JSON. Check the request parameters.",
    friendlyMessage: "Invalid JSON. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1027",
    message: "Parent transaction required. Customer should make a payment before a credit transaction.",
    friendlyMessage: "Parent transaction required. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1028",
    message: "No available gateways. Allowed gateways are missing. Contact the payment service provider for details.",
    friendlyMessage: "No available gateways. Failed to complete the transaction. Contact the merchant for details.",
    reason: "unsupported",
  },
  {
    code: "E.1029",
    message:
      "Invalid Google merchant token. Check the request parameters or contact the payment service provider for details.",
    friendlyMessage: "Invalid Google merchant token. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1030",
    message:
      "Invalid payment token. Failed to get payment details by the submitted token. Check the payment token or contact the payment service provider for details.",
    friendlyMessage: "Invalid payment token. Failed to complete the transaction. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1031",
    message:
      "Invalid AFT parameters. Check the request parameters or contact the payment service provider for details.",
    friendlyMessage: "Invalid AFT parameters. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1032",
    message:
      "Invalid OCT parameters. Check the request parameters or contact the payment service provider for details.",
    friendlyMessage: "Invalid OCT parameters. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1033",
    message: "Currency not found. Contact the payment service provider for details.",
    friendlyMessage: "Currency not found. Failed to complete the transaction. Contact the merchant for details.",
    reason: "unsupported",
  },
  {
    code: "E.1034",
    message: "Gateway not defined. Send the gateway_id parameter.",
    friendlyMessage: "Payment method provider not defined. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1035",
    message: "Acquirer response error. Contact the payment service provider for details.",
    friendlyMessage: "Acquirer response error.  Contact the merchant for details.",
    reason: "provider_error",
  },
  {
    code: "E.1036",
    message: "Request expired. Send your request again.",
    friendlyMessage: "Request expired. Try again or contact the merchant to check the request status.",
    reason: "expired",
  },
  {
    code: "E.1037",
    message: "Visa Alias parameter not found. Check request parameters.",
    friendlyMessage: "Visa Alias not found. Check the phone number or contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1038",
    message:
      "Invalid transaction parameters. Total amount in split section must equal the transaction amount. Check the transaction parameters or contact the payment service provider for details.",
    friendlyMessage:
      "Invalid transaction parameters. Total amount in split section must equal the transaction amount. Contact the merchant for details.",
    reason: "invalid_request",
  },
  t1("E.1039", "tax_id required"),
  t1("E.1040", "tax_id supports only numbers"),
  t1("E.1041", "additional_data.split section required"),
  // E.1042–E.1063: 3-D Secure browser data; even codes "required", odd codes "wrong type/format".
  t1("E.1042", "screen_width is required"),
  t1("E.1043", "screen_width supports only numeric values"),
  t1("E.1044", "screen_height is required"),
  t1("E.1045", "screen_height supports only numeric values"),
  t1("E.1046", "screen_color_depth is required"),
  t1("E.1047", "screen_color_depth supports only numeric values"),
  t1("E.1048", "language is required"),
  t1("E.1049", "Unsupported value of the language parameter"),
  t1("E.1050", "java_enabled is required"),
  t1("E.1051", "java_enabled supports only boolean values"),
  t1("E.1052", "window_height is required"),
  t1("E.1053", "window_height supports only numeric values"),
  t1("E.1054", "window_width is required"),
  t1("E.1055", "window_width supports only numeric values"),
  t1("E.1056", "time_zone is required"),
  t1("E.1057", "Unsupported format of the time_zone parameter"),
  t1("E.1058", "accept_header is required"),
  t1("E.1059", "Unsupported format of the accept_header parameter"),
  t1("E.1060", "user_agent is required"),
  t1("E.1061", "Unsupported format of the user_agent parameter"),
  t1("E.1062", "ip_address is required"),
  t1("E.1063", "Unsupported format of the ip_address parameter"),
  {
    code: "E.1064",
    message: "Encrypted data decryption error. Contact the payment service provider for details.",
    friendlyMessage: "Encrypted data decryption error. Contact the merchant for details.",
    reason: "invalid_request",
  },
  {
    code: "E.1065",
    message:
      "This type of integration is not allowed for your account. If you are sure that the integration was done correctly, please contact the payment service provider for assistance.",
    friendlyMessage: "This type of integration is not allowed for your account.",
    reason: "not_permitted",
  },

  // §4.8 beQueue 1900–1999.
  {
    code: "F.1900",
    message: "Unknown error: Contact the payment service provider for details.",
    friendlyMessage: "We are sorry, but something went wrong.",
    reason: "provider_error",
  },
  {
    code: "F.1901",
    message: "Invalid request URL: Contact the payment service provider for details.",
    friendlyMessage: "Invalid request URL: Contact the merchant for details.",
    reason: "invalid_request",
  },

  // §4.6 Smart Routing 2000–3999. Technical failures of the routing service are provider errors, not risk declines.
  {
    code: "F.2001",
    message: "SmartRouting - Connection error.",
    friendlyMessage: "The transaction was declined due to security rules.",
    reason: "provider_error",
  },
  {
    code: "F.2002",
    message: "SmartRouting - Validation error.",
    friendlyMessage: "The transaction was declined due to security rules.",
    reason: "invalid_request",
  },
  {
    code: "F.2003",
    message: "SmartRouting - invalid response.",
    friendlyMessage: "The transaction was declined due to security rules.",
    reason: "provider_error",
  },
  {
    code: "F.2004",
    message: "SmartRouting - resource not found.",
    friendlyMessage: "The transaction was declined due to security rules.",
    reason: "provider_error",
  },
  {
    code: "F.2005",
    message: "SmartRouting - Exception in gateway action.",
    friendlyMessage: "The transaction was declined due to security rules.",
    reason: "provider_error",
  },
  { code: "F.2006", message: SECURITY_RULES, friendlyMessage: SECURITY_RULES, reason: "risk_decline" },
  {
    code: "F.2007",
    message: "Transaction didn't pass risk management system.",
    friendlyMessage: "Transaction didn't pass risk management system",
    reason: "risk_decline",
  },
  {
    code: "F.2008",
    message: "Transaction didn't pass risk management system.",
    friendlyMessage: "Transaction didn't pass risk management system",
    reason: "risk_decline",
  },
  { code: "F.2009", message: SECURITY_RULES, friendlyMessage: SECURITY_RULES, reason: "risk_decline" },
  {
    code: "F.2010",
    message: "The transaction was declined due to inactive gateway.",
    friendlyMessage: "The transaction was declined due to security rules.",
    reason: "provider_error",
  },
  {
    code: "F.2011",
    message: "The transaction was declined due to full gateways.",
    friendlyMessage: "The transaction was declined due to security rules.",
    reason: "limit_exceeded",
  },
  { code: "F.2012", message: SECURITY_RULES, friendlyMessage: SECURITY_RULES, reason: "risk_decline" },
  {
    code: "F.2401",
    message: "User ID not authorized. Contact the payment service provider for details.",
    friendlyMessage: "User ID not authorized. Contact the payment service provider for details.",
    reason: "not_permitted",
  },
  {
    code: "F.2403",
    message: "Account ID blocked. Contact the payment service provider for details.",
    friendlyMessage: "Account ID blocked. Contact the payment service provider for details.",
    reason: "not_permitted",
  },
  {
    code: "F.2404",
    message: "Account ID is not found. Contact the payment service provider for details.",
    friendlyMessage: "Account ID is not found. Contact the merchant for details.",
    reason: "invalid_request",
  },

  // §4.7 3-D Secure 4000–4999 (F.4013 onwards mirror the EMV 3DS transStatusReason values).
  {
    code: "F.4001",
    message: "Card authentication failed, and the transaction cannot be completed.",
    friendlyMessage:
      "Card authentication failed. Please double check that you have entered your card details correctly.",
    reason: "authentication_failed",
  },
  {
    code: "F.4002",
    message: "Card is not enrolled",
    friendlyMessage: "Your card is not enrolled for 3-D Secure. Contract your bank to activate it for the card.",
    reason: "authentication_failed",
  },
  {
    code: "F.4003",
    message: "Verification status is missing. 3-D Secure service is temporarily unavailable.",
    friendlyMessage:
      "Verification status is missing. 3-D Secure service is temporarily unavailable. Please try later or contact tech support.",
    reason: "provider_error",
  },
  {
    code: "F.4004",
    message: "Verification status value provided is not valid or recognized by the 3-D Secure.",
    friendlyMessage:
      "Verification could not be completed due to an unexpected issue. Try again later or contact support.",
    reason: "provider_error",
  },
  {
    code: "F.4005",
    message: "Authentication could not be completed due to an unexpected technical issue.",
    friendlyMessage:
      "Authentication could not be completed due to an unexpected technical issue. Please try later or contact tech support.",
    reason: "provider_error",
  },
  {
    code: "F.4006",
    message:
      "Transaction failed due to 3-D Secure rules. Check the rules set for the shop or contact the payment service provider for details.",
    friendlyMessage: "Transaction failed due to 3-D Secure rules. Contact the merchant for details.",
    reason: "risk_decline",
  },
  {
    code: "F.4007",
    message: "3-D Secure service is temporarily unavailable. Please try later or contact tech support.",
    friendlyMessage: "3-D Secure service is temporarily unavailable. Please try later or contact tech support.",
    reason: "provider_error",
  },
  {
    code: "F.4008",
    message: "Payment authentication response value provided is not valid or recognized by the 3-D Secure.",
    friendlyMessage:
      "Authentication is failed and the transaction cannot be completed successfully. Please contact your card issuer to resolve the issue.",
    reason: "authentication_failed",
  },
  {
    code: "F.4009",
    message: "An error occurred during the processing of the payment authentication response.",
    friendlyMessage:
      "Payment authentication error. Check your card details and try again. If the problem persists, contact the bank's technical support.",
    reason: "authentication_failed",
  },
  {
    code: "F.4010",
    message: "An error occurred during the processing of the payment authentication response.",
    friendlyMessage:
      "An error occurred during the processing of the payment authentication response. Please try later or contact tech support.",
    reason: "provider_error",
  },
  {
    code: "F.4011",
    message: "Redirect to pass 3-D Secure 1.0 verification.",
    friendlyMessage: "Redirect to pass 3-D Secure verification.",
    reason: "authentication_required",
  },
  {
    code: "F.4012",
    message: "Redirect to pass 3-D Secure 2.0 verification.",
    friendlyMessage: "Redirect to pass 3-D Secure verification.",
    reason: "authentication_required",
  },
  {
    code: "F.4013",
    message: "Card authentication failed.",
    friendlyMessage: "Card authentication failed. Please double-check that you've entered your card details correctly.",
    reason: "authentication_failed",
  },
  {
    code: "F.4014",
    message: "Unknown Device",
    friendlyMessage: "Unknown Device. Please try using a different device or contact your card issuer for assistance.",
    reason: "authentication_failed",
  },
  {
    code: "F.4015",
    message: "Unsupported Device",
    friendlyMessage:
      "Unsupported Device. Please try using a different device or contact customer support for assistance.",
    reason: "authentication_failed",
  },
  {
    code: "F.4016",
    message: "Exceeds authentication frequency limit",
    friendlyMessage:
      "Exceeds authentication frequency limit. Please wait a few minutes and try again or contact your card issuer for assistance.",
    reason: "limit_exceeded",
  },
  {
    code: "F.4017",
    message: "Expired card.",
    friendlyMessage:
      "Please check the expiry date of your card and try again or contact your card issuer for assistance.",
    reason: "expired_card",
  },
  {
    code: "F.4018",
    message: "Invalid card number.",
    friendlyMessage: "The card number is invalid. Please check and re-enter the details or try a different card.",
    reason: "invalid_card",
  },
  {
    code: "F.4019",
    message: "Invalid transaction.",
    friendlyMessage:
      "The transaction details provided are invalid. Please double-check the details and try again or contact your card issuer for assistance.",
    reason: "invalid_request",
  },
  {
    code: "F.4020",
    message: "No Card record.",
    friendlyMessage:
      "No Card record. Please check that you entered the correct card details or try using a different card.",
    reason: "invalid_card",
  },
  {
    code: "F.4021",
    message: "Security failure.",
    friendlyMessage: "Card authentication failed. Please try using a different card.",
    reason: "authentication_failed",
  },
  {
    code: "F.4022",
    message: "Stolen card.",
    friendlyMessage: "Card authentication failed. Please contact your card issuer for assistance.",
    reason: "stolen_card",
  },
  {
    code: "F.4023",
    message: "Suspected fraud.",
    friendlyMessage:
      "Card authentication failed. Please double-check that your card details are entered correctly or contact your card issuer",
    reason: "suspected_fraud",
  },
  {
    code: "F.4024",
    message: "Transaction not permitted to cardholder.",
    friendlyMessage:
      "Transaction is not permitted for this card. Please try again with a different card or contact your card issuer for assistance.",
    reason: "not_permitted",
  },
  {
    code: "F.4025",
    message: "Cardholder is not enrolled in service.",
    friendlyMessage:
      "Card is not enrolled in the authentication service. Please contact your card issuer for assistance.",
    reason: "authentication_failed",
  },
  {
    code: "F.4026",
    message: "Transaction timed out at the ACS.",
    friendlyMessage:
      "The transaction timed out at the authentication service. Please try again and make sure to complete the authentication process in a timely manner.",
    reason: "authentication_failed",
  },
  {
    code: "F.4027",
    message: "Low confidence.",
    friendlyMessage: LOW_CONFIDENCE_FRIENDLY,
    reason: "authentication_failed",
  },
  {
    code: "F.4028",
    message: "Medium confidence.",
    friendlyMessage: LOW_CONFIDENCE_FRIENDLY,
    reason: "authentication_failed",
  },
  {
    code: "F.4029",
    message: "High confidence.",
    friendlyMessage: LOW_CONFIDENCE_FRIENDLY,
    reason: "authentication_failed",
  },
  {
    code: "F.4030",
    message: "Very High confidence.",
    friendlyMessage: LOW_CONFIDENCE_FRIENDLY,
    reason: "authentication_failed",
  },
  {
    code: "F.4031",
    message: "Exceeds ACS maximum challenges.",
    friendlyMessage:
      "You've exceeded the maximum number of authentication attempts. Please wait a while and try again later.",
    reason: "limit_exceeded",
  },
  {
    code: "F.4032",
    message: "Non-Payment transaction not supported.",
    friendlyMessage:
      "This transaction type is not supported by the authentication service. Please contact our support team for assistance.",
    reason: "unsupported",
  },
  {
    code: "F.4033",
    message: "3RI transaction not supported.",
    friendlyMessage:
      "The type of 3-D Secure transaction requested is not supported. Please contact our support team for assistance.",
    reason: "unsupported",
  },
  {
    code: "F.4034",
    message: "ACS technical issue.",
    friendlyMessage:
      "There is a technical issue with the Access Control Server (ACS), and the transaction cannot be completed. Please contact our support team for assistance.",
    reason: "provider_error",
  },
  {
    code: "F.4035",
    message: "Decoupled Authentication required by ACS but not requested by 3DS Requestor.",
    friendlyMessage:
      "Additional authentication is needed for this transaction, please contact your card issuer for assistance.",
    reason: "authentication_required",
  },
  {
    code: "F.4036",
    message: "3DS Requestor Decoupled Max Expiry Time exceeded.",
    friendlyMessage:
      "The maximum expiry time for decoupled authentication has been exceeded. Please try again with a different authentication method.",
    reason: "authentication_failed",
  },
  {
    code: "F.4037",
    message:
      "Decoupled Authentication was provided insufficient time to authenticate cardholder. ACS will not make attempt.",
    friendlyMessage:
      "The authentication service was not given enough time to authenticate the cardholder. Please try again and make sure to complete the authentication process in a timely manner.",
    reason: "authentication_failed",
  },
  {
    code: "F.4038",
    message: "Authentication attempted but not performed by the cardholder.",
    friendlyMessage:
      "Authentication was attempted but not performed by the cardholder. Please try again and make sure to complete the authentication process yourself.",
    reason: "authentication_failed",
  },
  {
    code: "F.4039",
    message: "DS dropped reason code received from ACS.",
    friendlyMessage:
      "There was an error with the authentication service. Please contact our support team for assistance.",
    reason: "provider_error",
  },
  {
    code: "F.4040",
    message: "DS error.",
    friendlyMessage: "Something went wrong. Please contact our support team for assistance.",
    reason: "provider_error",
  },

  // §4.8 External tokenization, AVS/CVC, Verify, P2P (F.7001/F.8001 have no text in the list) and async mode.
  { code: "E.5100", message: SAVED_CARD, friendlyMessage: SAVED_CARD, reason: "invalid_card" },
  { code: "E.5101", message: SAVED_CARD, friendlyMessage: SAVED_CARD, reason: "invalid_card" },
  {
    code: "F.6001",
    message: "Transaction was declined.",
    friendlyMessage: "Transaction was declined.",
    reason: "risk_decline",
  },
  { code: "F.7001", message: null, friendlyMessage: null, reason: "unknown" },
  { code: "F.8001", message: null, friendlyMessage: null, reason: "unknown" },
  {
    code: "8010",
    message: "Async transaction was created.",
    friendlyMessage: "Async transaction was created.",
    reason: null,
  },
];
