import { Link } from "@tanstack/react-router";
import { DateTime } from "../../components/date-time.tsx";
import { Money } from "../../components/money.tsx";
import { StatusBadge } from "../../components/status-badge.tsx";
import { humanize } from "../../lib/vocabulary.ts";
import type { RelatedTransaction } from "./detail-types.ts";
import { Panel } from "./panel.tsx";
import type { RelatedSearch } from "./related-searches.ts";

function Row({ relation, row }: { relation: string; row: RelatedTransaction }) {
  return (
    <tr>
      <td className="muted">{relation}</td>
      <td>
        <Link to="/transactions/$id" params={{ id: row.id }}>
          {humanize(row.type)}
        </Link>
      </td>
      <td className="num">
        <Money amountMinor={row.amountMinor} currency={row.currency} />
      </td>
      <td>
        <StatusBadge status={row.status} size="sm" />
      </td>
      <td>
        <DateTime value={row.createdAt} />
      </td>
    </tr>
  );
}

export interface RelatedTransactionsProps {
  parent: RelatedTransaction | null;
  children: RelatedTransaction[];
  searches: RelatedSearch[];
}

export function RelatedTransactions({ parent, children, searches }: RelatedTransactionsProps) {
  return (
    <Panel title="Related transactions">
      {parent || children.length ? (
        <table className="mini-table">
          <tbody>
            {parent ? <Row relation="Parent" row={parent} /> : null}
            {children.map((child) => (
              <Row key={child.id} relation="Child" row={child} />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">No parent and no captures, refunds or voids of this transaction.</p>
      )}
      {searches.length ? (
        <ul className="related-searches" aria-label="Find related transactions">
          {searches.map((search) => (
            <li key={search.q}>
              <Link to="/transactions" search={{ q: search.q }}>
                {search.label}
              </Link>
              <span className="mono muted">{search.detail}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Panel>
  );
}
