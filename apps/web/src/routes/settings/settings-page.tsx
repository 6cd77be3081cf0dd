import { t } from "../../i18n/index.ts";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ErrorState, errorText } from "../../components/error-state.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { StateMessage } from "../../components/state-message.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";
import { useTrpc } from "../../trpc.ts";
import { ApiSwitch, IssuerSwitch, WebhookSwitch } from "./incident-switches.tsx";
import { ApprovalLimits } from "./approval-limits.tsx";
import { useCan } from "../../components/principal.tsx";
import { NotificationChannels } from "./notification-channels.tsx";
import { ScheduledReports } from "./scheduled-reports.tsx";

/** Everyone who may export sees their scheduled reports here; channels and incidents are for those who change settings. */
export function SettingsPage() {
  useDocumentTitle(t("settings.title"));
  const manages = useCan("settings");
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const state = useQuery({ ...trpc.incidents.state.queryOptions(), enabled: manages });
  const set = useMutation({
    ...trpc.incidents.set.mutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.incidents.state.queryKey() }),
  });

  let body;
  if (state.isPending)
    body = <div className="chart-skeleton" role="status" aria-busy="true" aria-label={t("settings.loading")} />;
  else if (state.isError)
    body = <ErrorState title={t("settings.loadFailed")} error={state.error} onRetry={() => void state.refetch()} />;
  else if (!state.data.demo)
    body = (
      <StateMessage title={t("settings.demoOnly")}>
        <p>{t("settings.demoOnlyHelp")}</p>
      </StateMessage>
    );
  else {
    const data = state.data;
    const busy = set.isPending;
    body = (
      <div className="incident-list">
        <h3 className="subheading">{t("settings.issuer")}</h3>
        <IssuerSwitch key={data.issuer?.name ?? "off"} state={data} apply={(input) => set.mutate(input)} busy={busy} />
        <h3 className="subheading">{t("settings.webhooks")}</h3>
        {data.webhooks.map((entry) => (
          <WebhookSwitch key={entry.provider} entry={entry} apply={(input) => set.mutate(input)} busy={busy} />
        ))}
        <h3 className="subheading">{t("settings.apis")}</h3>
        {data.api.map((entry) => (
          <ApiSwitch
            key={`${entry.provider}:${entry.latencyMultiplier}:${entry.failureRate}`}
            entry={entry}
            apply={(input) => set.mutate(input)}
            busy={busy}
          />
        ))}
        {set.isError ? (
          <p className="form-error" role="alert">
            {errorText(set.error)}
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <div className="page">
      <PageHeader title={t("settings.title")} subtitle={t("settings.subtitle")} />
      {manages ? (
        <section className="panel settings-panel">
          <div className="panel-header">
            <h2>{t("settings.channels")}</h2>
            <span className="panel-aside muted">{t("settings.channelsAside")}</span>
          </div>
          <div className="panel-body">
            <NotificationChannels />
          </div>
        </section>
      ) : null}
      <section className="panel settings-panel">
        <div className="panel-header">
          <h2>{t("reports.list.title")}</h2>
          <span className="panel-aside muted">{t("reports.list.aside")}</span>
        </div>
        <div className="panel-body">
          <ScheduledReports />
        </div>
      </section>
      <section className="panel settings-panel" aria-labelledby="approval-limits-title">
        <div className="panel-header">
          <h2 id="approval-limits-title">{t("settings.limits.title")}</h2>
          <span className="panel-aside muted">{t("settings.limits.aside")}</span>
        </div>
        <div className="panel-body">
          <ApprovalLimits />
        </div>
      </section>
      {manages ? (
        <section className="panel settings-panel">
          <div className="panel-header">
            <h2>{t("settings.incidents")}</h2>
            <span className="panel-aside muted">{t("settings.incidentsAside")}</span>
          </div>
          <div className="panel-body">{body}</div>
        </section>
      ) : null}
    </div>
  );
}
