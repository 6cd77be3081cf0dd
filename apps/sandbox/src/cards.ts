// Card-side truth shared by every emulator: BIN catalogue, documented test cards and the simulated issuer
// (docs/traffic.md §5, §9).
import { luhnValid } from "@paylens/domain/card";
import { chance, randomDigits, type Rng, weightedChoice } from "./random.ts";

export type CardBrand = "visa" | "mastercard" | "amex" | "discover" | "unknown";
export type CardProduct = "credit" | "debit" | "prepaid";
export type IssuerRegion = "NA" | "EU" | "UK" | "APAC" | "LATAM" | "OTHER";

export interface BinRange {
  bin: string;
  brand: CardBrand;
  issuer: string;
  /** ISO 3166-1 alpha-2, null when unknown. */
  country: string | null;
  product: CardProduct;
  region: IssuerRegion;
  /** Issuer effect of docs/traffic.md §9 row 8; one "bad issuer" sits at 0.68. */
  approvalMultiplier: number;
  length: number;
  /** A provider-facing product name where a sandbox shows one (beGateway's seed shows "VISA"). */
  productLabel?: string;
}

const range = (
  bin: string,
  brand: CardBrand,
  product: CardProduct,
  country: string,
  region: IssuerRegion,
  issuer: string,
  approvalMultiplier: number,
  length = 16,
): BinRange => ({ bin, brand, issuer, country, product, region, approvalMultiplier, length });

// Public BIN shapes from binlist (2017, crowd-sourced): demo labels, not current truth.
export const BIN_CATALOGUE: readonly BinRange[] = [
  range("403116", "visa", "credit", "US", "NA", "CHASE", 1.03),
  range("512257", "mastercard", "credit", "US", "NA", "CHASE", 1.03),
  range("400390", "visa", "credit", "US", "NA", "BANK OF AMERICA, N.A.", 0.98),
  range("400344", "visa", "credit", "US", "NA", "CAPITAL ONE", 1.01),
  range("510805", "mastercard", "debit", "US", "NA", "CAPITAL ONE", 1.01),
  range("341142", "amex", "credit", "US", "NA", "AMERICAN EXPRESS", 1.02, 15),
  range("489055", "visa", "credit", "GB", "UK", "BARCLAYS", 1.0),
  range("475127", "visa", "debit", "GB", "UK", "NATWEST", 0.97),
  range("531306", "mastercard", "prepaid", "GB", "UK", "Wirecard Card Solutions", 0.68),
  range("523227", "mastercard", "credit", "DE", "EU", "DEUTSCHE", 1.02),
  range("497490", "visa", "credit", "FR", "EU", "BNP PARIBAS", 0.96),
  range("456353", "visa", "credit", "NL", "EU", "ABN AMRO", 1.04),
  range("516230", "mastercard", "credit", "BR", "LATAM", "NUBANK", 0.99),
  range("410180", "visa", "credit", "MX", "LATAM", "BBVA BANCOMER", 0.95),
  range("454294", "visa", "credit", "JP", "APAC", "MIZUHO", 1.0),
  range("405221", "visa", "credit", "AU", "APAC", "COMMONWEALTH BANK OF AUSTRALIA", 1.01),
];

// BINs of the documented sandbox test cards; 420000 mirrors beGateway's v3 example response.
const TEST_BINS: readonly BinRange[] = [
  { ...range("420000", "visa", "credit", "LT", "EU", "VISA", 1), productLabel: "VISA" },
];

export type ThreeDsResult = "Y" | "A" | "N" | "R" | "U";

export type TestCard =
  | { outcome: "approve" }
  | { outcome: "decline" }
  | { outcome: "three_ds"; result: ThreeDsResult; flow: "frictionless" | "challenge" };

const threeDs = (result: ThreeDsResult, flow: "frictionless" | "challenge" = "frictionless"): TestCard => ({
  outcome: "three_ds",
  result,
  flow,
});

// docs/providers/begateway.md §6 (D-test); 4012000000003010 is the PHP tests' 3-DS card, which always stops at
// incomplete.
export const TEST_CARDS: Readonly<Record<string, TestCard>> = {
  "4200000000000000": { outcome: "approve" },
  "4005550000000019": { outcome: "decline" },
  "4012000000001006": threeDs("Y"),
  "4012000000001055": threeDs("A"),
  "4012000000001097": threeDs("Y", "challenge"),
  "4012000000001022": threeDs("U"),
  "4012000000001030": threeDs("R"),
  "4012000000001014": threeDs("N"),
  "5204240000015003": threeDs("Y"),
  "5204240000015011": threeDs("A"),
  "5204240000015029": threeDs("Y", "challenge"),
  "5204240000015045": threeDs("U"),
  "5204240000015052": threeDs("R"),
  "5204240000015060": threeDs("N"),
  "4012000000003010": threeDs("Y", "challenge"),
};

