import type { InboxState } from "../../lib/api-types.ts";

// What Paylens did with a message, in the colours the transaction statuses use for the same sense.
export const INBOX_STATE_INFO: Record<InboxState, { label: string; tone: string; meaning: string }> = {
  pending: {
    label: "Pending",
    tone: "pending",
    meaning: "Stored and acknowledged; the inbox worker has not applied it yet",
  },
  applied: { label: "Applied", tone: "successful", meaning: "Applied to its transaction" },
  duplicate: {
    label: "Duplicate",
    tone: "expired",
    meaning: "The same notification was applied before; nothing changed",
  },
  flagged: {
    label: "Flagged",
    tone: "failed",
    meaning:
      "Signed, but it would change what cannot change (a negative amount, a new currency, a final amount): kept, alerted, not applied",
  },
  too_old: {
    label: "Too old",
    tone: "expired",
    meaning: "Signed longer ago than the replay window allows: kept, not applied",
  },
  rejected: {
    label: "Rejected",
    tone: "error",
    meaning: "Failed verification or was malformed; stored for forensics, never applied",
  },
  failed: { label: "Failed", tone: "failed", meaning: "Could not be applied; ops may put it back in the queue" },
};

export function InboxStateBadge({ state }: { state: string }) {
  const info = state in INBOX_STATE_INFO ? INBOX_STATE_INFO[state as InboxState] : null;
  return (
    <span className={`badge badge-sm status status-${info?.tone ?? "unknown"}`} title={info?.meaning}>
      <span className="status-dot" aria-hidden="true" />
      {info?.label ?? state}
    </span>
  );
}
