// Decides what a payment request will do before it is stored: an expired card (a request error), a forced code, a
// fixed test-card outcome, a Luhn failure, 3-D Secure (test cards, or every CIT card in a 3-DS shop) or the simulated
// issuer's answer.
import { issuerDecision, type TestCard, type ThreeDsResult } from "../cards.ts";
import { chance, type Rng, weightedChoice } from "../random.ts";
import { codeText, isValidCode, REASON_CODES, statusOfCode } from "./codes.ts";
import type { AfterAuthentication, CardSnapshot } from "./store.ts";
import { expiredCardError, fieldError, type CardRequest, type ValidationError } from "./validate.ts";

export type Plan =
  | { kind: "approve" }
  | { kind: "decline"; code: string; bankCode?: string | null }
  | { kind: "three_ds"; expected: ThreeDsResult; flow: "frictionless" | "challenge"; after: AfterAuthentication };

export interface PlanInput {
  req: CardRequest;
  card: CardSnapshot;
  test: TestCard | null;
  luhn: boolean;
  at: Date;
  /** The shop runs cardholder-initiated payments through 3-D Secure (like beGateway's demo shop 362). */
  threeDsShop: boolean;
  rng: Rng;
}

function isExpired(month: number | null, year: number | null, at: Date): boolean {
  if (!month || !year) return false;
  return year < at.getUTCFullYear() || (year === at.getUTCFullYear() && month < at.getUTCMonth() + 1);
}

/** The simulated issuer's answer for a card. */
export function askIssuer(card: CardSnapshot, amount: number, rng: Rng, at: Date, mit: boolean): Plan {
  const decision = issuerDecision({ bin: card.bin, expMonth: card.expMonth, expYear: card.expYear }, amount, rng, {
    at,
    initiation: mit ? "mit" : "cit",
  });
  if (decision.approved) return { kind: "approve" };
  return { kind: "decline", code: REASON_CODES[decision.reason], bankCode: decision.isoCode };
}

/**
 * docs/traffic.md §9: 58 % frictionless (96 % Y/A there); challenges pass 78 % and fail 7 % (abandonment is the
 * shopper's).
 */
function drawAuthentication(rng: Rng): { expected: ThreeDsResult; flow: "frictionless" | "challenge" } {
  if (chance(rng, 0.58)) {
    return {
      flow: "frictionless",
      expected: weightedChoice(rng, [
        ["Y", 90],
        ["A", 6],
        ["N", 3],
        ["R", 1],
      ] as const),
    };
  }
  return { flow: "challenge", expected: chance(rng, 78 / 85) ? "Y" : "N" };
}

export function planPayment(input: PlanInput): Plan | { error: ValidationError } {
  const { req, card, test, at } = input;
  // An expiry in the past is refused as a request error before any issuer sees it (docs/providers/begateway.md §3.2).
  if (isExpired(card.expMonth, card.expYear, at)) return { error: expiredCardError() };
  const forced = req.test ? req.expectedBankCode : null;
  if (forced) {
    if (!isValidCode(forced)) return { error: fieldError(["additional_data", "expected_bank_code"], "is invalid") };
    const status = statusOfCode(forced);
    if (status === "error") return { error: { code: forced, message: codeText(forced).message, errors: null } };
    if (status === "successful") return { kind: "approve" };
    if (status === "incomplete")
      return { kind: "three_ds", expected: "Y", flow: "challenge", after: { kind: "approve" } };
    return { kind: "decline", code: forced };
  }
  if (!input.luhn) return { kind: "decline", code: "F.0127" };
  const authenticate = input.threeDsShop && !req.card.skipThreeDs && !req.merchantInitiated;

  if (test) {
    if (test.outcome === "three_ds") {
      if (req.card.skipThreeDs) return { kind: "approve" };
      return { kind: "three_ds", expected: test.result, flow: test.flow, after: { kind: "approve" } };
    }
    // PHP README: with the success card, expiry month 10 declines.
    const fixed: Plan =
      test.outcome === "approve" && card.expMonth !== 10 ? { kind: "approve" } : { kind: "decline", code: "F.0105" };
    if (!authenticate) return fixed;
    const after: AfterAuthentication =
      fixed.kind === "approve" ? { kind: "approve" } : { kind: "decline", code: "F.0105" };
    return { kind: "three_ds", expected: "Y", flow: "challenge", after };
  }
  if (authenticate) return { kind: "three_ds", ...drawAuthentication(input.rng), after: { kind: "issuer" } };
  return askIssuer(card, req.amount, input.rng, at, req.merchantInitiated);
}
