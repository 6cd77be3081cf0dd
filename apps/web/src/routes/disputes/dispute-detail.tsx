import { t } from "../../i18n/index.ts";
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
  if (query.isPending)
    body = <div className="chart-skeleton" role="status" aria-busy="true" aria-label={t("disputes.detail.loading")} />;
  else if (query.isError) body = <ErrorState title={t("disputes.detail.loadFailed")} error={query.error} />;
  else {
    const { dispute: d, payment, events, notes, evidence } = query.data;
    // The provider's messages and the team's notes on one timeline, in time order.
    const timeline = [
      ...events.map((e) => ({
        key: `event-${String(e.id)}`,
        at: e.receivedAt,
        text: `${e.event} · ${
          e.transition === "duplicate"
            ? t("disputes.detail.duplicate")
            : e.transition === "stale"
              ? t("disputes.detail.stale", { status: statusLabel(e.statusTo) })
              : statusLabel(e.statusTo)
        }`,
      })),
      ...notes.map((n) => ({
        key: `note-${n.id}`,
        at: n.createdAt,
        text: t("disputes.detail.noteBy", { author: n.authorName, text: n.text }),
      })),
    ].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
    body = (
      <>
        <dl className="dispute-facts">
          <dt>{t("disputes.detail.dispute")}</dt>
          <dd>
            {providerName(d.provider)} · {d.providerDisputeId}
          </dd>
          <dt>{t("disputes.detail.status")}</dt>
          <dd>
            {statusLabel(d.status)} · {stageLabel(d.stage)}
          </dd>
          <dt>{t("disputes.detail.amount")}</dt>
          <dd>
            <Money amountMinor={d.amountMinor} currency={d.currency} />
          </dd>
          <dt>{t("disputes.detail.reason")}</dt>
          <dd>
            {categoryLabel(d.reasonCategory)}
            {d.reasonCode ? ` · ${d.reasonCode}` : ""}
            {d.reasonMessage ? <div className="muted">{d.reasonMessage}</div> : null}
          </dd>
          <dt>{t("disputes.detail.respondBy")}</dt>
          <dd>
            <DateTime value={d.dueAt} /> <span className="muted">{deadlineText(d.dueAt, d.status)}</span>
          </dd>
          {d.source !== null ? (
            <>
              <dt>{t("disputes.detail.recordedByHand")}</dt>
              <dd>
                {d.recordedByName} · <span className="muted">{d.source}</span>
              </dd>
            </>
          ) : null}
          <dt>{t("disputes.detail.networkRef")}</dt>
          <dd>{d.networkReference ?? "—"}</dd>
          <dt>{t("disputes.detail.opened")}</dt>
          <dd>
            <DateTime value={d.openedAt} />
          </dd>
          <dt>{t("disputes.detail.payment")}</dt>
          <dd>
            {payment ? (
              <Link to="/transactions/$id" params={{ id: payment.id }}>
                {payment.providerUid} · <Money amountMinor={payment.amountMinor} currency={payment.currency} />
              </Link>
            ) : (
              <span className="muted">{t("disputes.detail.notReceived", { uid: d.paymentProviderUid })}</span>
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
        <h3>{t("disputes.detail.timeline")}</h3>
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
          // Recorded by hand: its provider takes no evidence through an API (its definition's disputeFeed).
          <p className="muted">{t("disputes.detail.byHand", { provider: providerName(d.provider) })}</p>
        )}
      </>
    );
  }
  return (
    <section className="panel dispute-detail" aria-label={t("disputes.detail.label")}>
      <div className="dispute-detail-header">
        <h2>{t("disputes.detail.dispute")}</h2>
        <button type="button" className="button" onClick={onClose}>
          {t("disputes.detail.close")}
        </button>
      </div>
      <div className="panel-body">{body}</div>
    </section>
  );
}
