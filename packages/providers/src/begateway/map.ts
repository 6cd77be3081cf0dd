// beGateway transaction JSON (v3 flat body, or v2 `{"transaction":{…}}` with a type section) -> domain snapshot.
import { decodeBegateway } from "@paylens/codes/begateway";
import { redactCardData, normalizeBrand } from "@paylens/domain/card";
import type { TransactionSnapshot, TransactionStatus, TransactionType } from "@paylens/domain/transaction";
import { PayloadError } from "../connector.ts";
import { begatewayTransaction, type BankAnswer, type V2TypeName } from "./schema.ts";

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

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * The transaction inside a body, as sent (read, not copied): a v3 body is the transaction; a v2 body wraps it in
 * `transaction` (docs/providers/begateway.md §3). Null when the body holds no transaction with a uid.
 */
export function transactionIn(body: unknown): { tx: Record<string, unknown>; v3: boolean } | null {
  if (!isObject(body)) return null;
  if (typeof body["uid"] === "string") return { tx: body, v3: true };
  const wrapped = body["transaction"];
  return isObject(wrapped) && typeof wrapped["uid"] === "string" ? { tx: wrapped, v3: false } : null;
}

/** The transaction inside a body (see `transactionIn`); a PayloadError when there is none. */
export function unwrapTransaction(body: unknown): { tx: Record<string, unknown>; v3: boolean } {
  if (!isObject(body)) throw new PayloadError("body is not a JSON object");
  const found = transactionIn(body);
  if (!found) throw new PayloadError("no transaction uid in the body");
  return found;
}

export function mapBegatewayTransaction(body: unknown): TransactionSnapshot {
  const { tx: sent, v3 } = unwrapTransaction(body);
  const tx = begatewayTransaction.parse(sent);
  const uid = tx.uid;
  const typeName = tx.type ?? "";
  const type = TYPES[typeName];
  if (!uid || !type) throw new PayloadError(`unsupported transaction type "${typeName}"`);
  const statusName = tx.status ?? "";
  let status = STATUSES[statusName];
  if (!status) throw new PayloadError(`unknown status "${statusName}"`);
  const amountMinor = tx.amount;
  const currency = tx.currency?.toUpperCase();
  if (amountMinor === null || !currency || !/^[A-Z]{3}$/.test(currency)) {
    throw new PayloadError("amount must be an integer of minor units beside a 3-letter currency");
  }
  const expiredAt = tx.expired_at;
  if (status === "failed" && expiredAt) status = "expired";

  // v3 names the bank section `transaction`; v2 names it after the type (`payment`, `refund`, …).
  const bank: Partial<BankAnswer> = (v3 ? tx.transaction : null) ?? tx[typeName as V2TypeName] ?? {};
  const card = tx.payment_method ?? tx.credit_card;
  const threeDs = tx.three_d_secure_verification;
  const outcome = decodeBegateway(tx.code, {
    status: statusName,
    message: tx.message ?? bank.message ?? null,
    friendlyMessage: tx.friendly_message,
  });

  return {
    provider: "begateway",
    providerUid: uid,
    parentProviderUid: tx.parent_uid,
    type,
    status,
    amountMinor,
    currency,
    trackingId: tx.tracking_id,
    description: tx.description,
    method: card
      ? {
          type: card.payment_method_type ?? "credit_card",
          brand: normalizeBrand(card.brand),
          bin: card.bin,
          last4: card.last_4,
          holder: card.holder,
          expMonth: card.exp_month,
          expYear: card.exp_year,
          issuerName: card.issuer_name,
          issuerCountry: card.issuer_country,
        }
      : null,
    customerEmail: tx.customer?.email ?? null,
    customerIp: tx.customer?.ip ?? null,
    customerCountry: tx.customer?.country ?? tx.billing_address?.country ?? null,
    rrn: bank.rrn ?? null,
    authCode: bank.auth_code ?? null,
    refId: bank.ref_id ?? null,
    networkTransactionId: null,
    outcome,
    verifications: {
      threeDs: threeDs
        ? {
            status: threeDs.status,
            eci: threeDs.eci,
            version: threeDs.version ?? threeDs.protocol_version,
            result: threeDs.pa_status ?? threeDs.ve_status,
          }
        : null,
      avs: tx.avs_cvc_verification?.avs_verification?.result_code ?? null,
      cvc: tx.avs_cvc_verification?.cvc_verification?.result_code ?? null,
    },
    test: tx.test,
    createdAt: tx.created_at,
    updatedAt: tx.updated_at ?? tx.paid_at ?? tx.created_at,
    paidAt: tx.paid_at,
    settledAt: tx.settled_at,
    closedAt: tx.closed_at,
    expiredAt,
    details: {
      redirectUrl: tx.redirect_url,
      bankCode: bank.bank_code ?? null,
      gatewayId: bank.gateway_id ?? null,
      billingDescriptor: bank.billing_descriptor ?? null,
      smartRouting: tx.smart_routing_verification?.status ?? null,
      threeDsMessage: threeDs ? threeDs.message : null,
      threeDsFailReason: threeDs ? threeDs.fail_reason : null,
      reason: tx.reason,
      recurringType: tx.recurring_type,
      statusCode: tx.status_code,
      // The saved card: a failed payment can be retried with it, without the card number.
      cardToken: card ? card.token : null,
    },
    raw: redactCardData(body),
  };
}
