// The one dispute model every provider's chargeback or dispute notice is mapped into, and the rule that keeps a
// decided dispute decided whatever order its messages arrive in.

/** How far the case has gone at the card scheme: an inquiry (retrieval request) comes before the chargeback. */
export const DISPUTE_STAGES = ["inquiry", "chargeback", "pre_arbitration", "arbitration"] as const;
export type DisputeStage = (typeof DISPUTE_STAGES)[number];

/** needs_response and under_review are open; the rest are final. */
export const DISPUTE_STATUSES = ["needs_response", "under_review", "won", "lost", "accepted", "cancelled"] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];

export const FINAL_DISPUTE_STATUSES: readonly DisputeStatus[] = ["won", "lost", "accepted", "cancelled"];

export const isDisputeFinal = (status: DisputeStatus): boolean => FINAL_DISPUTE_STATUSES.includes(status);

export const isDisputeOpen = (status: DisputeStatus): boolean => !isDisputeFinal(status);

/** The card schemes' four groups of reason codes. */
export const REASON_CATEGORIES = ["fraud", "authorisation", "processing_error", "consumer_dispute"] as const;
export type ReasonCategory = (typeof REASON_CATEGORIES)[number];

/** Mastercard's common chargeback reason codes by group (Chargeback Guide). */
const MASTERCARD: Record<string, ReasonCategory> = {
  "4837": "fraud",
  "4840": "fraud",
  "4849": "fraud",
  "4863": "fraud",
  "4870": "fraud",
  "4871": "fraud",
  "4807": "authorisation",
  "4808": "authorisation",
  "4812": "authorisation",
  "4831": "processing_error",
  "4834": "processing_error",
  "4842": "processing_error",
  "4846": "processing_error",
  "4841": "consumer_dispute",
  "4853": "consumer_dispute",
  "4854": "consumer_dispute",
  "4855": "consumer_dispute",
  "4859": "consumer_dispute",
  "4860": "consumer_dispute",
};

/** Visa's dispute conditions are grouped by their first number (Visa Claims Resolution). */
const VISA_GROUPS: Record<string, ReasonCategory> = {
  "10": "fraud",
  "11": "authorisation",
  "12": "processing_error",
  "13": "consumer_dispute",
};

/** The scheme's category of a reason code ("10.4", "4837", "MC4837"); null when the code is not a known one. */
export function reasonCategory(code: string | null | undefined): ReasonCategory | null {
  if (!code) return null;
  const trimmed = code.trim().toUpperCase();
  const visa = /^(?:VISA[\s-]?)?(1[0-3])\.\d{1,2}$/.exec(trimmed);
  if (visa) return VISA_GROUPS[visa[1] as string] ?? null;
  const mastercard = /^(?:MC|MASTERCARD)?[\s-]?(48\d\d)$/.exec(trimmed);
  if (mastercard) return MASTERCARD[mastercard[1] as string] ?? null;
  return null;
}

/** What one provider message says about one dispute. */
export interface DisputeSnapshot {
  /** A registered provider's id (packages/providers/src/catalog.ts). */
  provider: string;
  providerDisputeId: string;
  /** The disputed payment's uid at the provider. */
  paymentProviderUid: string;
  stage: DisputeStage;
  status: DisputeStatus;
  reasonCode: string | null;
  reasonMessage: string | null;
  reasonCategory: ReasonCategory | null;
  amountMinor: bigint;
  currency: string;
  /** ARN or RRN: the scheme's reference of the disputed payment. */
  networkReference: string | null;
  dueAt: Date | null;
  openedAt: Date | null;
  /** The provider's time of this message; orders messages that arrive out of order. */
  updatedAt: Date | null;
  /** The provider's name of what happened (DISPUTE_JUDGED, chargeback status …), for the timeline. */
  event: string;
  raw: unknown;
}

export interface KnownDispute {
  stage: DisputeStage;
  status: DisputeStatus;
  updatedAt: Date | null;
}

/**
 * create: first message; advance: the stage or status moves on; refresh: same state, newer message (fills details);
 * stale: older, a duplicate, or an open status after a final one: recorded on the timeline, changes no state.
 */
export type DisputeTransition = "create" | "advance" | "refresh" | "stale";

const STAGE_RANK: Record<DisputeStage, number> = { inquiry: 0, chargeback: 1, pre_arbitration: 2, arbitration: 3 };

export function decideDisputeTransition(
  current: KnownDispute | null,
  incoming: Pick<DisputeSnapshot, "stage" | "status" | "updatedAt">,
): DisputeTransition {
  if (!current) return "create";
  const newer = isNewer(incoming.updatedAt, current.updatedAt);
  if (isDisputeFinal(current.status)) {
    // A later stage reopens a decided case (pre-arbitration after a won chargeback); nothing else moves a final status.
    if (STAGE_RANK[incoming.stage] > STAGE_RANK[current.stage] && newer) return "advance";
    return "stale";
  }
  if (STAGE_RANK[incoming.stage] < STAGE_RANK[current.stage]) return "stale";
  if (isDisputeFinal(incoming.status)) return "advance";
  if (incoming.stage !== current.stage) return "advance";
  if (!newer) return "stale";
  return incoming.status === current.status ? "refresh" : "advance";
}

function isNewer(incoming: Date | null, current: Date | null): boolean {
  if (!incoming) return false;
  if (!current) return true;
  return incoming.getTime() > current.getTime();
}

/**
 * What the dispute moves in the ledger when its status changes: the disputed amount is held while it is open,
 * released on a win (or a cancellation) and lost on a loss or an acceptance. A first message that is already
 * decided (judged before created) moves what the whole case would have; a case reopened after a win is held again.
 */
export type DisputeMovement = "dispute_hold" | "dispute_reversal" | "dispute_loss";

const LOST: readonly DisputeStatus[] = ["lost", "accepted"];

export function disputeMovements(from: DisputeStatus | null, to: DisputeStatus): DisputeMovement[] {
  if (from === to) return [];
  if (from === null) {
    if (isDisputeOpen(to)) return ["dispute_hold"];
    return LOST.includes(to) ? ["dispute_hold", "dispute_loss"] : [];
  }
  if (isDisputeOpen(from)) {
    if (isDisputeOpen(to)) return [];
    return LOST.includes(to) ? ["dispute_loss"] : ["dispute_reversal"];
  }
  // From a final status: only a reopened case that had been won moves money again.
  if (LOST.includes(from)) return [];
  if (isDisputeOpen(to)) return ["dispute_hold"];
  return LOST.includes(to) ? ["dispute_hold", "dispute_loss"] : [];
}
