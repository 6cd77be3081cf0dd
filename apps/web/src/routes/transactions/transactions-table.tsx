import { useNavigate } from "@tanstack/react-router";
import { flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import type { MouseEvent } from "react";
import { columnClass, transactionColumns, type TransactionRow } from "./columns.tsx";

export interface TransactionsTableProps {
  rows: TransactionRow[];
  fresh: ReadonlySet<string>;
  busy: boolean;
}

export function TransactionsTable({ rows, fresh, busy }: TransactionsTableProps) {
  const navigate = useNavigate();
  const table = useReactTable({
    data: rows,
    columns: transactionColumns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
  });

  // The time cell holds the real link (keyboard, middle-click, copy link); a click elsewhere on the row follows it too.
  const openRow = (event: MouseEvent<HTMLTableRowElement>, id: string) => {
    const target = event.target;
    if (target instanceof Element && target.closest("a, button, input, select")) return;
    if (window.getSelection()?.toString()) return;
    void navigate({ to: "/transactions/$id", params: { id } });
  };

  return (
    <div className={busy ? "table-scroll is-busy" : "table-scroll"}>
      <table className="data-table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={columnClass(header.column.id)}>
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={fresh.has(row.id) ? "row row-new" : "row"} onClick={(event) => openRow(event, row.id)}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={columnClass(cell.column.id)}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
