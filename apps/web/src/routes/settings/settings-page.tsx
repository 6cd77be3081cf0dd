import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { ErrorState, errorText } from "../../components/error-state.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { StateMessage } from "../../components/state-message.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";
import { useTrpc } from "../../trpc.ts";
import { ApiSwitch, IssuerSwitch, WebhookSwitch } from "./incident-switches.tsx";
import { NotificationChannels } from "./notification-channels.tsx";

export function SettingsPage() {
  useDocumentTitle("Settings");
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const state = useQuery(trpc.incidents.state.queryOptions());
  const set = useMutation({
    ...trpc.incidents.set.mutationOptions(),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trpc.incidents.state.queryKey() }),
  });

  let body;
  if (state.isPending) body = <div className="chart-skeleton" aria-busy="true" aria-label="Loading incidents" />;
  else if (state.isError)
    body = (
      <ErrorState
        title="Could not load the sandbox incidents"
        error={state.error}
        onRetry={() => void state.refetch()}
      />
    );
  else if (!state.data.demo)
    body = (
      <StateMessage title="Incidents exist only in demo mode">
        <p>
          Paylens is connected to real provider accounts. Start it without PAYLENS_ACCOUNTS_FILE to run against the
          local sandboxes, where incidents can be switched on.
        </p>
      </StateMessage>
    );
  else {
    const data = state.data;
    const busy = set.isPending;
    body = (
      <div className="incident-list">
        <h3 className="subheading">Issuer</h3>
        <IssuerSwitch key={data.issuer?.name ?? "off"} state={data} apply={(input) => set.mutate(input)} busy={busy} />
        <h3 className="subheading">Webhooks</h3>
        {data.webhooks.map((entry) => (
          <WebhookSwitch key={entry.provider} entry={entry} apply={(input) => set.mutate(input)} busy={busy} />
        ))}
        <h3 className="subheading">Provider APIs</h3>
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
      <PageHeader
        title="Settings"
        subtitle={
          "Where alerts are sent, and sandbox incidents; people and API tokens are under Users & tokens, every change is in the Audit log"
        }
      />
      <section className="panel settings-panel">
        <div className="panel-header">
          <h2>Notification channels</h2>
          <span className="panel-aside muted">
            Each alert is sent when it opens and when it ends, with a link here; retried with backoff
          </span>
        </div>
        <div className="panel-body">
          <NotificationChannels />
        </div>
      </section>
      <section className="panel settings-panel">
        <div className="panel-header">
          <h2>Sandbox incidents</h2>
          <span className="panel-aside muted">
            Make the analytics panels and alerts move: they change what the local sandboxes do, at once
          </span>
        </div>
        <div className="panel-body">{body}</div>
      </section>
    </div>
  );
}
