// Mutations that settle a transaction's outcome, shared by card payments, 3-DS completion, expiry and child transactions.
import { randomAlphanumeric, randomDigits, randomHex, type Rng } from "../random.ts";
import { bankCodeOf, codeText } from "./codes.ts";
import type { BankSection, Customer, Transaction, TxType } from "./store.ts";

export const GATEWAY_ID = 645;
const DESCRIPTOR = "SANDBOX*BEGATEWAY";

const TYPE_WORD: Record<TxType, string> = {
  payment: "Payment",
  authorization: "Authorization",
  capture: "Capture",
  void: "Void",
  refund: "Refund",
  chargeback: "Chargeback",
};

export function emptyBank(): BankSection {
  return {
    authCode: null,
    bankCode: null,
    rrn: null,
    refId: null,
    message: null,
    billingDescriptor: null,
    gatewayId: GATEWAY_ID,
  };
}

type Undecided = Pick<
  Transaction,
  | "status"
  | "code"
  | "message"
  | "v2Message"
  | "createdAt"
  | "updatedAt"
  | "paidAt"
  | "expiredAt"
  | "threeDs"
  | "bank"
  | "redirectUrl"
  | "statusCode"
  | "receiptHash"
  | "captured"
  | "refunded"
  | "voided"
>;

/** Where every new transaction starts: failed F.0999 until approve, decline or markIncomplete settles it. */
export function undecided(at: Date, rng: Rng): Undecided {
  return {
    status: "failed",
    code: "F.0999",
    message: null,
    v2Message: null,
    createdAt: at,
    updatedAt: at,
    paidAt: null,
    expiredAt: null,
    threeDs: null,
    bank: emptyBank(),
    redirectUrl: null,
    statusCode: null,
    receiptHash: randomHex(rng, 64),
    captured: 0,
    refunded: 0,
    voided: false,
  };
}

export function approve(tx: Transaction, at: Date, rng: Rng, authCode?: string | null): void {
  tx.status = "successful";
  tx.code = "S.0000";
  tx.message = codeText("S.0000").message;
  tx.v2Message = "Successfully processed";
  tx.updatedAt = at;
  tx.paidAt = at;
  tx.bank = {
    authCode: authCode === undefined ? randomAlphanumeric(rng, 6) : authCode,
    bankCode: "00",
    rrn: randomDigits(rng, 12),
    refId: randomDigits(rng, 9),
    message: `${TYPE_WORD[tx.type]} was approved`,
    billingDescriptor: DESCRIPTOR,
    gatewayId: GATEWAY_ID,
  };
}

/** bankCode: the issuer's ISO answer when one was reached, else derived from the code (null for gateway-side failures). */
export function decline(
  tx: Transaction,
  code: string,
  at: Date,
  rng: Rng,
  options: { bankCode?: string | null; v2Message?: string } = {},
): void {
  tx.status = "failed";
  tx.code = code;
  tx.message = codeText(code).message;
  const v2Message = options.v2Message ?? `${TYPE_WORD[tx.type]} was declined`;
  tx.v2Message = v2Message;
  tx.updatedAt = at;
  tx.paidAt = null;
  const bankCode = options.bankCode === undefined ? bankCodeOf(code) : options.bankCode;
  tx.bank = {
    ...emptyBank(),
    bankCode,
    rrn: bankCode ? randomDigits(rng, 12) : null,
    refId: bankCode ? randomDigits(rng, 9) : null,
    message: v2Message,
  };
}

export function markIncomplete(tx: Transaction, redirectUrl: string): void {
  tx.status = "incomplete";
  tx.code = "P.9998";
  tx.message = null;
  tx.v2Message = null;
  tx.redirectUrl = redirectUrl;
  tx.statusCode = 21;
  tx.bank = emptyBank();
}

const AVS_PAIRS: Record<string, string> = {
  "11": "M",
  "22": "N",
  "12": "B",
  "21": "P",
  "33": "U",
  "44": "E",
  "55": "0",
};
const CVC_CODES: Record<string, string> = { "111": "M", "222": "N", "333": "U", "444": "E", "555": "0" };

/**
 * docs/providers/begateway.md §6 AVS emulation: the first digit of address and of zip pick the code; no digits -> "M".
 */
export function avsResult(customer: Customer): string {
  const a = customer.address ? /\d/.exec(customer.address)?.[0] : undefined;
  const z = customer.zip ? /\d/.exec(customer.zip)?.[0] : undefined;
  if (!a || !z) return "M";
  return AVS_PAIRS[`${a}${z}`] ?? "1";
}

/** docs/providers/begateway.md §6 CVC emulation; any other CVC matches, no CVC is not checked. */
export function cvcResult(cvc: string | null): string | null {
  if (!cvc) return null;
  return CVC_CODES[cvc] ?? "M";
}
