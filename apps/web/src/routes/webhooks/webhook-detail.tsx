import { t } from "../../i18n/index.ts";
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
        { label: t("webhooks.col.state"), value: meaning ? <span className="muted">{meaning}</span> : null },
        { label: t("webhooks.col.received"), value: <DateTime value={detail.receivedAt} withRelative /> },
        { label: t("webhooks.col.provider"), value: providerName(detail.provider) },
        { label: t("webhooks.col.account"), value: detail.accountId, mono: true },
        { label: t("webhooks.col.signature"), value: <SignatureVerdict verdict={detail.signatureVerdict} /> },
        { label: t("webhooks.col.uid"), value: detail.providerUid, copy: detail.providerUid },
        {
          label: t("webhooks.detail.transaction"),
          value: detail.transactionId ? (
            <TransactionLink id={detail.transactionId} providerUid={detail.transactionProviderUid} />
          ) : null,
        },
        { label: t("webhooks.detail.dedup"), value: detail.dedupKey, copy: detail.dedupKey },
        { label: t("webhooks.detail.requestId"), value: detail.requestId, copy: detail.requestId },
        { label: t("webhooks.detail.from"), value: detail.remoteAddress, mono: true },
        { label: t("webhooks.col.attempts"), value: String(detail.attempts) },
        {
          label: t("webhooks.detail.applied"),
          value: detail.appliedAt ? <DateTime value={detail.appliedAt} withRelative /> : null,
        },
      ]}
    />
  );
}

/** One message: what arrived (headers, masked body), how it was verified, and what Paylens did with it. */
export function WebhookDetailView({ id }: { id: string }) {
  const trpc = useTrpc();
  const query = useQuery(trpc.webhooks.byId.queryOptions({ id }));

  if (query.isPending)
    return (
      <div
        className="chart-skeleton drawer-skeleton"
        role="status"
        aria-busy="true"
        aria-label={t("webhooks.detail.loading")}
      />
    );
  if (query.isError) {
    if (isNotFound(query.error)) {
      return (
        <StateMessage title={t("webhooks.detail.noSuch")}>
          <p>{t("webhooks.detail.notInInbox", { id })}</p>
        </StateMessage>
      );
    }
    return (
      <ErrorState title={t("webhooks.detail.loadFailed")} error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  const detail = query.data;
  return (
    <div className="drawer-content">
      <div className="drawer-status">
        <InboxStateBadge state={detail.state} />
        <span className="muted">{providerName(detail.provider)}</span>
        {detail.transactionId ? (
          <Link to="/transactions/$id" params={{ id: detail.transactionId }} className="drawer-tx-link">
            {t("webhooks.detail.openTx")}
          </Link>
        ) : null}
      </div>
      <ReprocessButton inboxId={detail.id} state={detail.state} />
      {detail.error ? (
        <section className="drawer-section" aria-label={t("webhooks.col.error")}>
          <h3 className="subheading">{t("webhooks.col.error")}</h3>
          <pre className="webhook-error-text">{detail.error}</pre>
        </section>
      ) : null}
      <Facts detail={detail} />
      <WebhookHeaders headers={detail.headers} />
      <WebhookBodyView body={detail.body} bytes={detail.bodyBytes} />
    </div>
  );
}
