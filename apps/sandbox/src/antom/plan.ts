// Decides what a card pay will do before it is stored: the documented triggers (docs/providers/antom.md §11: invalid
// data, amount 11, test cards, is3DSAuthentication), a bad or expired card, or the shared simulated issuer's answer.
import { luhnValid } from "@paylens/domain/card";
import { issuerDecision } from "../cards.ts";
import { chance, type Rng, weightedChoice } from "../random.ts";
import { REASON_CODES, RISK_REJECT_AMOUNT, TEST_CARDS, type AntomTestCard } from "./codes.ts";
import type { AfterChallenge } from "./store.ts";
import type { PayRequest } from "./validate.ts";

export type Plan =
  | { kind: "approve"; exemption: boolean; frictionless: "Y" | "A" | null }
  | { kind: "decline"; code: string; isoCode: string | null; reachedIssuer: boolean }
  | { kind: "challenge"; after: AfterChallenge };

const decline = (code: string, isoCode: string | null = null, reachedIssuer = false): Plan => ({
  kind: "decline",
  code,
  isoCode,
  reachedIssuer,
});
const APPROVE: Plan = { kind: "approve", exemption: false, frictionless: null };

function yearOf(expiryYear: string): number {
  const year = Number(expiryYear);
  return year < 100 ? 2000 + year : year;
}

function isExpired(month: number, year: number, at: Date): boolean {
  return year < at.getUTCFullYear() || (year === at.getUTCFullYear() && month < at.getUTCMonth() + 1);
}

/** What the issuer needs to see of a card: its BIN and expiry (never the full number). */
export interface IssuerCard {
  bin: string;
  expiryMonth: string;
  expiryYear: string;
}

/** The simulated issuer (shared with every emulator), in Antom's vocabulary. */
export function askIssuer(card: IssuerCard, amount: bigint, rng: Rng, at: Date): Plan {
  const decision = issuerDecision(
    { bin: card.bin, expMonth: Number(card.expiryMonth), expYear: yearOf(card.expiryYear) },
    Number(amount),
    rng,
    {
      at,
      initiation: "cit",
    },
  );
  if (decision.approved) return APPROVE;
  return decline(REASON_CODES[decision.reason], decision.isoCode, true);
}

function testOutcome(test: AntomTestCard): AfterChallenge {
  return test.outcome === "decline" ? { kind: "decline", code: "DO_NOT_HONOR" } : { kind: "approve" };
}

export interface PlanInput {
  req: PayRequest;
  at: Date;
  /** The client runs every card payment through risk-based 3-D Secure (like beGateway's demo shop 362). */
  threeDsClient: boolean;
  rng: Rng;
}

export function planPayment({ req, at, threeDsClient, rng }: PlanInput): Plan {
  const { card } = req;
  const test = TEST_CARDS[card.number] ?? null;
  if (!/^\d{12,19}$/.test(card.number) || (!test && !luhnValid(card.number)))
    return decline("INVALID_CARD_NUMBER", "14");
  const month = /^\d{1,2}$/.test(card.expiryMonth) ? Number(card.expiryMonth) : 0;
  if (month < 1 || month > 12 || !/^\d{2}(\d{2})?$/.test(card.expiryYear)) return decline("INVALID_EXPIRATION_DATE");
  if (card.cvv !== null && !/^\d{3,4}$/.test(card.cvv)) return decline("INVALID_CVV", "N7");
  // Test cards succeed "with any expiry" (§11); other cards are checked like an acquirer would.
  if (!test && isExpired(month, yearOf(card.expiryYear), at)) return decline("CARD_EXPIRED", "54");
  if (req.money.amount === RISK_REJECT_AMOUNT) return decline("RISK_REJECT");
  if (test?.outcome === "exemption") return { kind: "approve", exemption: true, frictionless: null };

  const after: AfterChallenge = test ? testOutcome(test) : { kind: "issuer" };
  if (card.is3DS) return { kind: "challenge", after };
  if (threeDsClient && !test) {
    // docs/traffic.md §9: 58 % frictionless (mostly Y, some A, a few N), the rest challenged.
    if (!chance(rng, 0.58)) return { kind: "challenge", after };
    const answer = weightedChoice(rng, [
      ["Y", 90],
      ["A", 6],
      ["N", 4],
    ] as const);
    if (answer === "N") return decline("USER_PAYMENT_VERIFICATION_FAILED");
    const issuer = askIssuer({ ...card, bin: card.number.slice(0, 6) }, req.money.amount, rng, at);
    return issuer.kind === "approve" ? { kind: "approve", exemption: false, frictionless: answer } : issuer;
  }
  if (test) return test.outcome === "decline" ? decline("DO_NOT_HONOR", "05", true) : APPROVE;
  return askIssuer({ ...card, bin: card.number.slice(0, 6) }, req.money.amount, rng, at);
}
