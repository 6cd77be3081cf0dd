import { useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { DISPUTE_STATUSES, REASON_CATEGORIES } from "@paylens/domain/dispute";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { Money } from "../../components/money.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { StateMessage } from "../../components/state-message.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";
import { PROVIDERS, providerName } from "../../lib/vocabulary.ts";
import { useTrpc } from "../../trpc.ts";
import { DisputeDetail } from "./dispute-detail.tsx";
import { categoryLabel, CATEGORY_LABEL, deadlineText, stageLabel, statusLabel, STATUS_LABEL } from "./dispute-words.ts";
import { DUE_CHOICES, toListInput, type DisputesSearch } from "./disputes-search.ts";

const route = getRouteApi("/disputes");

/** Every dispute from every provider, the soonest response deadline first. */
export function DisputesPage() {
  useDocumentTitle("Disputes");
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const trpc = useTrpc();
  const query = useQuery({ ...trpc.disputes.list.queryOptions(toListInput(search)), refetchInterval: 15_000 });
  const set = (patch: Partial<DisputesSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const filtered = Boolean(search.status || search.provider || search.category || search.due !== undefined);

  let body;
  if (query.isPending) body = <div className="chart-skeleton" aria-busy="true" aria-label="Loading disputes" />;
  else if (query.isError)
    body = <ErrorState title="Could not load the disputes" error={query.error} onRetry={() => void query.refetch()} />;
  else if (!query.data.items.length)
    body = (
      <StateMessage title={filtered ? "No dispute matches these filters" : "No disputes"}>
        <p>Chargebacks and disputes appear here as soon as a provider notifies them, linked to the disputed payment.</p>
      </StateMessage>
    );
  else
    body = (
      <table className="mini-table disputes-table">
        <thead>
          <tr>
            <th scope="col">Deadline</th>
            <th scope="col">Provider</th>
            <th scope="col">Status</th>
            <th scope="col">Reason</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col">Payment</th>
          </tr>
        </thead>
        <tbody>
          {query.data.items.map((d) => (
            <tr key={d.id} aria-selected={search.dispute === d.id}>
              <td className="nowrap">
                <button type="button" className="dispute-deadline" onClick={() => set({ dispute: d.id })}>
                  {deadlineText(d.dueAt, d.status)}
                </button>
                <div className="muted">
                  <DateTime value={d.dueAt} />
                </div>
              </td>
              <td>{providerName(d.provider)}</td>
              <td>
                {statusLabel(d.status)}
                <div className="muted">{stageLabel(d.stage)}</div>
              </td>
              <td>
                {categoryLabel(d.reasonCategory)}
                <div className="muted">{d.reasonCode ?? "no code"}</div>
              </td>
              <td className="num">
                <Money amountMinor={d.amountMinor} currency={d.currency} />
              </td>
              <td>
                {d.transactionId ? (
                  <Link to="/transactions/$id" params={{ id: d.transactionId }}>
                    {d.paymentProviderUid}
                  </Link>
                ) : (
                  <span className="muted">{d.paymentProviderUid} (not received yet)</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );

  return (
    <div className="page">
      <PageHeader
        title="Disputes"
        subtitle="Chargebacks and disputes from every provider, the nearest deadline first"
      />
      <section className="panel filters" aria-label="Dispute filters">
        <div className="panel-body dispute-filters">
          <label className="filter-field">
            Status{" "}
            <select
              className="input"
              value={search.status ?? ""}
              onChange={(e) => set({ status: (e.target.value || undefined) as never })}
            >
              <option value="">Any</option>
              {DISPUTE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="filter-field">
            Provider{" "}
            <select
              className="input"
              value={search.provider ?? ""}
              onChange={(e) => set({ provider: (e.target.value || undefined) as never })}
            >
              <option value="">Any</option>
              {PROVIDERS.map((p) => (
                <option key={p} value={p}>
                  {providerName(p)}
                </option>
              ))}
            </select>
          </label>
          <label className="filter-field">
            Reason{" "}
            <select
              className="input"
              value={search.category ?? ""}
              onChange={(e) => set({ category: (e.target.value || undefined) as never })}
            >
              <option value="">Any</option>
              {REASON_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABEL[c]}
                </option>
              ))}
            </select>
          </label>
          <label className="filter-field">
            Due within{" "}
            <select
              className="input"
              value={search.due ?? ""}
              onChange={(e) => set({ due: e.target.value ? Number(e.target.value) : undefined })}
            >
              <option value="">Any time</option>
              {DUE_CHOICES.map((days) => (
                <option key={days} value={days}>
                  {days} {days === 1 ? "day" : "days"}
                </option>
              ))}
            </select>
          </label>
        </div>
      </section>
      <div className="disputes-layout">
        <section className="panel" aria-label="Dispute queue">
          <div className="panel-body">{body}</div>
        </section>
        {search.dispute ? <DisputeDetail id={search.dispute} onClose={() => set({ dispute: undefined })} /> : null}
      </div>
    </div>
  );
}
