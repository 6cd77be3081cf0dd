import { columnClass, transactionColumns } from "./columns.tsx";

const HEADERS = transactionColumns.map((column) => ({ id: column.id ?? "", header: typeof column.header === "string" ? column.header : "" }));

export function TableSkeleton({ rows = 12 }: { rows?: number }) {
  return (
    <div className="table-scroll" aria-busy="true" aria-label="Loading transactions">
      <table className="data-table skeleton">
        <thead>
          <tr>
            {HEADERS.map((header) => (
              <th key={header.id} scope="col" className={columnClass(header.id)}>
                {header.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: rows }, (_, index) => (
            <tr key={index}>
              {HEADERS.map((header) => (
                <td key={header.id} className={columnClass(header.id)}>
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
