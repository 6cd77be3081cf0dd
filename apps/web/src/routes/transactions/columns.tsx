import { Link } from "@tanstack/react-router";
import { createColumnHelper } from "@tanstack/react-table";
import { DateTime } from "../../components/date-time.tsx";
import { Money } from "../../components/money.tsx";
import { OutcomeCode } from "../../components/outcome-code.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { formatCard } from "../../lib/format-card.ts";
import { humanize, providerName } from "../../lib/vocabulary.ts";
import type { RouterOutputs } from "../../trpc.ts";

export type TransactionRow = RouterOutputs["transactions"]["list"]["items"][number];

const column = createColumnHelper<TransactionRow>();

function Muted() {
  return <span className="muted">—</span>;
}

function Truncated({ value }: { value: string | null }) {
  if (!value) return <Muted />;
  return (
    <span className="mono truncate" title={value}>
      {value}
    </span>
  );
}

/** Display columns read `row.original`, so every cell is typed without accessor generics. */
export const transactionColumns = [
  column.display({
    id: "time",
    header: "Time",
    cell: ({ row }) => (
      <Link to="/transactions/$id" params={{ id: row.original.id }} className="row-link">
        <DateTime value={row.original.createdAt} />
      </Link>
    ),
  }),
  column.display({ id: "provider", header: "Provider", cell: ({ row }) => providerName(row.original.provider) }),
  column.display({
    id: "type",
    header: "Type",
    cell: ({ row }) => (
      <>
        {humanize(row.original.type)}
        {row.original.test ? <span className="tag tag-test" title="Test mode: not sent to the card networks">Test</span> : null}
      </>
    ),
  }),
  column.display({
    id: "amount",
    header: "Amount",
    cell: ({ row }) => <Money amountMinor={row.original.amountMinor} currency={row.original.currency} />,
  }),
  column.display({ id: "status", header: "Status", cell: ({ row }) => <StatusBadge status={row.original.status} size="sm" /> }),
  column.display({
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
  column.display({
    id: "card",
    header: "Card",
    cell: ({ row }) => {
      const card = formatCard(row.original);
      return card ? <span className="mono nowrap">{card}</span> : <Muted />;
    },
  }),
  column.display({
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
  column.display({ id: "trackingId", header: "Tracking ID", cell: ({ row }) => <Truncated value={row.original.trackingId} /> }),
  column.display({ id: "uid", header: "UID", cell: ({ row }) => <Truncated value={row.original.providerUid} /> }),
];

/** Per-column cell classes: widths, alignment and number style live in styles.css. */
export function columnClass(id: string): string {
  return `col-${id}`;
}
