// A slice of each provider's code catalogue for tests and `vite --mode mock` (the server serves the whole of it).
import type { CodeRow } from "../lib/api-types.ts";

type Entry = Omit<CodeRow, "count">;

const entry = (provider: string, code: string, letter: Entry["letter"], service: string, message: string, friendlyMessage: string, reason: Entry["reason"], retryable: boolean | null): Entry => ({
  provider, code, letter, service, message, friendlyMessage, reason, retryable,
});

export const CODE_CATALOGUE: readonly Entry[] = [
  entry("begateway", "S.0000", "S", "OK", "Transaction is successful.", "The transaction is successfully processed.", null, null),
  entry("begateway", "P.9998", "P", "Bank", "Incomplete transaction: waiting for the customer to pass 3-D Secure.", "Incomplete transaction", null, null),
  entry("begateway", "F.0105", "F", "Card processing", "Do not honor. Contact the payment service provider for details.", "Do not honor. Failed to complete the transaction. Contact the merchant for details.", "do_not_honor", true),
  entry("begateway", "F.0114", "F", "Card processing", "Insufficient funds. Check the account balance or contact the payment service provider for details.", "Insufficient funds. Failed to complete the transaction. Check the account balance.", "insufficient_funds", true),
  entry("begateway", "F.0999", "F", "Card processing", "The customer did not complete the payment in time.", "Failed to complete the transaction. Contact the merchant for details.", "expired", true),
  entry("begateway", "F.4022", "F", "3-D Secure", "Stolen card.", "Card authentication failed. Please contact your card issuer for assistance.", "stolen_card", false),
  entry("begateway", "E.1025", "E", "Payment gateway", "Description can't be blank.", "Invalid request params", "invalid_request", false),
  entry("antom", "SUCCESS", "S", "Payment", "The payment succeeded.", "Your payment was successful.", null, null),
  entry("antom", "PAYMENT_IN_PROCESS", "P", "Payment", "The payment is being processed; wait for the notification or inquire.", "Your payment is being processed.", null, null),
  entry("antom", "USER_BALANCE_NOT_ENOUGH", "F", "Payment", "The user's wallet balance is not enough for this payment.", "Your balance is not enough. Please top up or use another method.", "insufficient_funds", true),
  entry("antom", "RISK_REJECT", "F", "Payment", "Antom's risk control rejected the payment.", "The payment could not be processed. Please contact the merchant.", "risk_decline", false),
  entry("antom", "INVALID_SIGNATURE", "E", "Gateway", "The request signature does not verify with the configured public key.", "The payment could not be processed. Please contact the merchant.", "invalid_request", false),
  entry("pockyt", "000100", "S", "Online payment", "Success.", "Your payment was successful.", null, null),
  entry("pockyt", "pending", "P", "Query", "The shopper has not paid yet.", "Waiting for your payment.", null, null),
  entry("pockyt", "000030", "E", "Gateway", "Signature verification failed (verifySign).", "The payment could not be started. Please contact the merchant.", "invalid_request", false),
  entry("pockyt", "closed", "F", "Query", "The payment session closed before the shopper paid.", "The payment session has expired. Please place the order again.", "expired", true),
];
