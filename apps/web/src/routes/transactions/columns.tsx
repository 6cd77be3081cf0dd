import { Link } from "@tanstack/react-router";
import { createColumnHelper } from "@tanstack/react-table";
import { DateTime } from "../../components/date-time.tsx";
import { Money } from "../../components/money.tsx";
import { OutcomeCode } from "../../components/outcome-code.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import type { TransactionRow } from "../../lib/api-types.ts";
import { formatCard, methodName } from "../../lib/format-card.ts";
import type { ColumnId } from "../../lib/transactions-search.ts";
import { humanize, providerName } from "../../lib/vocabulary.ts";

const column = createColumnHelper<TransactionRow>();

function Muted() {
  return <span className="muted">—</span>;
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
    header: "Time",
    cell: ({ row }) => (
      <Link to="/transactions/$id" params={{ id: row.original.id }} className="row-link">
        <DateTime value={row.original.createdAt} />
      </Link>
    ),
  }),
  provider: column.display({
    id: "provider",
    header: "Provider",
    cell: ({ row }) => providerName(row.original.provider),
  }),
  account: column.display({
    id: "account",
    header: "Account",
    cell: ({ row }) => <Truncated value={row.original.accountId} />,
  }),
  type: column.display({
    id: "type",
    header: "Type",
    cell: ({ row }) => (
      <>
        {humanize(row.original.type)}
        {row.original.test ? (
          <span className="tag tag-test" title="Test mode: not sent to the card networks">
            Test
          </span>
        ) : null}
      </>
    ),
  }),
  amount: column.display({
    id: "amount",
    header: "Amount",
    cell: ({ row }) => <Money amountMinor={row.original.amountMinor} currency={row.original.currency} />,
  }),
  status: column.display({
    id: "status",
    header: "Status",
    cell: ({ row }) => (
      <>
        <StatusBadge status={row.original.status} size="sm" />
        {row.original.disputed ? <span className="disputed-mark">disputed</span> : null}
      </>
    ),
  }),
  code: column.display({
    id: "code",
    header: "Code",
    cell: ({ row }) => (
      <OutcomeCode
        code={row.original.code}
        letter={row.original.outcomeLetter}
        message={row.original.message}
        friendlyMessage={row.original.friendlyMessage}
        reason={row.original.reason}
      />
    ),
  }),
  reason: column.display({
    id: "reason",
    header: "Reason",
    cell: ({ row }) => (row.original.reason ? humanize(row.original.reason) : <Muted />),
  }),
  message: column.display({
    id: "message",
    header: "Message",
    cell: ({ row }) => <Truncated value={row.original.message} mono={false} />,
  }),
  card: column.display({
    id: "card",
    header: "Card",
    cell: ({ row }) => {
      const card = formatCard(row.original);
      return card ? <span className="mono nowrap">{card}</span> : <Muted />;
    },
  }),
  method: column.display({
    id: "method",
    header: "Method",
    cell: ({ row }) => (row.original.methodType ? methodName(row.original.methodType) : <Muted />),
  }),
  issuer: column.display({
    id: "issuer",
    header: "Issuer",
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
    header: "Tracking ID",
    cell: ({ row }) => <Truncated value={row.original.trackingId} />,
  }),
  uid: column.display({ id: "uid", header: "UID", cell: ({ row }) => <Truncated value={row.original.providerUid} /> }),
} satisfies Record<ColumnId, unknown>;

export const COLUMN_LABELS: Readonly<Record<ColumnId, string>> = {
  time: "Time",
  provider: "Provider",
  account: "Account",
  type: "Type",
  amount: "Amount",
  status: "Status",
  code: "Code",
  reason: "Reason",
  message: "Message for ops",
  card: "Card",
  method: "Method",
  issuer: "Issuer",
  trackingId: "Tracking ID",
  uid: "UID",
};

export function transactionColumns(ids: readonly ColumnId[]) {
  return ids.map((id) => DEFINITIONS[id]);
}

/** Per-column cell classes: widths, alignment and number style live in styles.css. */
export function columnClass(id: string): string {
  return `col-${id}`;
}
