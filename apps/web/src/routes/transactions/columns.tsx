import type { OutcomeMessageParts } from "@paylens/domain/transaction";
import { t } from "../../i18n/index.ts";
import { Link } from "@tanstack/react-router";
import { createColumnHelper } from "@tanstack/react-table";
import { DateTime } from "../../components/date-time.tsx";
import { Money } from "../../components/money.tsx";
import { OutcomeCode } from "../../components/outcome-code.tsx";
import { useCodeTexts } from "../../i18n/code-texts.ts";
import { StatusBadge } from "../../components/status-badge.tsx";
import type { TransactionRow } from "../../lib/api-types.ts";
import { formatCard, methodName } from "../../lib/format-card.ts";
import type { ColumnId } from "../../lib/transactions-search.ts";
import { humanize, providerName } from "../../lib/vocabulary.ts";

const column = createColumnHelper<TransactionRow>();

function Muted() {
  return <span className="muted cell-empty">—</span>;
}

/** The decoder's ops message in the reader's language (its English until the language's code texts arrive). */
function CodeMessageCell({ value, parts }: { value: string | null; parts: OutcomeMessageParts | null }) {
  const { codeMessage } = useCodeTexts();
  return <Truncated value={codeMessage(value, parts)} mono={false} />;
}

function Truncated({ value, mono = true }: { value: string | null; mono?: boolean }) {
  if (!value) return <Muted />;
  return (
    <span className={mono ? "mono truncate" : "truncate"} title={value}>
      {value}
    </span>
  );
}

/** Every column the table can show, keyed by the id the URL and saved views use. Display columns read `row.original`. */
const DEFINITIONS = {
  time: column.display({
    id: "time",
    header: () => t("transactions.col.time"),
    cell: ({ row }) => (
      <Link to="/transactions/$id" params={{ id: row.original.id }} className="row-link">
        <DateTime value={row.original.createdAt} />
      </Link>
    ),
  }),
  provider: column.display({
    id: "provider",
    header: () => t("transactions.col.provider"),
    cell: ({ row }) => providerName(row.original.provider),
  }),
  account: column.display({
    id: "account",
    header: () => t("transactions.col.account"),
    cell: ({ row }) => <Truncated value={row.original.accountId} />,
  }),
  type: column.display({
    id: "type",
    header: () => t("transactions.col.type"),
    cell: ({ row }) => (
      <>
        {humanize(row.original.type)}
        {row.original.test ? (
          <span className="tag tag-test" title={t("transactions.col.testHint")}>
            {t("transactions.col.test")}
          </span>
        ) : null}
      </>
    ),
  }),
  amount: column.display({
    id: "amount",
    header: () => t("transactions.col.amount"),
    cell: ({ row }) => <Money amountMinor={row.original.amountMinor} currency={row.original.currency} />,
  }),
  status: column.display({
    id: "status",
    header: () => t("transactions.col.status"),
    cell: ({ row }) => (
      <>
        <StatusBadge status={row.original.status} size="sm" />
        {row.original.disputed ? <span className="disputed-mark">{t("transactions.col.disputed")}</span> : null}
      </>
    ),
  }),
  code: column.display({
    id: "code",
    header: () => t("transactions.col.code"),
    cell: ({ row }) => (
      <OutcomeCode
        code={row.original.code}
        letter={row.original.outcomeLetter}
        message={row.original.message}
        messageParts={row.original.messageParts}
        friendlyMessage={row.original.friendlyMessage}
        reason={row.original.reason}
      />
    ),
  }),
  reason: column.display({
    id: "reason",
    header: () => t("transactions.col.reason"),
    cell: ({ row }) => (row.original.reason ? humanize(row.original.reason) : <Muted />),
  }),
  message: column.display({
    id: "message",
    header: () => t("transactions.col.message"),
    cell: ({ row }) => <CodeMessageCell value={row.original.message} parts={row.original.messageParts} />,
  }),
  card: column.display({
    id: "card",
    header: () => t("transactions.col.card"),
    cell: ({ row }) => {
      const card = formatCard(row.original);
      return card ? <span className="mono nowrap">{card}</span> : <Muted />;
    },
  }),
  method: column.display({
    id: "method",
    header: () => t("transactions.col.method"),
    cell: ({ row }) => (row.original.methodType ? methodName(row.original.methodType) : <Muted />),
  }),
  issuer: column.display({
    id: "issuer",
    header: () => t("transactions.col.issuer"),
    cell: ({ row }) => {
      const { issuerName, issuerCountry } = row.original;
      if (!issuerName && !issuerCountry) return <Muted />;
      const text = [issuerName, issuerCountry].filter(Boolean).join(" · ");
      return (
        <span className="truncate" title={text}>
          {issuerName ?? ""}
          {issuerCountry ? <span className="country">{issuerCountry}</span> : null}
        </span>
      );
    },
  }),
  trackingId: column.display({
    id: "trackingId",
    header: () => t("transactions.col.trackingId"),
    cell: ({ row }) => <Truncated value={row.original.trackingId} />,
  }),
  uid: column.display({ id: "uid", header: "UID", cell: ({ row }) => <Truncated value={row.original.providerUid} /> }),
} satisfies Record<ColumnId, unknown>;

// Getters: a label is read in the language of the moment it is shown.
export const COLUMN_LABELS: Readonly<Record<ColumnId, string>> = {
  get time() {
    return t("transactions.col.time");
  },
  get provider() {
    return t("transactions.col.provider");
  },
  get account() {
    return t("transactions.col.account");
  },
  get type() {
    return t("transactions.col.type");
  },
  get amount() {
    return t("transactions.col.amount");
  },
  get status() {
    return t("transactions.col.status");
  },
  get code() {
    return t("transactions.col.code");
  },
  get reason() {
    return t("transactions.col.reason");
  },
  get message() {
    return t("transactions.col.messageForOps");
  },
  get card() {
    return t("transactions.col.card");
  },
  get method() {
    return t("transactions.col.method");
  },
  get issuer() {
    return t("transactions.col.issuer");
  },
  get trackingId() {
    return t("transactions.col.trackingId");
  },
  uid: "UID",
};

export function transactionColumns(ids: readonly ColumnId[]) {
  return ids.map((id) => DEFINITIONS[id]);
}

/** Per-column cell classes: widths, alignment and number style live in styles.css. */
export function columnClass(id: string): string {
  return `col-${id}`;
}
