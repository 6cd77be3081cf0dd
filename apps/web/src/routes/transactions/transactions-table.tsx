import { t } from "../../i18n/index.ts";
import { useNavigate } from "@tanstack/react-router";
import { flexRender, getCoreRowModel, useReactTable, type Row } from "@tanstack/react-table";
import { useVirtualizer } from "@tanstack/react-virtual";
import { useEffect, useRef, type MouseEvent } from "react";
import type { Density, SortDir, SortKey, TransactionRow } from "../../lib/api-types.ts";
import { SORT_COLUMNS, type ColumnId } from "../../lib/transactions-search.ts";
import { columnClass, transactionColumns } from "./columns.tsx";

/** Short pages render every row; longer ones (up to 500) render only what is in view. */
export const VIRTUALIZE_AFTER = 100;
export const ROW_HEIGHT: Readonly<Record<Density, number>> = { comfortable: 34, compact: 26 };
const HEADER_HEIGHT = 31;
/** Where the rows become cards; the same width as the media query in styles/search.css. */
const CARDS_MEDIA = "(max-width: 640px)";

export interface TransactionsTableProps {
  rows: TransactionRow[];
  columns: readonly ColumnId[];
  fresh: ReadonlySet<string>;
  busy: boolean;
  sort: SortKey;
  dir: SortDir;
  density: Density;
  activeIndex: number | null;
  onSort: (sort: SortKey) => void;
  onActivate: (index: number) => void;
  /** Row checkboxes for bulk actions; absent for a role that may not act. */
  selection?: RowSelection;
}

export interface RowSelection {
  selected: ReadonlySet<string>;
  onToggle: (row: TransactionRow) => void;
  onTogglePage: (rows: TransactionRow[], on: boolean) => void;
}

function SortArrow({ dir }: { dir: SortDir | null }) {
  return (
    <svg className="sort-arrow" width="10" height="10" viewBox="0 0 10 10" aria-hidden="true">
      {dir === null ? (
        <path d="M3 4l2-2l2 2M3 6l2 2l2-2" fill="none" stroke="currentColor" strokeWidth="1.2" />
      ) : (
        <path
          d={dir === "asc" ? "M2.5 6.5l2.5-3l2.5 3" : "M2.5 3.5l2.5 3l2.5-3"}
          fill="none"
          stroke="currentColor"
          strokeWidth="1.6"
        />
      )}
    </svg>
  );
}

export function TransactionsTable(props: TransactionsTableProps) {
  const { rows, columns, fresh, busy, sort, dir, density, activeIndex, onSort, onActivate, selection } = props;
  const navigate = useNavigate();
  const scroller = useRef<HTMLDivElement>(null);
  const body = useRef<HTMLTableSectionElement>(null);
  const table = useReactTable({
    data: rows,
    columns: transactionColumns(columns),
    getCoreRowModel: getCoreRowModel(),
    getRowId: (row) => row.id,
    manualPagination: true,
  });
  // Phones show the rows as cards of varying height (styles/search.css): fixed-height windowing would misplace them.
  const virtual = rows.length > VIRTUALIZE_AFTER && !window.matchMedia?.(CARDS_MEDIA).matches;
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT[density],
    overscan: 12,
    paddingStart: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });

  // The highlighted row stays in view as j/k or the arrow keys move it.
  useEffect(() => {
    if (activeIndex === null) return;
    if (virtual) virtualizer.scrollToIndex(activeIndex, { align: "auto" });
    else body.current?.querySelector(`[data-index="${activeIndex}"]`)?.scrollIntoView?.({ block: "nearest" });
  }, [activeIndex, virtual, virtualizer]);

  // The time cell holds the real link (keyboard, middle-click, copy link); a click elsewhere on the row follows it too.
  const openRow = (event: MouseEvent<HTMLTableRowElement>, index: number, id: string) => {
    onActivate(index);
    const target = event.target;
    if (target instanceof Element && target.closest("a, button, input, select")) return;
    if (window.getSelection()?.toString()) return;
    void navigate({ to: "/transactions/$id", params: { id } });
  };

  const all = table.getRowModel().rows;
  const items = virtual ? virtualizer.getVirtualItems() : null;
  const shown: { row: Row<TransactionRow>; index: number }[] = items
    ? items.flatMap((item) => {
        const row = all[item.index];
        return row ? [{ row, index: item.index }] : [];
      })
    : all.map((row, index) => ({ row, index }));
  const before = items?.[0] ? items[0].start - HEADER_HEIGHT : 0;
  const after = items?.length ? virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0) : 0;
  const width = columns.length + (selection ? 1 : 0);
  const pageSelected = selection ? rows.length > 0 && rows.every((row) => selection.selected.has(row.id)) : false;

  return (
    <div ref={scroller} className={`table-scroll density-${density}${busy ? " is-busy" : ""}`}>
      <table className="data-table txn-table" aria-rowcount={rows.length + 1}>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {selection ? (
                <th scope="col" className="col-select">
                  <input
                    type="checkbox"
                    aria-label={t("transactions.table.selectPage")}
                    checked={pageSelected}
                    onChange={(e) => selection.onTogglePage(rows, e.target.checked)}
                  />
                </th>
              ) : null}
              {group.headers.map((header) => {
                const key = SORT_COLUMNS[header.column.id as ColumnId];
                const current = key === sort ? dir : null;
                const title = flexRender(header.column.columnDef.header, header.getContext());
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={columnClass(header.column.id)}
                    aria-sort={current === null ? undefined : current === "asc" ? "ascending" : "descending"}
                  >
                    {key ? (
                      <button
                        type="button"
                        className={current ? "sort-button is-sorted" : "sort-button"}
                        onClick={() => onSort(key)}
                      >
                        {title}
                        <SortArrow dir={current} />
                      </button>
                    ) : (
                      title
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody ref={body}>
          {before > 0 ? (
            <tr className="spacer" style={{ height: before }} aria-hidden="true">
              <td colSpan={width} />
            </tr>
          ) : null}
          {shown.map(({ row, index }) => {
            const classes = ["row", fresh.has(row.id) ? "row-new" : "", index === activeIndex ? "row-active" : ""]
              .filter(Boolean)
              .join(" ");
            return (
              <tr
                key={row.id}
                data-index={index}
                aria-rowindex={index + 2}
                aria-current={index === activeIndex ? "true" : undefined}
                className={classes}
                onClick={(event) => openRow(event, index, row.id)}
              >
                {selection ? (
                  <td className="col-select">
                    <input
                      type="checkbox"
                      aria-label={t("transactions.table.select", {
                        id: row.original.trackingId ?? row.original.providerUid,
                      })}
                      checked={selection.selected.has(row.id)}
                      onChange={() => selection.onToggle(row.original)}
                    />
                  </td>
                ) : null}
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} className={columnClass(cell.column.id)}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
          {after > 0 ? (
            <tr className="spacer" style={{ height: after }} aria-hidden="true">
              <td colSpan={width} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
