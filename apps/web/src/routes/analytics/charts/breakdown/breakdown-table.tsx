import { t } from "../../../../i18n/index.ts";
import { Link } from "@tanstack/react-router";
import { formatCount, formatPercent, formatPoints } from "../../../../components/charts/format-chart.ts";
import type { BreakdownRow } from "../../../../lib/analytics-types.ts";
import { changeTrend, type BreakdownSort } from "./to-series.ts";

const COLUMNS: { key: BreakdownSort; label: () => string; numeric: boolean }[] = [
  { key: "segment", label: () => t("analytics.breakdown.segment"), numeric: false },
  { key: "attempts", label: () => t("analytics.breakdown.attempts"), numeric: true },
  { key: "rate", label: () => t("analytics.breakdown.rate"), numeric: false },
  { key: "change", label: () => t("analytics.breakdown.change"), numeric: true },
];

/** The approval rate as a number and a bar, with the confidence interval drawn as a band around its tip. */
function RateCell({ row }: { row: BreakdownRow }) {
  const pct = (value: number | null) => `${Math.max(0, Math.min(1, value ?? 0)) * 100}%`;
  const range = `${formatPercent(row.ciLow)} – ${formatPercent(row.ciHigh)}`;
  return (
    <div className="rate-cell" title={t("analytics.breakdown.ci", { range })}>
      <span className="rate-value">{formatPercent(row.rate)}</span>
      <span className="rate-track" aria-hidden="true">
        <span className="rate-fill" style={{ width: pct(row.rate) }} />
        {row.ciLow !== null && row.ciHigh !== null ? (
          <span
            className="rate-ci"
            style={{ left: pct(row.ciLow), width: `calc(${pct(row.ciHigh)} - ${pct(row.ciLow)})` }}
          />
        ) : null}
      </span>
      <span className="rate-range muted">{row.ciLow !== null ? range : ""}</span>
    </div>
  );
}

function Change({ change }: { change: number | null }) {
  const trend = changeTrend(change);
  const arrow = trend === "up" ? "▲" : trend === "down" ? "▼" : "";
  return (
    <span className={`change change-${trend}`}>
      {arrow ? <span aria-hidden="true">{arrow} </span> : null}
      {formatPoints(change)}
    </span>
  );
}

export function BreakdownTable({
  rows,
  sort,
  dir,
  onSort,
  label,
}: {
  rows: BreakdownRow[];
  sort: BreakdownSort;
  dir: "asc" | "desc";
  onSort: (sort: BreakdownSort) => void;
  label: string;
}) {
  return (
    <table className="data-table breakdown-table">
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th
              key={column.key}
              className={column.numeric ? "num" : undefined}
              aria-sort={sort === column.key ? (dir === "asc" ? "ascending" : "descending") : undefined}
            >
              <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
                {column.key === "segment" ? label : column.label()}
                {sort === column.key ? <span aria-hidden="true">{dir === "asc" ? " ↑" : " ↓"}</span> : null}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.segment}>
            <td className="segment-cell">
              <Link
                to="/transactions"
                search={{ q: row.query }}
                title={t("analytics.breakdown.transactions", { query: row.query })}
              >
                {row.segment || t("analytics.breakdown.unknown")}
              </Link>
            </td>
            <td className="num">{formatCount(row.attempts)}</td>
            <td>
              <RateCell row={row} />
            </td>
            <td className="num">
              <Change change={row.change} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
