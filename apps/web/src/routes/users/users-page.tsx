import { t } from "../../i18n/index.ts";
import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "../../components/error-state.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { useCan } from "../../components/principal.tsx";
import { StateMessage } from "../../components/state-message.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";
import { useTrpc } from "../../trpc.ts";
import { NewUserForm } from "./new-user-form.tsx";
import { TokensPanel } from "./tokens-panel.tsx";
import { UsersTable } from "./users-table.tsx";

function Users() {
  const trpc = useTrpc();
  const users = useQuery(trpc.users.list.queryOptions());
  const refresh = () => void users.refetch();
  let body;
  if (users.isPending)
    body = <div className="chart-skeleton" role="status" aria-busy="true" aria-label={t("users.loading")} />;
  else if (users.isError) body = <ErrorState title={t("users.loadFailed")} error={users.error} onRetry={refresh} />;
  else body = <UsersTable users={users.data} onChanged={refresh} />;
  return (
    <>
      <section className="panel" aria-label={t("users.users")}>
        <header className="panel-header">
          <h2>{t("users.users")}</h2>
          <span className="panel-aside muted">{t("users.roles")}</span>
        </header>
        <div className="panel-body">
          {body}
          <h3 className="subheading">{t("users.add")}</h3>
          <NewUserForm onCreated={refresh} />
        </div>
      </section>
      <section className="panel" aria-label={t("users.tokens")}>
        <header className="panel-header">
          <h2>{t("users.tokens")}</h2>
          <span className="panel-aside muted">{t("users.tokensAside")}</span>
        </header>
        <div className="panel-body">
          <TokensPanel />
        </div>
      </section>
    </>
  );
}

export function UsersPage() {
  useDocumentTitle(t("users.title"));
  const admin = useCan("admin");
  return (
    <div className="page">
      <PageHeader title={t("users.title")} subtitle={t("users.subtitle")} />
      {admin ? (
        <Users />
      ) : (
        <StateMessage title={t("users.adminsOnly")}>
          <p>{t("users.adminsOnlyHelp")}</p>
        </StateMessage>
      )}
    </div>
  );
}