export function testCard(number: string): TestCard | null {
  return TEST_CARDS[number] ?? null;
}

export function brandOf(number: string): CardBrand {
  if (/^4/.test(number)) return "visa";
  if (/^(5[1-5]|222[1-9]|22[3-9]\d|2[3-6]\d\d|27[01]\d|2720)/.test(number)) return "mastercard";
  if (/^3[47]/.test(number)) return "amex";
  if (/^(6011|65|64[4-9])/.test(number)) return "discover";
  return "unknown";
}

/** Longest-prefix match over the catalogue and test BINs; unknown BINs get a neutral default issuer named after the brand. */
export function lookupBin(numberOrBin: string): BinRange {
  let best: BinRange | null = null;
  for (const entry of [...TEST_BINS, ...BIN_CATALOGUE]) {
    if (numberOrBin.startsWith(entry.bin) && (!best || entry.bin.length > best.bin.length)) best = entry;
  }
  if (best) return best;
  const brand = brandOf(numberOrBin);
  return {
    bin: numberOrBin.slice(0, 6),
    brand,
    issuer: brand === "unknown" ? "UNKNOWN ISSUER" : brand.toUpperCase(),
    country: null,
    product: "credit",
    region: "OTHER",
    approvalMultiplier: 1,
    length: brand === "amex" ? 15 : 16,
  };
}

/** A Luhn-valid number inside the range: random body digits, then the check digit. */
export function cardNumber(bin: BinRange | string, rng: Rng): string {
  const entry = typeof bin === "string" ? lookupBin(bin) : bin;
  const prefix = typeof bin === "string" ? bin : entry.bin;
  const body = prefix + randomDigits(rng, Math.max(0, entry.length - prefix.length - 1));
  for (let check = 0; check <= 9; check++) {
    const candidate = `${body}${check}`;
    if (luhnValid(candidate)) return candidate;
  }
  return `${body}0`;
}

// docs/traffic.md §9 decline-reason weights (issuer declines only), with ISO-8583 codes and the soft/hard split.
export type DeclineReason =
  | "insufficient_funds"
  | "do_not_honor"
  | "suspected_fraud"
  | "incorrect_cvc"
  | "invalid_card"
  | "expired_card"
  | "not_permitted"
  | "limit_exceeded"
  | "bank_unavailable"
  | "authentication_required"
  | "lost_card"
  | "stolen_card"
  | "pickup_card"
  | "closed_account"
  | "system_malfunction"
  | "reenter_transaction";

export interface DeclineReasonInfo {
  reason: DeclineReason;
  isoCode: string;
  weight: number;
  soft: boolean;
}

export const DECLINE_REASONS: readonly DeclineReasonInfo[] = [
  { reason: "insufficient_funds", isoCode: "51", weight: 38, soft: true },
  { reason: "do_not_honor", isoCode: "05", weight: 15, soft: true },
  { reason: "suspected_fraud", isoCode: "59", weight: 10, soft: true },
  { reason: "incorrect_cvc", isoCode: "N7", weight: 6, soft: true },
  { reason: "invalid_card", isoCode: "14", weight: 5, soft: false },
  { reason: "expired_card", isoCode: "54", weight: 5, soft: false },
  { reason: "not_permitted", isoCode: "57", weight: 5, soft: false },
  { reason: "limit_exceeded", isoCode: "61", weight: 4, soft: true },
  { reason: "bank_unavailable", isoCode: "91", weight: 3, soft: true },
  { reason: "authentication_required", isoCode: "1A", weight: 3, soft: true },
  { reason: "lost_card", isoCode: "41", weight: 1.5, soft: false },
  { reason: "stolen_card", isoCode: "43", weight: 1, soft: false },
  { reason: "pickup_card", isoCode: "04", weight: 0.5, soft: false },
  { reason: "closed_account", isoCode: "46", weight: 1, soft: false },
  { reason: "system_malfunction", isoCode: "96", weight: 1, soft: true },
  { reason: "reenter_transaction", isoCode: "19", weight: 1, soft: true },
];

