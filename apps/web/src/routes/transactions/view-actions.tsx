import { t } from "../../i18n/index.ts";
import { columnsParam, type TransactionsSearch, type TransactionsView } from "../../lib/transactions-search.ts";
import { ColumnPicker } from "./column-picker.tsx";
import { ExportButton } from "./export-button.tsx";
import { SavedViews } from "./saved-views.tsx";

export interface ViewActionsProps {
  search: TransactionsSearch;
  view: TransactionsView;
  total: number | null;
  /** The search has terms the server could not read: the export would be refused. */
  blocked: boolean;
  onView: (search: TransactionsSearch) => void;
  onChange: (patch: Partial<TransactionsSearch>) => void;
}

/** What to do with the view: save it, choose columns and density, export every matching row. */
export function ViewActions({ search, view, total, blocked, onView, onChange }: ViewActionsProps) {
  const compact = view.density === "compact";
  return (
    <div className="toolbar-actions">
      <SavedViews search={search} view={view} onApply={onView} />
      <ColumnPicker
        columns={view.columns}
        onChange={(columns) => onChange({ cols: columnsParam(columns), cursor: search.cursor })}
      />
      <button
        type="button"
        className={compact ? "button button-sm is-active" : "button button-sm"}
        aria-pressed={compact}
        title={compact ? t("transactions.view.comfortable") : t("transactions.view.compactHint")}
        onClick={() => onChange({ density: compact ? undefined : "compact", cursor: search.cursor })}
      >
        {t("transactions.view.compact")}
      </button>
      <ExportButton view={view} total={total} blocked={blocked} />
    </div>
  );
}
