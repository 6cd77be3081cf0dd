// Renders a stored transaction as the gateway does: v3 flat (field set and order of the seed's example) or v2 wrapped.
import type { CardBrand } from "../cards.ts";
import { codeText } from "./codes.ts";
import type { CardSnapshot, Transaction } from "./store.ts";
import type { ValidationError } from "./validate.ts";

export type ApiVersion = 2 | 3;
type Json = Record<string, unknown>;

const BRANDS: Record<CardBrand, string> = {
  visa: "visa",
  mastercard: "master",
  amex: "amex",
  discover: "discover",
  unknown: "unknown",
};

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

function card(snapshot: CardSnapshot | null): Json | null {
  if (!snapshot) return null;
  return {
    holder: snapshot.holder,
    stamp: snapshot.stamp,
    brand: BRANDS[snapshot.brand],
    last_4: snapshot.last4,
    first_1: snapshot.first1,
    bin: snapshot.bin,
    issuer_country: snapshot.issuerCountry,
    issuer_name: snapshot.issuerName,
    product: snapshot.product,
    exp_month: snapshot.expMonth,
    exp_year: snapshot.expYear,
    token_provider: null,
    token: snapshot.token,
  };
}

function threeDs(tx: Transaction, baseUrl: string): Json | null {
  const state = tx.threeDs;
  if (!state) return null;
  const processUrl = `${baseUrl}/process/${tx.uid}`;
  return {
    status: state.status,
    message: state.message,
    ve_status: "Y",
    acs_url: null,
    pa_req: null,
    md: null,
    pa_res_url: processUrl,
    eci: state.eci,
    pa_status: state.paStatus,
    xid: state.xid,
    cavv: state.cavv,
    cavv_algorithm: state.cavv ? "2" : null,
    fail_reason: state.failReason,
    method_process_url: null,
    creq: null,
  };
}

function bankSection(tx: Transaction): Json {
  return {
    auth_code: tx.bank.authCode,
    bank_code: tx.bank.bankCode,
    rrn: tx.bank.rrn,
    ref_id: tx.bank.refId,
    message: tx.bank.message,
    amount: tx.amount,
    currency: tx.currency,
    billing_descriptor: tx.bank.billingDescriptor,
    gateway_id: tx.bank.gatewayId,
    status: tx.status,
  };
}

/** A chargeback's own sections: the disputed transaction in brief (its parent, looked up by uid). */
function chargebackSections(tx: Transaction, parentOf: ParentLookup): Json {
  if (tx.type !== "chargeback") return {};
  const parent = tx.parentUid ? parentOf(tx.parentUid) : null;
  return {
    parent_transaction: parent
      ? {
          uid: parent.uid,
          type: parent.type,
          status: parent.status,
          amount: parent.amount,
          currency: parent.currency,
          tracking_id: parent.trackingId,
          paid_at: iso(parent.paidAt),
          rrn: parent.bank.rrn,
        }
      : null,
  };
}

/** Finds a chargeback's disputed transaction; renders without one leave parent_transaction null. */
export type ParentLookup = (uid: string) => Transaction | null;
const noParent: ParentLookup = () => null;

function avsCvc(tx: Transaction): Json {
  return { avs_verification: { result_code: tx.avs }, cvc_verification: { result_code: tx.cvc } };
}

function receiptUrl(tx: Transaction, baseUrl: string): string {
  return `${baseUrl}/customer/transactions/${tx.uid}/${tx.receiptHash}?language=${encodeURIComponent(tx.language)}`;
}

export function renderV3(tx: Transaction, baseUrl: string, parentOf: ParentLookup = noParent): Json {
  const text = codeText(tx.code);
  const method = card(tx.card);
  return {
    uid: tx.uid,
    code: tx.code,
    friendly_message: text.friendly,
    status: tx.status,
    amount: tx.amount,
    currency: tx.currency,
    description: tx.description,
    type: tx.type,
    payment_method: method ? { payment_method_type: "credit_card", ...method } : null,
    tracking_id: tx.trackingId,
    message: tx.message,
    test: tx.test,
    created_at: iso(tx.createdAt),
    updated_at: iso(tx.updatedAt),
    paid_at: iso(tx.paidAt),
    expired_at: iso(tx.expiredAt),
    recurring_type: tx.recurringType,
    closed_at: null,
    settled_at: null,
    manually_corrected_at: null,
    psp_settled_at: null,
    language: tx.language,
    redirect_url: tx.redirectUrl,
    status_code: tx.statusCode,
    parent_uid: tx.parentUid,
    reason: tx.reason,
    links: { receipt_url: receiptUrl(tx, baseUrl) },
    additional_data: tx.additionalData,
    customer: { ...tx.customer },
    smart_routing_verification: { status: "successful" },
    three_d_secure_verification: threeDs(tx, baseUrl),
    transaction: bankSection(tx),
    avs_cvc_verification: avsCvc(tx),
    // v3 names the bank section `transaction`; a chargeback also carries it under its type, as v2 does.
    ...(tx.type === "chargeback" ? { chargeback: bankSection(tx) } : {}),
    ...chargebackSections(tx, parentOf),
  };
}

/** The v2 transaction object (without the `{"transaction":…}` wrapper, which list answers leave out). */
export function renderV2(tx: Transaction, baseUrl: string, parentOf: ParentLookup = noParent): Json {
  const { ip, email, device_id, birth_date, ...billing } = tx.customer;
  return {
    uid: tx.uid,
    id: tx.uid,
    status: tx.status,
    message: tx.v2Message,
    amount: tx.amount,
    currency: tx.currency,
    description: tx.description,
    type: tx.type,
    payment_method_type: "credit_card",
    tracking_id: tx.trackingId,
    test: tx.test,
    language: tx.language,
    created_at: iso(tx.createdAt),
    updated_at: iso(tx.updatedAt),
    paid_at: iso(tx.paidAt),
    expired_at: iso(tx.expiredAt),
    closed_at: null,
    settled_at: null,
    manually_corrected_at: null,
    recurring_type: tx.recurringType,
    redirect_url: tx.redirectUrl,
    receipt_url: receiptUrl(tx, baseUrl),
    status_code: tx.statusCode,
    parent_uid: tx.parentUid,
    reason: tx.reason,
    credit_card: card(tx.card),
    customer: { ip, email, device_id, birth_date },
    billing_address: billing,
    additional_data: tx.additionalData,
    three_d_secure_verification: threeDs(tx, baseUrl),
    avs_cvc_verification: avsCvc(tx),
    [tx.type]: bankSection(tx),
    ...chargebackSections(tx, parentOf),
  };
}

export function renderTransaction(
  tx: Transaction,
  version: ApiVersion,
  baseUrl: string,
  parentOf: ParentLookup = noParent,
): Json {
  return version === 3 ? renderV3(tx, baseUrl, parentOf) : { transaction: renderV2(tx, baseUrl, parentOf) };
}

export function renderList(list: Transaction[], version: ApiVersion, baseUrl: string): Json {
  return { transactions: list.map((tx) => (version === 3 ? renderV3(tx, baseUrl) : renderV2(tx, baseUrl))) };
}

/** v3: code + friendly_message + message (+ errors); v2: message (+ errors). */
export function renderError(error: ValidationError, version: ApiVersion): Json {
  const errors = error.errors ? { errors: error.errors } : {};
  if (version === 2) return { message: error.message, ...errors };
  return { code: error.code, friendly_message: codeText(error.code).friendly, message: error.message, ...errors };
}
