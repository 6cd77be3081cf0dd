import { t } from "../../i18n/index.ts";
import { flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import { useMemo, type MouseEvent } from "react";
import type { WebhookRow } from "../../lib/api-types.ts";
import { webhookColumns } from "./webhook-columns.tsx";

/** The inbox, newest first; clicking a row (outside its links) opens that message beside the list. */
export function WebhooksTable({
  rows,
  openId,
  onOpen,
}: {
  rows: WebhookRow[];
  openId: string | undefined;
  onOpen: (row: WebhookRow) => void;
}) {
  const columns = useMemo(() => webhookColumns(onOpen), [onOpen]);
  const table = useReactTable({
    data: rows,
    columns,
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id.toString(),
  });

  const clickRow = (event: MouseEvent<HTMLTableRowElement>, row: WebhookRow) => {
    const target = event.target;
    if (target instanceof Element && target.closest("a, button")) return;
    if (window.getSelection()?.toString()) return;
    onOpen(row);
  };

  return (
    <table className="data-table webhooks-table" aria-label={t("webhooks.table")}>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id}>
            {group.headers.map((header) => (
              <th key={header.id} scope="col" className={`webhook-col-${header.column.id}`}>
                {flexRender(header.column.columnDef.header, header.getContext())}
              </th>
            ))}
          </tr>
        ))}
      </thead>
      <tbody>
        {table.getRowModel().rows.map((row) => (
          <tr
            key={row.id}
            className={`row${row.id === openId ? " row-open" : ""}`}
            aria-current={row.id === openId ? "true" : undefined}
            onClick={(event) => clickRow(event, row.original)}
          >
            {row.getVisibleCells().map((cell) => (
              <td key={cell.id} className={`webhook-col-${cell.column.id}`}>
                {flexRender(cell.column.columnDef.cell, cell.getContext())}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
