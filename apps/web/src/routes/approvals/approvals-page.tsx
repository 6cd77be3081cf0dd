import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { ApprovalButtons } from "../../components/approval-buttons.tsx";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { Money } from "../../components/money.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { StateMessage } from "../../components/state-message.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";
import { kindLabel } from "../../lib/action-words.ts";
import { providerName } from "../../lib/vocabulary.ts";
import { useTrpc } from "../../trpc.ts";

/** Refunds above the approval limit wait here for a second person; oldest first. */
export function ApprovalsPage() {
  useDocumentTitle("Approvals");
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const query = useQuery({ ...trpc.actions.awaitingApproval.queryOptions(), refetchInterval: 15_000 });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.actions.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() });
  };

  let body;
  if (query.isPending) body = <div className="chart-skeleton" aria-busy="true" aria-label="Loading approvals" />;
  else if (query.isError)
    body = <ErrorState title="Could not load the approvals" error={query.error} onRetry={() => void query.refetch()} />;
  else if (!query.data.length) {
    body = (
      <StateMessage title="Nothing waits for approval">
        <p>Refunds above the approval limit appear here until a second person approves or declines them.</p>
      </StateMessage>
    );
  } else {
    body = (
      <table className="mini-table approvals-table">
        <thead>
          <tr>
            <th scope="col">Asked</th>
            <th scope="col">What</th>
            <th scope="col" className="num">
              Amount
            </th>
            <th scope="col">Transaction</th>
            <th scope="col">Reason</th>
            <th scope="col">By</th>
            <th scope="col">Decision</th>
          </tr>
        </thead>
        <tbody>
          {query.data.map(({ action, transaction }) => (
            <tr key={action.id}>
              <td className="nowrap">
                <DateTime value={action.createdAt} withRelative />
              </td>
              <td>{kindLabel(action.kind)}</td>
              <td className="num">
                {action.amountMinor !== null ? (
                  <Money amountMinor={action.amountMinor} currency={action.currency ?? transaction.currency} />
                ) : (
                  "—"
                )}
              </td>
              <td>
                <Link to="/transactions/$id" params={{ id: transaction.id }}>
                  {providerName(transaction.provider)} · {transaction.trackingId ?? "no tracking id"}
                </Link>
                <div className="muted">
                  of <Money amountMinor={transaction.amountMinor} currency={transaction.currency} />
                </div>
              </td>
              <td className="wrap">{action.reason ?? "—"}</td>
              <td>{action.requestedByName}</td>
              <td>
                <ApprovalButtons action={action} onDone={refresh} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
  }

  return (
    <div className="page">
      <PageHeader
        title="Approvals"
        subtitle="Refunds above the limit are sent only after a second person approves them"
      />
      <section className="panel" aria-label="Waiting for approval">
        <div className="panel-body">{body}</div>
      </section>
    </div>
  );
}
