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
  if (users.isPending) body = <div className="chart-skeleton" aria-busy="true" aria-label="Loading users" />;
  else if (users.isError) body = <ErrorState title="Could not load the users" error={users.error} onRetry={refresh} />;
  else body = <UsersTable users={users.data} onChanged={refresh} />;
  return (
    <>
      <section className="panel" aria-label="Users">
        <header className="panel-header">
          <h2>Users</h2>
          <span className="panel-aside muted">
            Support and finance read and note; ops also act and approve; admins manage people
          </span>
        </header>
        <div className="panel-body">
          {body}
          <h3 className="subheading">Add a user</h3>
          <NewUserForm onCreated={refresh} />
        </div>
      </section>
      <section className="panel" aria-label="API tokens">
        <header className="panel-header">
          <h2>API tokens</h2>
          <span className="panel-aside muted">For scripts: send as Authorization: Bearer; each has one role</span>
        </header>
        <div className="panel-body">
          <TokensPanel />
        </div>
      </section>
    </>
  );
}

export function UsersPage() {
  useDocumentTitle("Users & tokens");
  const admin = useCan("admin");
  return (
    <div className="page">
      <PageHeader title="Users & tokens" subtitle="Who may sign in, with which role, and the tokens scripts use" />
      {admin ? (
        <Users />
      ) : (
        <StateMessage title="Only admins manage users">
          <p>Ask an admin to add a person, change a role or create an API token.</p>
        </StateMessage>
      )}
    </div>
  );
}
