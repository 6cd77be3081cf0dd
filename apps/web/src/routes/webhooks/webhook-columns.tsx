import { t } from "../../i18n/index.ts";
import { Link } from "@tanstack/react-router";
import { createColumnHelper } from "@tanstack/react-table";
import { DateTime } from "../../components/date-time.tsx";
import type { WebhookRow } from "../../lib/api-types.ts";
import { providerName } from "../../lib/vocabulary.ts";
import { InboxStateBadge } from "./inbox-state-badge.tsx";
import { SignatureVerdict } from "./signature-verdict.tsx";

const column = createColumnHelper<WebhookRow>();

function Muted() {
  return <span className="muted">—</span>;
}

/** One line, cut with an ellipsis; the whole text in the tooltip. */
function Truncated({ text, className }: { text: string | null; className: string }) {
  if (!text) return <Muted />;
  return (
    <span className={`truncate ${className}`} title={text}>
      {text}
    </span>
  );
}

/** The provider's uid; a link to the transaction once the message is linked to one. */
function ProviderUid({ row }: { row: WebhookRow }) {
  if (!row.providerUid) return <Muted />;
  if (!row.transactionId) return <Truncated text={row.providerUid} className="mono" />;
  return (
    <Link
      to="/transactions/$id"
      params={{ id: row.transactionId }}
      className="mono truncate"
      title={t("webhooks.col.openTx", { uid: row.providerUid })}
    >
      {row.providerUid}
    </Link>
  );
}

/** Every column, in order; `onOpen` opens a message's detail from its time cell (the row's keyboard target). */
export function webhookColumns(onOpen: (row: WebhookRow) => void) {
  return [
    column.display({
      id: "received",
      header: () => t("webhooks.col.received"),
      cell: ({ row }) => (
        <button
          type="button"
          className="link-button row-link"
          onClick={() => onOpen(row.original)}
          aria-label={t("webhooks.col.openWebhook", { id: row.original.id.toString() })}
        >
          <DateTime value={row.original.receivedAt} />
        </button>
      ),
    }),
    column.display({
      id: "provider",
      header: () => t("webhooks.col.provider"),
      cell: ({ row }) => providerName(row.original.provider),
    }),
    column.display({
      id: "account",
      header: () => t("webhooks.col.account"),
      cell: ({ row }) => <Truncated text={row.original.accountId} className="mono" />,
    }),
    column.display({
      id: "state",
      header: () => t("webhooks.col.state"),
      cell: ({ row }) => <InboxStateBadge state={row.original.state} />,
    }),
    column.display({
      id: "signature",
      header: () => t("webhooks.col.signature"),
      cell: ({ row }) => <SignatureVerdict verdict={row.original.signatureVerdict} />,
    }),
    column.display({
      id: "uid",
      header: () => t("webhooks.col.uid"),
      cell: ({ row }) => <ProviderUid row={row.original} />,
    }),
    column.display({
      id: "error",
      header: () => t("webhooks.col.error"),
      cell: ({ row }) => <Truncated text={row.original.error} className="webhook-error" />,
    }),
    column.display({
      id: "attempts",
      header: () => t("webhooks.col.attempts"),
      cell: ({ row }) => row.original.attempts,
    }),
  ];
}
