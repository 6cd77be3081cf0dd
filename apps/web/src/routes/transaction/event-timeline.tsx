import { t } from "../../i18n/index.ts";
import { DateTime } from "../../components/date-time.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatDuration, lagTone } from "../../lib/format-duration.ts";
import { prettyJson } from "../../lib/pretty-json.ts";
import { eventSummary } from "../../lib/event-summary.ts";
import { humanize } from "../../lib/vocabulary.ts";
import type { TransactionEvent } from "./detail-types.ts";
import { Panel } from "./panel.tsx";

const TRANSITIONS = new Set(["create", "advance", "refresh", "stale", "conflict", "flagged", "duplicate", "none"]);

function transitionNote(transition: string): string {
  return TRANSITIONS.has(transition) ? t(`transaction.timeline.notes.${transition as "none"}`) : transition;
}

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
        <span className={transitionClass(event.transition)} title={transitionNote(event.transition)}>
          {humanize(event.transition)}
        </span>
        {event.statusFrom || event.statusTo ? (
          <span className="event-status">
            {event.statusFrom ? (
              <StatusBadge status={event.statusFrom} size="sm" />
            ) : (
              <span className="muted">{t("transaction.timeline.new")}</span>
            )}
            <span aria-label={t("transaction.timeline.to")}>→</span>
            {event.statusTo ? <StatusBadge status={event.statusTo} size="sm" /> : <span className="muted">—</span>}
          </span>
        ) : null}
        {event.code ? <span className={`code code-${codeTone(event.code)}`}>{event.code}</span> : null}
        {event.kind === "webhook" && event.lagMs !== null ? (
          <span className={`lag lag-${lagTone(event.lagMs)}`} title={t("transaction.timeline.lagTitle")}>
            {t("transaction.timeline.lag", { duration: formatDuration(event.lagMs) })}
          </span>
        ) : null}
      </div>
      <p className="event-summary">{eventSummary(event)}</p>
      {event.providerTime ? (
        <p className="event-meta">
          {t("transaction.timeline.providerTime")} <DateTime value={event.providerTime} />
        </p>
      ) : null}
      {event.payload !== null && event.payload !== undefined ? (
        <details className="payload">
          <summary>{t("transaction.timeline.payload")}</summary>
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
      title={t("transaction.timeline.title")}
      aside={
        <span className="muted">
          {t("transaction.timeline.events", { count: events.length })} ·{" "}
          {t("transaction.timeline.webhooks", { count: webhooks })}
          {flagged ? t("transaction.timeline.flagged", { count: flagged }) : ""}
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
        <p className="muted">{t("transaction.timeline.none")}</p>
      )}
    </Panel>
  );
}
