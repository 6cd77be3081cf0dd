import { DateTime } from "../../components/date-time.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatDuration, lagTone } from "../../lib/format-duration.ts";
import { prettyJson } from "../../lib/pretty-json.ts";
import { humanize } from "../../lib/vocabulary.ts";
import type { TransactionEvent } from "./detail-types.ts";
import { Panel } from "./panel.tsx";

const TRANSITION_NOTES: Record<string, string> = {
  create: "First seen: created the transaction",
  advance: "Moved the status forward",
  refresh: "Updated details, same status",
  stale: "Older than what we already knew: ignored",
  conflict: "Contradicts a final status: not applied",
  flagged: "Signed but wrong: kept and alerted, not applied",
  duplicate: "Delivered again: no change",
  none: "No change",
};

function transitionClass(transition: string): string {
  if (transition === "duplicate" || transition === "stale") return "tag tag-warn";
  if (transition === "conflict" || transition === "flagged") return "tag tag-bad";
  if (transition === "create" || transition === "advance") return "tag tag-accent";
  return "tag";
}

function codeTone(code: string): string {
  const letter = code.charAt(0).toLowerCase();
  return code.charAt(1) === "." && "sfpe".includes(letter) ? letter : "x";
}

function EventItem({ event }: { event: TransactionEvent }) {
  const flagged = event.transition === "duplicate" || event.transition === "stale" || event.transition === "conflict";
  return (
    <li className={`event event-${event.transition}${flagged ? " event-flagged" : ""}`}>
      <span className="event-marker" aria-hidden="true" />
      <div className="event-line">
        <DateTime value={event.occurredAt} />
        <span className="tag tag-kind">{humanize(event.kind)}</span>
        <span
          className={transitionClass(event.transition)}
          title={TRANSITION_NOTES[event.transition] ?? event.transition}
        >
          {humanize(event.transition)}
        </span>
        {event.statusFrom || event.statusTo ? (
          <span className="event-status">
            {event.statusFrom ? (
              <StatusBadge status={event.statusFrom} size="sm" />
            ) : (
              <span className="muted">new</span>
            )}
            <span aria-label="to">→</span>
            {event.statusTo ? <StatusBadge status={event.statusTo} size="sm" /> : <span className="muted">—</span>}
          </span>
        ) : null}
        {event.code ? <span className={`code code-${codeTone(event.code)}`}>{event.code}</span> : null}
        {event.kind === "webhook" && event.lagMs !== null ? (
          <span
            className={`lag lag-${lagTone(event.lagMs)}`}
            title="Webhook lag: from the provider's event time to our receipt"
          >
            lag {formatDuration(event.lagMs)}
          </span>
        ) : null}
      </div>
      <p className="event-summary">{event.summary}</p>
      {event.providerTime ? (
        <p className="event-meta">
          Provider time <DateTime value={event.providerTime} />
        </p>
      ) : null}
      {event.payload !== null && event.payload !== undefined ? (
        <details className="payload">
          <summary>Payload</summary>
          <pre>{prettyJson(event.payload)}</pre>
        </details>
      ) : null}
    </li>
  );
}

export function EventTimeline({ events }: { events: TransactionEvent[] }) {
  const webhooks = events.filter((event) => event.kind === "webhook").length;
  const flagged = events.filter((event) => ["duplicate", "stale", "conflict"].includes(event.transition)).length;
  return (
    <Panel
      title="Timeline"
      aside={
        <span className="muted">
          {plural(events.length, "event")} · {plural(webhooks, "webhook")}
          {flagged ? ` · ${flagged} flagged` : ""}
        </span>
      }
    >
      {events.length ? (
        <ol className="timeline">
          {events.map((event) => (
            <EventItem key={String(event.id)} event={event} />
          ))}
        </ol>
      ) : (
        <p className="muted">No events recorded for this transaction.</p>
      )}
    </Panel>
  );
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? "" : "s"}`;