export function declineInfo(reason: DeclineReason): DeclineReasonInfo {
  const info = DECLINE_REASONS.find((row) => row.reason === reason);
  if (!info) throw new Error(`unknown decline reason ${reason}`);
  return info;
}

let incident: { issuer: string; multiplier: number } | null = null;

/** Process-wide: every emulator asks the same simulated issuers, so an outage hits all providers at once. */
export function setIssuerIncident(issuerName: string | null, approvalMultiplier = 0.1): void {
  incident = issuerName === null ? null : { issuer: issuerName.toUpperCase(), multiplier: approvalMultiplier };
}

export function issuerIncident(): { issuer: string; multiplier: number } | null {
  return incident;
}

export interface IssuerCard {
  /** The BIN (6–8 digits); a full number works as well, only its prefix is read. */
  bin: string;
  expMonth?: number | null;
  expYear?: number | null;
}

export interface DecisionContext {
  /** When the issuer sees the request (expiry is checked against it). */
  at?: Date;
  /** The acquirer's country: a different issuer country makes it cross-border. */
  acquirerCountry?: string | null;
  initiation?: "cit" | "mit";
}

export type IssuerDecision =
  | { approved: true; issuer: BinRange }
  | { approved: false; issuer: BinRange; reason: DeclineReason; isoCode: string; soft: boolean };

const REGION_MULTIPLIER: Record<IssuerRegion, number> = {
  NA: 1,
  EU: 0.99,
  UK: 1,
  APAC: 0.94,
  LATAM: 0.92,
  OTHER: 0.96,
};
const PRODUCT_MULTIPLIER: Record<CardProduct, number> = { credit: 1, debit: 0.96, prepaid: 0.85 };
// Above this many minor units limits start to bite (a currency-blind rule of thumb, an ASSUMPTION).
const LARGE_AMOUNT = 500_000;

function isExpired(card: IssuerCard, at: Date): boolean {
  if (!card.expMonth || !card.expYear) return false;
  const year = card.expYear < 100 ? 2000 + card.expYear : card.expYear;
  return year < at.getUTCFullYear() || (year === at.getUTCFullYear() && card.expMonth < at.getUTCMonth() + 1);
}

function decline(issuer: BinRange, reason: DeclineReason): IssuerDecision {
  const info = declineInfo(reason);
  return { approved: false, issuer, reason, isoCode: info.isoCode, soft: info.soft };
}

/**
 * p_approve = clamp(0.91 × Π multipliers, 0.05, 0.995) × incident, then a weighted reason draw with docs/traffic.md's
 * tilts.
 */
export function issuerDecision(
  card: IssuerCard,
  amount: number,
  rng: Rng,
  context: DecisionContext = {},
): IssuerDecision {
  const issuer = lookupBin(card.bin);
  if (isExpired(card, context.at ?? new Date())) return decline(issuer, "expired_card");

  const crossBorder = Boolean(context.acquirerCountry && issuer.country && context.acquirerCountry !== issuer.country);
  const latamCrossBorder = crossBorder && issuer.region === "LATAM";
  const mit = context.initiation === "mit";
  const large = amount >= LARGE_AMOUNT;
  const hit = incident !== null && incident.issuer === issuer.issuer.toUpperCase();

  let p = 0.91 * REGION_MULTIPLIER[issuer.region] * PRODUCT_MULTIPLIER[issuer.product] * issuer.approvalMultiplier;
  if (crossBorder) p *= latamCrossBorder ? 0.45 : 0.88;
  if (mit) p *= 0.93;
  if (large) p *= 0.95;
  p = Math.min(0.995, Math.max(0.05, p));
  if (hit && incident) p *= incident.multiplier;
  if (!chance(rng, p)) {
    const weights = DECLINE_REASONS.map((row): readonly [DeclineReason, number] => {
      let w = row.weight;
      if (crossBorder && (row.reason === "do_not_honor" || row.reason === "suspected_fraud")) w *= 1.5;
      if (mit && row.reason === "expired_card") w *= 3;
      if (mit && row.reason === "insufficient_funds") w *= 1.3;
      if (large && row.reason === "limit_exceeded") w *= 4;
      if (hit && row.reason === "bank_unavailable") w *= 6;
      if (hit && row.reason === "do_not_honor") w *= 2;
      return [row.reason, w];
    });
    // LATAM cards used cross-border: "restricted" takes ~40 % of declines (TC, PPRO).
    if (latamCrossBorder && chance(rng, 0.4)) return decline(issuer, "not_permitted");
    return decline(issuer, weightedChoice(rng, weights));
  }
  return { approved: true, issuer };
}
