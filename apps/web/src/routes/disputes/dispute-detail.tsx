import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { Money } from "../../components/money.tsx";
import { providerName } from "../../lib/vocabulary.ts";
import { useTrpc } from "../../trpc.ts";
import { AcceptButton } from "./accept-button.tsx";
import { DisputeNoteForm } from "./dispute-note-form.tsx";
import { EvidenceUpload } from "./evidence-upload.tsx";
import { OutcomeControl } from "./outcome-control.tsx";
import { categoryLabel, deadlineText, stageLabel, statusLabel } from "./dispute-words.ts";

/** One dispute: its facts, the disputed payment and every message about it in arrival order. */
export function DisputeDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const trpc = useTrpc();
  const query = useQuery(trpc.disputes.byId.queryOptions({ id }));
  let body;
  if (query.isPending) body = <div className="chart-skeleton" aria-busy="true" aria-label="Loading the dispute" />;
  else if (query.isError) body = <ErrorState title="Could not load the dispute" error={query.error} />;
  else {
    const { dispute: d, payment, events, notes, evidence } = query.data;
    // The provider's messages and the team's notes on one timeline, in time order.
    const timeline = [
      ...events.map((e) => ({
        key: `event-${String(e.id)}`,
        at: e.receivedAt,
        text: `${e.event} · ${
          e.transition === "duplicate"
            ? "duplicate delivery, nothing changed"
            : e.transition === "stale"
              ? `older news ignored: still ${statusLabel(e.statusTo)}`
              : statusLabel(e.statusTo)
        }`,
      })),
      ...notes.map((n) => ({ key: `note-${n.id}`, at: n.createdAt, text: `Note by ${n.authorName}: ${n.text}` })),
    ].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
    body = (
      <>
        <dl className="dispute-facts">
          <dt>Dispute</dt>
          <dd>
            {providerName(d.provider)} · {d.providerDisputeId}
          </dd>
          <dt>Status</dt>
          <dd>
            {statusLabel(d.status)} · {stageLabel(d.stage)}
          </dd>
          <dt>Amount</dt>
          <dd>
            <Money amountMinor={d.amountMinor} currency={d.currency} />
          </dd>
          <dt>Reason</dt>
          <dd>
            {categoryLabel(d.reasonCategory)}
            {d.reasonCode ? ` · ${d.reasonCode}` : ""}
            {d.reasonMessage ? <div className="muted">{d.reasonMessage}</div> : null}
          </dd>
          <dt>Respond by</dt>
          <dd>
            <DateTime value={d.dueAt} /> <span className="muted">{deadlineText(d.dueAt, d.status)}</span>
          </dd>
          {d.source !== null ? (
            <>
              <dt>Recorded by hand</dt>
              <dd>
                {d.recordedByName} · <span className="muted">{d.source}</span>
              </dd>
            </>
          ) : null}
          <dt>Network reference</dt>
          <dd>{d.networkReference ?? "—"}</dd>
          <dt>Opened</dt>
          <dd>
            <DateTime value={d.openedAt} />
          </dd>
          <dt>Payment</dt>
          <dd>
            {payment ? (
              <Link to="/transactions/$id" params={{ id: payment.id }}>
                {payment.providerUid} · <Money amountMinor={payment.amountMinor} currency={payment.currency} />
              </Link>
            ) : (
              <span className="muted">{d.paymentProviderUid}: not received yet</span>
            )}
          </dd>
        </dl>
        {d.status === "needs_response" || d.status === "under_review" ? (
          // A dispute recorded by hand is decided by hand: no provider API takes its acceptance.
          d.source !== null ? (
            <OutcomeControl dispute={d} />
          ) : (
            <AcceptButton dispute={d} />
          )
        ) : null}
        <h3>Timeline</h3>
        <ol className="dispute-timeline">
          {timeline.map((item) => (
            <li key={item.key}>
              <DateTime value={item.at} /> · {item.text}
            </li>
          ))}
        </ol>
        <DisputeNoteForm disputeId={d.id} />
        {d.source === null ? (
          <EvidenceUpload dispute={d} evidence={evidence} />
        ) : d.status !== "needs_response" ? null : (
          // Recorded by hand: its provider takes no evidence through an API (docs/providers/pockyt.md §12).
          <p className="muted">
            Recorded by hand: send evidence to {providerName(d.provider)}&apos;s support and note here what was sent.
          </p>
        )}
      </>
    );
  }
  return (
    <section className="panel dispute-detail" aria-label="Dispute detail">
      <div className="dispute-detail-header">
        <h2>Dispute</h2>
        <button type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
      <div className="panel-body">{body}</div>
    </section>
  );
}
