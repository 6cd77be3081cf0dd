import { t } from "../../i18n/index.ts";
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
    <Panel title={t("transaction.related.title")}>
      {parent || children.length ? (
        <table className="mini-table">
          <tbody>
            {parent ? <Row relation={t("transaction.related.parent")} row={parent} /> : null}
            {children.map((child) => (
              <Row key={child.id} relation={t("transaction.related.child")} row={child} />
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">{t("transaction.related.none")}</p>
      )}
      {searches.length ? (
        <ul className="related-searches" aria-label={t("transaction.related.find")}>
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
