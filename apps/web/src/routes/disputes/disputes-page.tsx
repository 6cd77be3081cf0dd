import { t } from "../../i18n/index.ts";
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
  useDocumentTitle(t("disputes.title"));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const trpc = useTrpc();
  const query = useQuery({ ...trpc.disputes.list.queryOptions(toListInput(search)), refetchInterval: 15_000 });
  const set = (patch: Partial<DisputesSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const filtered = Boolean(search.status || search.provider || search.category || search.due !== undefined);

  let body;
  if (query.isPending)
    body = <div className="chart-skeleton" role="status" aria-busy="true" aria-label={t("disputes.loading")} />;
  else if (query.isError)
    body = <ErrorState title={t("disputes.loadFailed")} error={query.error} onRetry={() => void query.refetch()} />;
  else if (!query.data.items.length)
    body = (
      <StateMessage title={filtered ? t("disputes.noMatch") : t("disputes.none")}>
        <p>{t("disputes.noneHelp")}</p>
      </StateMessage>
    );
  else
    body = (
      <table className="mini-table disputes-table">
        <thead>
          <tr>
            <th scope="col">{t("disputes.col.deadline")}</th>
            <th scope="col">{t("disputes.col.provider")}</th>
            <th scope="col">{t("disputes.col.status")}</th>
            <th scope="col">{t("disputes.col.reason")}</th>
            <th scope="col" className="num">
              {t("disputes.col.amount")}
            </th>
            <th scope="col">{t("disputes.col.payment")}</th>
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
                <div className="muted">{d.reasonCode ?? t("disputes.noCode")}</div>
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
                  <span className="muted">{t("disputes.notReceived", { uid: d.paymentProviderUid })}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );

  return (
    <div className="page">
      <PageHeader title={t("disputes.title")} subtitle={t("disputes.subtitle")} />
      <section className="panel filters" aria-label={t("disputes.filters")}>
        <div className="panel-body dispute-filters">
          <label className="filter-field">
            {t("disputes.col.status")}{" "}
            <select
              className="input"
              value={search.status ?? ""}
              onChange={(e) => set({ status: (e.target.value || undefined) as never })}
            >
              <option value="">{t("disputes.any")}</option>
              {DISPUTE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABEL[s]}
                </option>
              ))}
            </select>
          </label>
          <label className="filter-field">
            {t("disputes.col.provider")}{" "}
            <select
              className="input"
              value={search.provider ?? ""}
              onChange={(e) => set({ provider: (e.target.value || undefined) as never })}
            >
              <option value="">{t("disputes.any")}</option>
              {PROVIDERS.map((p) => (
                <option key={p} value={p}>
                  {providerName(p)}
                </option>
              ))}
            </select>
          </label>
          <label className="filter-field">
            {t("disputes.col.reason")}{" "}
            <select
              className="input"
              value={search.category ?? ""}
              onChange={(e) => set({ category: (e.target.value || undefined) as never })}
            >
              <option value="">{t("disputes.any")}</option>
              {REASON_CATEGORIES.map((c) => (
                <option key={c} value={c}>
                  {CATEGORY_LABEL[c]}
                </option>
              ))}
            </select>
          </label>
          <label className="filter-field">
            {t("disputes.dueWithin")}{" "}
            <select
              className="input"
              value={search.due ?? ""}
              onChange={(e) => set({ due: e.target.value ? Number(e.target.value) : undefined })}
            >
              <option value="">{t("disputes.anyTime")}</option>
              {DUE_CHOICES.map((days) => (
                <option key={days} value={days}>
                  {t("disputes.days", { count: days })}
                </option>
              ))}
            </select>
          </label>
        </div>
      </section>
      <div className="disputes-layout">
        <section className="panel" aria-label={t("disputes.queue")}>
          <div className="panel-body">{body}</div>
        </section>
        {search.dispute ? <DisputeDetail id={search.dispute} onClose={() => set({ dispute: undefined })} /> : null}
      </div>
    </div>
  );
}
