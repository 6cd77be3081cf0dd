// Mutations that settle a payment's result, and the card fields Antom reports about it (paymentResultInfo,
// docs/providers/antom.md §9).
import { createHash } from "node:crypto";
import { luhnValid } from "@paylens/domain/card";
import { lookupBin } from "../cards.ts";
import { randomAlphanumeric, randomDigits, randomHex, randomUuid, type Rng, weightedChoice } from "../random.ts";
import { ANTOM_BRANDS, result, TEST_CARDS } from "./codes.ts";
import type { CardChecks, CardResult, CardSnapshot, Payment, ThreeDsInfo } from "./store.ts";
import type { PayRequest } from "./validate.ts";

const FUNDING = { credit: "CREDIT", debit: "DEBIT", prepaid: "PREPAID" } as const;
const AUTH_VALIDITY_MS = 7 * 24 * 3_600_000; // card authorizations: capture within 7 days (ASSUMPTION, §8 has no default)

/** The card as stored: BIN, last 4 and a hash; a number too short to be a card keeps only its last 4. */
export function snapshotCard(req: PayRequest, rng: Rng): CardSnapshot {
  const { number } = req.card;
  const test = TEST_CARDS[number];
  const range = lookupBin(number);
  return {
    bin: number.length >= 12 ? number.slice(0, 6) : "",
    last4: number.slice(-4),
    brand: test?.brand ?? ANTOM_BRANDS[range.brand],
    issuingCountry: test ? test.country : range.country,
    issuerName: range.issuer,
    funding: FUNDING[range.product],
    expiryMonth: req.card.expiryMonth.padStart(2, "0"),
    expiryYear: req.card.expiryYear.slice(-2),
    holder: req.card.holder,
    checks: { billingAddress: req.card.billingAddress, cvv: req.card.cvv !== null },
    token: randomUuid(rng),
    stamp: createHash("sha256").update(number).digest("hex"),
  };
}

/** A 15-digit scheme id that is not Luhn-valid, so card masking never mistakes it for a card number. */
function networkTransactionId(rng: Rng): string {
  const id = randomDigits(rng, 15);
  return luhnValid(id) ? `${id.slice(0, 14)}${(Number(id.slice(14)) + 1) % 10}` : id;
}

/** AVS is only answered when a billing address was sent; the seed's example shows "A" (address matches, zip not). */
function avsResult(checks: CardChecks, rng: Rng): string {
  if (!checks.billingAddress) return "U";
  return weightedChoice(rng, [
    ["Y", 70],
    ["A", 10],
    ["Z", 8],
    ["N", 5],
    ["U", 7],
  ] as const);
}

export function emptyCardResult(): CardResult {
  return {
    avs: null,
    cvv: null,
    networkTransactionId: null,
    rrn: null,
    authCode: null,
    refusalCodeRaw: null,
    threeDS: null,
  };
}

/** What the issuer side reports once the card reached it (approved or declined). */
export function issuerCardResult(checks: CardChecks, rng: Rng, cvvMismatch = false): CardResult {
  return {
    avs: avsResult(checks, rng),
    cvv: checks.cvv ? (cvvMismatch ? "N" : "Y") : "U",
    networkTransactionId: networkTransactionId(rng),
    rrn: randomDigits(rng, 12),
    authCode: null,
    refusalCodeRaw: null,
    threeDS: null,
  };
}

export function authenticated(
  payment: Payment,
  rng: Rng,
  kind: "challenge" | "frictionless-Y" | "frictionless-A",
): ThreeDsInfo {
  const master = payment.card.brand === "MASTERCARD";
  const attempted = kind === "frictionless-A";
  return {
    threeDSVersion: "2.2.0",
    eci: attempted ? (master ? "01" : "06") : master ? "02" : "05",
    cavv: Buffer.from(randomHex(rng, 40), "hex").toString("base64"),
    dsTransactionId: randomUuid(rng),
    challenged: kind === "challenge",
  };
}

export function notAuthenticated(
  payment: Payment,
  reason: { statusReason?: string; challengeCancel?: string },
): ThreeDsInfo {
  return {
    threeDSVersion: "2.2.0",
    eci: payment.card.brand === "MASTERCARD" ? "00" : "07",
    challenged: true,
    ...(reason.statusReason ? { threeDStransactionStatusReason: reason.statusReason } : {}),
    ...(reason.challengeCancel ? { challengeCancel: reason.challengeCancel } : {}),
  };
}

export function succeed(payment: Payment, at: Date, rng: Rng): void {
  payment.status = "SUCCESS";
  payment.result = result("SUCCESS");
  payment.paymentTime = at;
  payment.cardResult.authCode = randomAlphanumeric(rng, 6);
  // Automatic capture happens with the authorization (§4.1 seed); manual leaves it open until capture or expiry.
  payment.captured = payment.manual ? 0n : payment.amount;
  payment.authExpiry = payment.manual ? new Date(at.getTime() + AUTH_VALIDITY_MS) : null;
  payment.challengeUrl = null;
}

export function fail(payment: Payment, code: string): void {
  payment.status = "FAIL";
  payment.result = result(code, "F");
  payment.paymentTime = null;
  payment.challengeUrl = null;
}
