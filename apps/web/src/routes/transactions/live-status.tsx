import { formatShortDateTime } from "../../lib/format-date.ts";

export interface LiveStatusProps {
  live: boolean;
  connecting: boolean;
  failing: boolean;
  updatedAt: number;
  newCount: number;
  since: Date | null;
}

/** Tells whether the list is following new transactions, when it last refreshed and how many arrived meanwhile. */
const STATES = {
  live: { label: "Live", hint: "Refreshes every 3 seconds" },
  connecting: { label: "Connecting", hint: "Waiting for the first answer from the server" },
  failing: { label: "Reconnecting", hint: "The last refresh failed; retrying every few seconds" },
  paused: { label: "Paused", hint: "Live updates follow the newest page only" },
} as const;

export function LiveStatus({ live, connecting, failing, updatedAt, newCount, since }: LiveStatusProps) {
  const updated = updatedAt ? formatShortDateTime(new Date(updatedAt)) : null;
  const state = !live ? "paused" : failing ? "failing" : connecting ? "connecting" : "live";
  const { label, hint } = STATES[state];
  return (
    <div className="live-status" aria-live="polite">
      {newCount > 0 && since ? (
        <span className="new-count" title={`New transactions since ${formatShortDateTime(since)}`}>
          {newCount} new
        </span>
      ) : null}
      <span className={`live live-${state}`} title={hint}>
        <span className="live-dot" aria-hidden="true" />
        {label}
      </span>
      {updated ? <span className="muted">Updated {updated}</span> : null}
    </div>
  );
}
