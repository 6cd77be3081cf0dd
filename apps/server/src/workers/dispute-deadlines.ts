// Dispute deadline alerts (issue 15): an open dispute due within 3 days raises "dispute-due"; within a day it
// escalates to "dispute-due-final", a separate alert so the escalation is raised (and seen) as new. Both end when
// the dispute is answered or decided, or its deadline passes (db/queries/alerts-disputes.ts leaves those out).
import type { FiringAlert } from "@paylens/db/queries/alerts";
import type { DisputeDue } from "@paylens/db/queries/alerts-disputes";

const DAY = 86_400_000;
export const DISPUTE_WARN_MS = 3 * DAY;
export const DISPUTE_ESCALATE_MS = DAY;

export function disputeDeadlineAlerts(due: DisputeDue[], now: Date): FiringAlert[] {
  return due.map((dispute) => {
    const leftMs = dispute.dueAt.getTime() - now.getTime();
    const final = leftMs <= DISPUTE_ESCALATE_MS;
    const hours = Math.floor(leftMs / 3_600_000);
    const left = hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} days`;
    return {
      rule: final ? "dispute-due-final" : "dispute-due",
      kind: final ? "dispute-due-final" : "dispute-due",
      segment: `dispute:${dispute.id}`,
      figures: { dueAt: dispute.dueAt.toISOString(), hoursLeft: hours },
      message:
        `${final ? "Last day: " : ""}${dispute.provider} dispute ${dispute.providerDisputeId} ` +
        `(${dispute.accountId}) needs a response within ${left}`,
    };
  });
}
