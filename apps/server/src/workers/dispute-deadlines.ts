// Dispute deadline alerts (issue 15): an open dispute due within 3 days raises "dispute-due"; within a day it
// escalates to "dispute-due-final", a separate alert so the escalation is raised (and seen) as new. Both end when
// the dispute is answered or decided, or its deadline passes (db/queries/alerts-disputes.ts leaves those out).
import type { FiringAlert } from "@paylens/db/queries/alerts";
import type { DisputeDue } from "@paylens/db/queries/alerts-disputes";
import { said } from "./alert-text.ts";

const DAY = 86_400_000;
export const DISPUTE_WARN_MS = 3 * DAY;
export const DISPUTE_ESCALATE_MS = DAY;

export function disputeDeadlineAlerts(due: DisputeDue[], now: Date): FiringAlert[] {
  return due.map((dispute) => {
    const leftMs = dispute.dueAt.getTime() - now.getTime();
    const final = leftMs <= DISPUTE_ESCALATE_MS;
    const hours = Math.floor(leftMs / 3_600_000);
    return {
      rule: final ? "dispute-due-final" : "dispute-due",
      kind: final ? "dispute-due-final" : "dispute-due",
      segment: `dispute:${dispute.id}`,
      figures: { dueAt: dispute.dueAt.toISOString(), hoursLeft: hours },
      ...said(final ? "dispute-due-final" : hours < 48 ? "dispute-due-hours" : "dispute-due-days", {
        provider: dispute.provider,
        disputeId: dispute.providerDisputeId,
        accountId: dispute.accountId,
        count: final || hours < 48 ? hours : Math.floor(hours / 24),
      }),
    };
  });
}
