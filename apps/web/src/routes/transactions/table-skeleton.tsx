import { t } from "../../i18n/index.ts";
import type { Density } from "../../lib/api-types.ts";
import type { ColumnId } from "../../lib/transactions-search.ts";
import { COLUMN_LABELS, columnClass } from "./columns.tsx";

export function TableSkeleton({
  columns,
  density = "comfortable",
  rows = 12,
}: {
  columns: readonly ColumnId[];
  density?: Density;
  rows?: number;
}) {
  return (
    <div
      className={`table-scroll density-${density}`}
      role="status"
      aria-busy="true"
      aria-label={t("transactions.loading")}
    >
      <table className="data-table skeleton">
        <thead>
          <tr>
            {columns.map((id) => (
              <th key={id} scope="col" className={columnClass(id)}>
                {COLUMN_LABELS[id]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, index) => (
            <tr key={index}>
              {columns.map((id) => (
                <td key={id} className={columnClass(id)}>
                  <span className="skeleton-bar" />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
