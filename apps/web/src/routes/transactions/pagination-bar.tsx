import { formatNumber, t } from "../../i18n/index.ts";
import type { ReactNode } from "react";
import { PAGE_SIZES, type PageSize } from "../../lib/transactions-search.ts";

export interface PaginationBarProps {
  size: PageSize;
  rowCount: number;
  depth: number | null;
  onFirstPage: boolean;
  /** Newest first: the buttons speak of newer and older; any other sort of previous and next. */
  liveOrder: boolean;
  hasOlder: boolean;
  onNewest: () => void;
  onNewer: () => void;
  onOlder: () => void;
  onSize: (size: PageSize) => void;
  /** Whether the rows follow new arrivals, shown beside the range. */
  status?: ReactNode;
}

export function PaginationBar(props: PaginationBarProps) {
  const { size, rowCount, depth, onFirstPage, liveOrder } = props;
  const words = liveOrder
    ? {
        first: t("transactions.pages.newest"),
        back: t("transactions.pages.newer"),
        next: t("transactions.pages.older"),
      }
    : {
        first: t("transactions.pages.first"),
        back: t("transactions.pages.previous"),
        next: t("transactions.pages.next"),
      };
  const range =
    rowCount === 0
      ? t("transactions.pages.noRows")
      : depth === null
        ? t("transactions.pages.rows", { count: rowCount })
        : t("transactions.pages.range", {
            from: formatNumber(depth * size + 1),
            to: formatNumber(depth * size + rowCount),
          });
  return (
    <nav className="pagination" aria-label={t("transactions.pages.label")}>
      <span className="pagination-range">{range}</span>
      {props.status}
      <span className="header-spacer" />
      <label className="page-size">
        {t("transactions.pages.perPage")}
        <select
          className="input"
          value={size}
          onChange={(event) => props.onSize(Number(event.target.value) as PageSize)}
        >
          {PAGE_SIZES.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
      </label>
      <div className="button-group">
        <button
          type="button"
          className="button"
          onClick={props.onNewest}
          disabled={onFirstPage}
          title={t("transactions.pages.toFirst")}
        >
          {words.first}
        </button>
        <button type="button" className="button" onClick={props.onNewer} disabled={onFirstPage}>
          {words.back}
        </button>
        <button type="button" className="button" onClick={props.onOlder} disabled={!props.hasOlder}>
          {words.next}
        </button>
      </div>
    </nav>
  );
}
