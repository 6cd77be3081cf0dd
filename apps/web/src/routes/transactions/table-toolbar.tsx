import type { UseQueryResult } from "@tanstack/react-query";
import type { TotalsOutput } from "../../lib/api-types.ts";
import { columnsParam, type TransactionsSearch, type TransactionsView } from "../../lib/transactions-search.ts";
import { ColumnPicker } from "./column-picker.tsx";
import { ExportButton } from "./export-button.tsx";
import { SavedViews } from "./saved-views.tsx";
import { TotalsBar } from "./totals-bar.tsx";

export interface TableToolbarProps {
  search: TransactionsSearch;
  view: TransactionsView;
  totals: UseQueryResult<TotalsOutput>;
  matchedBy: string | null;
  onView: (search: TransactionsSearch) => void;
  onChange: (patch: Partial<TransactionsSearch>) => void;
}

/** Above the table: what the search adds up to, and what to do with the view (save, columns, density, export). */
export function TableToolbar({ search, view, totals, matchedBy, onView, onChange }: TableToolbarProps) {
  const compact = view.density === "compact";
  return (
    <div className="table-toolbar">
      <TotalsBar
        totals={totals.data}
        pending={totals.isPending}
        failed={totals.isError}
        filtered={view.q !== ""}
        matchedBy={matchedBy}
      />
      <span className="header-spacer" />
      <div className="toolbar-actions">
        <SavedViews search={search} view={view} onApply={onView} />
        <ColumnPicker columns={view.columns} onChange={(columns) => onChange({ cols: columnsParam(columns), cursor: search.cursor })} />
        <button
          type="button"
          className={compact ? "button button-sm is-active" : "button button-sm"}
          aria-pressed={compact}
          title={compact ? "Comfortable rows" : "Compact rows: more transactions on screen"}
          onClick={() => onChange({ density: compact ? undefined : "compact", cursor: search.cursor })}
        >
          Compact
        </button>
        <ExportButton view={view} total={totals.data?.count ?? null} />
      </div>
    </div>
  );
}
