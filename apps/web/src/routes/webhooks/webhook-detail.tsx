import { useQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { TRPCClientError } from "@trpc/client";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { FieldList } from "../../components/field-list.tsx";
import { StateMessage } from "../../components/state-message.tsx";
import type { WebhookDetail as Detail } from "../../lib/api-types.ts";
import { providerName } from "../../lib/vocabulary.ts";
import { useTrpc } from "../../trpc.ts";
import { InboxStateBadge, INBOX_STATE_INFO } from "./inbox-state-badge.tsx";
import { ReprocessButton } from "./reprocess-button.tsx";
import { SignatureVerdict } from "./signature-verdict.tsx";
import { WebhookBodyView } from "./webhook-body-view.tsx";
import { WebhookHeaders } from "./webhook-headers.tsx";

function isNotFound(error: unknown): boolean {
  return error instanceof TRPCClientError && (error.data as { code?: string } | undefined)?.code === "NOT_FOUND";
}

function TransactionLink({ id, providerUid }: { id: string; providerUid: string | null }) {
  return (
    <Link to="/transactions/$id" params={{ id }} className="mono">
      {providerUid ?? id}
    </Link>
  );
}

function Facts({ detail }: { detail: Detail }) {
  const meaning =
    detail.state in INBOX_STATE_INFO ? INBOX_STATE_INFO[detail.state as keyof typeof INBOX_STATE_INFO].meaning : null;
  return (
    <FieldList
      fields={[
        { label: "State", value: meaning ? <span className="muted">{meaning}</span> : null },
        { label: "Received", value: <DateTime value={detail.receivedAt} withRelative /> },
        { label: "Provider", value: providerName(detail.provider) },
        { label: "Account", value: detail.accountId, mono: true },
        { label: "Signature", value: <SignatureVerdict verdict={detail.signatureVerdict} /> },
        { label: "Provider UID", value: detail.providerUid, copy: detail.providerUid },
        {
          label: "Transaction",
          value: detail.transactionId ? (
            <TransactionLink id={detail.transactionId} providerUid={detail.transactionProviderUid} />
          ) : null,
        },
        { label: "Dedup key", value: detail.dedupKey, copy: detail.dedupKey },
        { label: "Request ID", value: detail.requestId, copy: detail.requestId },
        { label: "From address", value: detail.remoteAddress, mono: true },
        { label: "Attempts", value: String(detail.attempts) },
        { label: "Applied", value: detail.appliedAt ? <DateTime value={detail.appliedAt} withRelative /> : null },
      ]}
    />
  );
}

/** One message: what arrived (headers, masked body), how it was verified, and what Paylens did with it. */
export function WebhookDetailView({ id }: { id: string }) {
  const trpc = useTrpc();
  const query = useQuery(trpc.webhooks.byId.queryOptions({ id }));

  if (query.isPending)
    return <div className="chart-skeleton drawer-skeleton" aria-busy="true" aria-label="Loading the webhook" />;
  if (query.isError) {
    if (isNotFound(query.error)) {
      return (
        <StateMessage title="No such webhook">
          <p>Webhook {id} is not in the inbox.</p>
        </StateMessage>
      );
    }
    return <ErrorState title="Could not load the webhook" error={query.error} onRetry={() => void query.refetch()} />;
  }
  const detail = query.data;
  return (
    <div className="drawer-content">
      <div className="drawer-status">
        <InboxStateBadge state={detail.state} />
        <span className="muted">{providerName(detail.provider)}</span>
        {detail.transactionId ? (
          <Link to="/transactions/$id" params={{ id: detail.transactionId }} className="drawer-tx-link">
            Open transaction →
          </Link>
        ) : null}
      </div>
      <ReprocessButton inboxId={detail.id} state={detail.state} />
      {detail.error ? (
        <section className="drawer-section" aria-label="Error">
          <h3 className="subheading">Error</h3>
          <pre className="webhook-error-text">{detail.error}</pre>
        </section>
      ) : null}
      <Facts detail={detail} />
      <WebhookHeaders headers={detail.headers} />
      <WebhookBodyView body={detail.body} bytes={detail.bodyBytes} />
    </div>
  );
}
