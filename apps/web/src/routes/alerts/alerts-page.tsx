import { alertMessage } from "../../lib/alert-message.ts";
import { t } from "../../i18n/index.ts";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { AlertFigures } from "../../components/alert-figures.tsx";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { StateMessage } from "../../components/state-message.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";
import { formatMs } from "../../components/charts/format-chart.ts";
import { useTrpc } from "../../trpc.ts";
import { humanize } from "../../lib/vocabulary.ts";
import { AlertHandling, DeliveryLog } from "./alert-handling.tsx";
import { ALERT_STATES, type AlertState } from "./alerts-search.ts";

const route = getRouteApi("/alerts");

export function AlertsPage() {
  useDocumentTitle(t("alerts.title"));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const state: AlertState = search.state ?? "active";
  const trpc = useTrpc();
  const alerts = useQuery({ ...trpc.alerts.list.queryOptions({ state, limit: 200 }), refetchInterval: 10_000 });
  const alertIds = (alerts.data ?? []).map((alert) => alert.id);
  const deliveries = useQuery({
    ...trpc.alerts.deliveries.queryOptions({ alertIds }),
    enabled: alertIds.length > 0,
    refetchInterval: 10_000,
  });

  let body;
  if (alerts.isPending)
    body = <div className="table-skeleton-block" role="status" aria-busy="true" aria-label={t("alerts.loading")} />;
  else if (alerts.isError)
    body = <ErrorState title={t("alerts.loadFailed")} error={alerts.error} onRetry={() => void alerts.refetch()} />;
  else if (alerts.data.length === 0)
    body = (
      <StateMessage
        title={
          state === "active" ? t("alerts.noneActive") : state === "ended" ? t("alerts.noneEnded") : t("alerts.none")
        }
      >
        <p>{t("alerts.help")}</p>
      </StateMessage>
    );
  else
    body = (
      <table className="data-table alerts-table">
        <thead>
          <tr>
            <th>{t("alerts.col.state")}</th>
            <th>{t("alerts.col.alert")}</th>
            <th>{t("alerts.col.segment")}</th>
            <th>{t("alerts.col.started")}</th>
            <th>{t("alerts.col.ended")}</th>
            <th>{t("alerts.col.figures")}</th>
            <th>{t("alerts.col.handling")}</th>
          </tr>
        </thead>
        <tbody>
          {alerts.data.map((alert) => (
            <tr key={alert.id} className={search.alert === alert.id ? "row-selected" : undefined}>
              <td>
                {alert.endedAt ? (
                  <span className="badge badge-sm alert-ended">{t("alerts.badgeEnded")}</span>
                ) : (
                  <span className="badge badge-sm alert-active">{t("alerts.badgeActive")}</span>
                )}
              </td>
              <td className="alert-message">
                <strong>{alertMessage(alert)}</strong>
                <span className="muted"> · {humanize(alert.rule)}</span>
              </td>
              <td className="mono">{alert.segment}</td>
              <td>
                <DateTime value={alert.startedAt} />
              </td>
              <td>
                {alert.endedAt ? (
                  <>
                    <DateTime value={alert.endedAt} />
                    <span className="muted">
                      {" "}
                      ·{" "}
                      {t("alerts.lasted", { duration: formatMs(alert.endedAt.getTime() - alert.startedAt.getTime()) })}
                    </span>
                  </>
                ) : (
                  <span className="muted">{t("alerts.ongoing")}</span>
                )}
              </td>
              <td>
                <AlertFigures figures={alert.figures} />
              </td>
              <td>
                <AlertHandling alert={alert} />
                {deliveries.isError ? (
                  <span className="form-error">{t("alerts.handling.deliveriesFailed")}</span>
                ) : deliveries.data ? (
                  <DeliveryLog deliveries={deliveries.data.filter((d) => d.alertId === alert.id)} />
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );

  return (
    <div className="page">
      <PageHeader
        title={t("alerts.title")}
        subtitle={t("alerts.subtitle")}
        actions={
          <div className="segmented" role="group" aria-label={t("alerts.state.label")}>
            {ALERT_STATES.map((key) => (
              <button
                key={key}
                type="button"
                className="segment"
                aria-pressed={state === key}
                onClick={() => void navigate({ search: key === "active" ? {} : { state: key }, replace: true })}
              >
                {t(`alerts.state.${key}`)}
              </button>
            ))}
          </div>
        }
      />
      <section className="panel">{body}</section>
    </div>
  );
}
