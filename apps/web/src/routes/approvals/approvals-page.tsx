import { t } from "../../i18n/index.ts";
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
  useDocumentTitle(t("approvals.title"));
  const trpc = useTrpc();
  const queryClient = useQueryClient();
  const query = useQuery({ ...trpc.actions.awaitingApproval.queryOptions(), refetchInterval: 15_000 });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.actions.pathKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.audit.pathKey() });
  };

  let body;
  if (query.isPending)
    body = <div className="chart-skeleton" role="status" aria-busy="true" aria-label={t("approvals.loading")} />;
  else if (query.isError)
    body = <ErrorState title={t("approvals.loadFailed")} error={query.error} onRetry={() => void query.refetch()} />;
  else if (!query.data.length) {
    body = (
      <StateMessage title={t("approvals.none")}>
        <p>{t("approvals.noneHelp")}</p>
      </StateMessage>
    );
  } else {
    body = (
      <table className="mini-table approvals-table">
        <thead>
          <tr>
            <th scope="col">{t("approvals.col.asked")}</th>
            <th scope="col">{t("approvals.col.what")}</th>
            <th scope="col" className="num">
              {t("approvals.col.amount")}
            </th>
            <th scope="col">{t("approvals.col.transaction")}</th>
            <th scope="col">{t("approvals.col.reason")}</th>
            <th scope="col">{t("approvals.col.by")}</th>
            <th scope="col">{t("approvals.col.decision")}</th>
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
                  {providerName(transaction.provider)} · {transaction.trackingId ?? t("approvals.noTracking")}
                </Link>
                <div className="muted">
                  {t("approvals.of")} <Money amountMinor={transaction.amountMinor} currency={transaction.currency} />
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
      <PageHeader title={t("approvals.title")} subtitle={t("approvals.subtitle")} />
      <section className="panel" aria-label={t("approvals.waiting")}>
        <div className="panel-body">{body}</div>
      </section>
    </div>
  );
}
