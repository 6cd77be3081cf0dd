import { t } from "../../i18n/index.ts";
import { Popover } from "../../components/popover.tsx";
import { COLUMN_IDS, DEFAULT_COLUMNS, type ColumnId } from "../../lib/transactions-search.ts";
import { COLUMN_LABELS } from "./columns.tsx";

/** Moves one shown column up or down; hidden ones keep no place. */
export function moveColumn(columns: readonly ColumnId[], id: ColumnId, by: -1 | 1): ColumnId[] {
  const from = columns.indexOf(id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= columns.length) return [...columns];
  const next = [...columns];
  next.splice(from, 1);
  next.splice(to, 0, id);
  return next;
}

/** Shows, hides and orders columns; the choice goes into the URL (`cols=`) and into saved views. */
export function ColumnPicker({
  columns,
  onChange,
}: {
  columns: readonly ColumnId[];
  onChange: (columns: ColumnId[]) => void;
}) {
  const hidden = COLUMN_IDS.filter((id) => !columns.includes(id));
  const isDefault =
    columns.length === DEFAULT_COLUMNS.length && columns.every((id, index) => DEFAULT_COLUMNS[index] === id);
  return (
    <Popover label={t("transactions.view.columns")} title={t("transactions.view.chooseColumns")} align="end">
      {() => (
        <div className="facet column-picker">
          <p className="facet-title">{t("transactions.view.shown")}</p>
          <ul className="facet-options">
            {columns.map((id, index) => (
              <li key={id} className="column-item">
                <label className="check">
                  <input
                    type="checkbox"
                    checked
                    disabled={columns.length === 1}
                    onChange={() => onChange(columns.filter((item) => item !== id))}
                  />
                  {COLUMN_LABELS[id]}
                </label>
                <span className="column-move">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t("transactions.view.left", { column: COLUMN_LABELS[id] })}
                    disabled={index === 0}
                    onClick={() => onChange(moveColumn(columns, id, -1))}
                  >
                    ↑
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={t("transactions.view.right", { column: COLUMN_LABELS[id] })}
                    disabled={index === columns.length - 1}
                    onClick={() => onChange(moveColumn(columns, id, 1))}
                  >
                    ↓
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {hidden.length ? (
            <>
              <p className="facet-title">{t("transactions.view.hidden")}</p>
              <ul className="facet-options">
                {hidden.map((id) => (
                  <li key={id}>
                    <label className="check">
                      <input type="checkbox" checked={false} onChange={() => onChange([...columns, id])} />
                      {COLUMN_LABELS[id]}
                    </label>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {isDefault ? null : (
            <button type="button" className="link-button facet-clear" onClick={() => onChange([...DEFAULT_COLUMNS])}>
              {t("transactions.view.resetColumns")}
            </button>
          )}
        </div>
      )}
    </Popover>
  );
}
