import { formatShortDateTime } from "../../lib/format-date.ts";

export interface LiveStatusProps {
  live: boolean;
  failing: boolean;
  updatedAt: number;
  newCount: number;
  since: Date | null;
}

/** Tells whether the list is following new transactions, when it last refreshed and how many arrived meanwhile. */
export function LiveStatus({ live, failing, updatedAt, newCount, since }: LiveStatusProps) {
  const updated = updatedAt ? formatShortDateTime(new Date(updatedAt)) : null;
  const state = !live ? "paused" : failing ? "failing" : "live";
  const label = state === "live" ? "Live" : state === "failing" ? "Reconnecting" : "Paused";
  const hint =
    state === "paused"
      ? "Live updates follow the newest page only"
      : state === "failing"
        ? "The last refresh failed; retrying every few seconds"
        : "Refreshes every 3 seconds";
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
