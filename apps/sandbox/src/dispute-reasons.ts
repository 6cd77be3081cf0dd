// The card schemes' dispute reasons the sandboxes raise (docs/disputes.md): Visa's and Mastercard's codes with their
// names, weighted so that fraud and consumer disputes dominate as they do in published chargeback mixes.
import { type Rng, weightedChoice } from "./random.ts";

export interface DisputeReason {
  scheme: "visa" | "mastercard";
  code: string;
  message: string;
}

const VISA: ReadonlyArray<readonly [Omit<DisputeReason, "scheme">, number]> = [
  [{ code: "10.4", message: "Other Fraud - Card-Absent Environment" }, 40],
  [{ code: "13.1", message: "Merchandise/Services Not Received" }, 20],
  [{ code: "13.3", message: "Not as Described or Defective Merchandise/Services" }, 12],
  [{ code: "13.2", message: "Cancelled Recurring Transaction" }, 8],
  [{ code: "12.6.1", message: "Duplicate Processing" }, 6],
  [{ code: "13.6", message: "Credit Not Processed" }, 8],
  [{ code: "11.3", message: "No Authorization" }, 6],
];

const MASTERCARD: ReadonlyArray<readonly [Omit<DisputeReason, "scheme">, number]> = [
  [{ code: "4837", message: "No Cardholder Authorization" }, 40],
  [{ code: "4853", message: "Cardholder Dispute" }, 35],
  [{ code: "4834", message: "Point-of-Interaction Error" }, 12],
  [{ code: "4808", message: "Authorization-Related Chargeback" }, 8],
  [{ code: "4863", message: "Cardholder Does Not Recognize - Potential Fraud" }, 5],
];

/** A reason of the card's scheme; brands other than Mastercard use Visa's list (the sandboxes' cards are mostly Visa). */
export function drawDisputeReason(rng: Rng, brand: string): DisputeReason {
  const mastercard = /master/i.test(brand);
  const reason = weightedChoice(rng, mastercard ? MASTERCARD : VISA);
  return { scheme: mastercard ? "mastercard" : "visa", ...reason };
}
