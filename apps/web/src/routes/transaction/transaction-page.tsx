import { t as tr } from "../../i18n/index.ts";
import { useQuery } from "@tanstack/react-query";
import { Link, getRouteApi, useCanGoBack, useRouter } from "@tanstack/react-router";
import { ErrorState } from "../../components/error-state.tsx";
import { StateMessage } from "../../components/state-message.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";
import { isPermanentError, useTrpc } from "../../trpc.ts";
import { ActionsPanel } from "./actions-panel.tsx";
import { AuditTrailPanel } from "./audit-trail-panel.tsx";
import { EventTimeline } from "./event-timeline.tsx";
import { NotesPanel } from "./notes-panel.tsx";
import { OutcomePanel } from "./outcome-panel.tsx";
import { PaymentMethodPanel } from "./payment-method-panel.tsx";
import { RawPayload } from "./raw-payload.tsx";
import { relatedSearches } from "./related-searches.ts";
import { RelatedTransactions } from "./related-transactions.tsx";
import { CustomerPanel } from "./customer-panel.tsx";
import { DisputesPanel } from "./disputes-panel.tsx";
import { ReferencesPanel } from "./references-panel.tsx";
import { SummaryPanel } from "./summary-panel.tsx";
import { TransactionHeader } from "./transaction-header.tsx";
import { VerificationsPanel } from "./verifications-panel.tsx";
import { isFinal, TRANSACTION_STATUSES } from "@paylens/domain/transaction";

const route = getRouteApi("/transactions/$id");
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Not final yet: the page keeps asking while providers may still change it.
const OPEN_STATUSES = new Set<string>(TRANSACTION_STATUSES.filter((status) => !isFinal(status)));

function BackLink() {
  const router = useRouter();
  const canGoBack = useCanGoBack();
  // Going back keeps the list's filters and page; a direct visit has nowhere to go back to.
  if (canGoBack) {
    return (
      <button type="button" className="back-link" onClick={() => router.history.back()}>
        {tr("transaction.back")}
      </button>
    );
  }
  return (
    <Link to="/transactions" className="back-link">
      {tr("transaction.back")}
    </Link>
  );
}

function NotFound({ id }: { id: string }) {
  return (
    <StateMessage
      title={tr("transaction.notFound")}
      action={
        <Link to="/transactions" className="button">
          {tr("transaction.toList")}
        </Link>
      }
    >
      <p>
        {tr("transaction.noSuchId")} <span className="mono">{id}</span>. {tr("transaction.noSuchIdHelp")}
      </p>
    </StateMessage>
  );
}

export function TransactionPage() {
  const { id } = route.useParams();
  const trpc = useTrpc();
  const valid = UUID.test(id);
  const query = useQuery({
    ...trpc.transactions.byId.queryOptions({ id }),
    enabled: valid,
    // A transaction still waiting for an outcome keeps refreshing, so its timeline grows as webhooks arrive.
    refetchInterval: (current) => (OPEN_STATUSES.has(current.state.data?.transaction.status ?? "") ? 5_000 : false),
  });
  useDocumentTitle(
    query.data ? tr("transaction.titleOf", { uid: query.data.transaction.providerUid }) : tr("transaction.title"),
  );

  let body;
  if (!valid || (query.isError && isPermanentError(query.error))) {
    body = <NotFound id={id} />;
  } else if (query.isPending) {
    body = <div className="detail-skeleton" role="status" aria-busy="true" aria-label={tr("transaction.loading")} />;
  } else if (query.isError) {
    body = <ErrorState title={tr("transaction.loadFailed")} error={query.error} onRetry={() => void query.refetch()} />;
  } else {
    const { transaction, events, children, parent, disputes } = query.data;
    body = (
      <>
        <TransactionHeader transaction={transaction} />
        <div className="detail-grid">
          <div className="detail-main">
            <OutcomePanel transaction={transaction} />
            <DisputesPanel transaction={transaction} disputes={disputes} />
            <ActionsPanel transaction={transaction} />
            <RelatedTransactions parent={parent} children={children} searches={relatedSearches(transaction)} />
            <EventTimeline events={events} />
            <AuditTrailPanel transactionId={transaction.id} />
            <RawPayload details={transaction.details} raw={transaction.raw} />
          </div>
          <div className="detail-side">
            <SummaryPanel transaction={transaction} />
            <NotesPanel transactionId={transaction.id} />
            <ReferencesPanel transaction={transaction} />
            <PaymentMethodPanel transaction={transaction} />
            <VerificationsPanel transaction={transaction} />
            <CustomerPanel transaction={transaction} />
          </div>
        </div>
      </>
    );
  }

  return (
    <div className="page">
      <BackLink />
      {body}
    </div>
  );
}
