// beGateway transaction JSON (v3 flat body, or v2 `{"transaction":{…}}` with a type section) -> domain snapshot.
import { decodeBegateway } from "@paylens/codes/begateway";
import { redactCardData, normalizeBrand } from "@paylens/domain/card";
import { toMinor } from "@paylens/domain/money";
import type { TransactionSnapshot, TransactionStatus, TransactionType } from "@paylens/domain/transaction";
import { PayloadError } from "../connector.ts";
import { asRecord, date, int, str } from "../json.ts";

/** Fields holding ids (ours or the merchant's), kept as sent by the card-data guard: see `Connector.identifierFields`. */
export const IDENTIFIER_FIELDS: ReadonlySet<string> = new Set(["uid", "parent_uid", "tracking_id", "order_id"]);

const TYPES: Record<string, TransactionType> = {
  payment: "payment",
  authorization: "authorization",
  capture: "capture",
  void: "void",
  refund: "refund",
  payout: "payout",
  p2p: "payout",
  credit: "credit",
};

const STATUSES: Record<string, TransactionStatus> = {
  successful: "successful",
  failed: "failed",
  incomplete: "incomplete",
  pending: "pending",
  initial: "pending",
  processing: "pending",
  expired: "expired",
  error: "error",
};

/** The transaction object inside a body: a v3 body is the transaction; a v2 body wraps it in `transaction`. */
export function unwrapTransaction(body: unknown): Record<string, unknown> {
  const top = asRecord(body);
  if (!top) throw new PayloadError("body is not a JSON object");
  if (typeof top.uid === "string") return top;
  const inner = asRecord(top.transaction);
  if (inner && typeof inner.uid === "string") return inner;
  throw new PayloadError("no transaction uid in the body");
}

export function mapBegatewayTransaction(body: unknown): TransactionSnapshot {
  const tx = unwrapTransaction(body);
  const uid = str(tx.uid);
  const typeName = str(tx.type) ?? "";
  const type = TYPES[typeName];
  if (!uid || !type) throw new PayloadError(`unsupported transaction type "${typeName}"`);
  const statusName = str(tx.status) ?? "";
  let status = STATUSES[statusName];
  if (!status) throw new PayloadError(`unknown status "${statusName}"`);
  const amountMinor = toMinor(tx.amount);
  const currency = str(tx.currency)?.toUpperCase();
  if (amountMinor === null || !currency || !/^[A-Z]{3}$/.test(currency)) {
    throw new PayloadError("amount must be an integer of minor units beside a 3-letter currency");
  }
  const expiredAt = date(tx.expired_at);
  if (status === "failed" && expiredAt) status = "expired";

  // v3 names the bank section `transaction`; v2 names it after the type (`payment`, `refund`, …).
  const bank = (tx === body ? asRecord(tx.transaction) : null) ?? asRecord(tx[typeName]) ?? {};
  const card = asRecord(tx.payment_method) ?? asRecord(tx.credit_card);
  const customer = asRecord(tx.customer) ?? {};
  const billing = asRecord(tx.billing_address) ?? {};
  const threeDs = asRecord(tx.three_d_secure_verification);
  const avsCvc = asRecord(tx.avs_cvc_verification) ?? {};
  const outcome = decodeBegateway(str(tx.code), {
    status: statusName,
    message: str(tx.message) ?? str(bank.message),
    friendlyMessage: str(tx.friendly_message),
  });

  return {
    provider: "begateway",
    providerUid: uid,
    parentProviderUid: str(tx.parent_uid),
    type,
    status,
    amountMinor,
    currency,
    trackingId: str(tx.tracking_id),
    description: str(tx.description),
    method: card
      ? {
          type: str(card.payment_method_type) ?? "credit_card",
          brand: normalizeBrand(str(card.brand)),
          bin: str(card.bin),
          last4: str(card.last_4),
          holder: str(card.holder),
          expMonth: int(card.exp_month),
          expYear: int(card.exp_year),
          issuerName: str(card.issuer_name),
          issuerCountry: str(card.issuer_country),
        }
      : null,
    customerEmail: str(customer.email),
    customerIp: str(customer.ip),
    customerCountry: str(customer.country) ?? str(billing.country),
    rrn: str(bank.rrn),
    authCode: str(bank.auth_code),
    refId: str(bank.ref_id),
    networkTransactionId: null,
    outcome,
    verifications: {
      threeDs: threeDs
        ? {
            status: str(threeDs.status),
            eci: str(threeDs.eci),
            version: str(threeDs.version) ?? str(threeDs.protocol_version),
            result: str(threeDs.pa_status) ?? str(threeDs.ve_status),
          }
        : null,
      avs: str(asRecord(avsCvc.avs_verification)?.result_code),
      cvc: str(asRecord(avsCvc.cvc_verification)?.result_code),
    },
    test: tx.test === true,
    createdAt: date(tx.created_at),
    updatedAt: date(tx.updated_at) ?? date(tx.paid_at) ?? date(tx.created_at),
    paidAt: date(tx.paid_at),
    settledAt: date(tx.settled_at),
    closedAt: date(tx.closed_at),
    expiredAt,
    details: {
      redirectUrl: str(tx.redirect_url),
      bankCode: str(bank.bank_code),
      gatewayId: int(bank.gateway_id),
      billingDescriptor: str(bank.billing_descriptor),
      smartRouting: str(asRecord(tx.smart_routing_verification)?.status),
      threeDsMessage: threeDs ? str(threeDs.message) : null,
      threeDsFailReason: threeDs ? str(threeDs.fail_reason) : null,
      reason: str(tx.reason),
      recurringType: str(tx.recurring_type),
      statusCode: int(tx.status_code),
      // The saved card: a failed payment can be retried with it, without the card number.
      cardToken: card ? str(card.token) : null,
    },
    raw: redactCardData(body),
  };
}
