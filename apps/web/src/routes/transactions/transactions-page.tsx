import { t } from "../../i18n/index.ts";
import { keepPreviousData, useQuery, useQueryClient } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useEffect, useRef, useState } from "react";
import { ErrorState, errorText } from "../../components/error-state.tsx";
import { useCan } from "../../components/principal.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";
import { applyFilters, filtersFromQuery, type FilterPatch } from "../../lib/query-filters.ts";
import { normalizeQuery } from "../../lib/query-text.ts";
import {
  isLiveOrder,
  patchSearch,
  resolveView,
  sortPatch,
  toSearchInput,
  type TransactionsSearch,
} from "../../lib/transactions-search.ts";
import type { TransactionRow } from "../../lib/api-types.ts";
import { uniqueMatch } from "../../lib/unique-match.ts";
import { useTrpc } from "../../trpc.ts";
import { BulkBar } from "./bulk-bar.tsx";
import { LiveStatus } from "./live-status.tsx";
import { PaginationBar } from "./pagination-bar.tsx";
import { ResultsEmpty } from "./results-empty.tsx";
import { SearchBar } from "./search-bar.tsx";
import { FilterBar } from "./filter-bar.tsx";
import { TableSkeleton } from "./table-skeleton.tsx";
import { TotalsBar } from "./totals-bar.tsx";
import { TransactionsTable, type RowSelection } from "./transactions-table.tsx";
import { useArrivals } from "./use-arrivals.ts";
import { usePageCursors } from "./use-page-cursors.ts";
import { useRowKeys } from "./use-row-keys.ts";
import { ViewActions } from "./view-actions.tsx";

const route = getRouteApi("/transactions");
export const LIVE_REFRESH_MS = 3_000;
const TOTALS_REFRESH_MS = 15_000;

export function TransactionsPage() {
  useDocumentTitle(t("transactions.title"));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const trpc = useTrpc();
  const client = useQueryClient();
  const view = resolveView(search);
  const onFirstPage = view.cursor === null;
  const live = onFirstPage && isLiveOrder(view);
  const viewKey = JSON.stringify([view.q, view.sort, view.dir, view.size]);

  // The box holds what is being typed; the URL holds what is applied. A new URL (back, a saved view) resets the box.
  const [draft, setDraft] = useState(view.q);
  const [draftFor, setDraftFor] = useState(view.q);
  if (draftFor !== view.q) {
    setDraftFor(view.q);
    setDraft(view.q);
  }
  const searchInput = useRef<HTMLInputElement>(null);
  // Selected rows stay selected across pages and live refreshes, until cleared or the search changes.
  const mayAct = useCan("act");
  const [selected, setSelected] = useState<ReadonlyMap<string, TransactionRow>>(new Map());
  const [selectedFor, setSelectedFor] = useState(view.q);
  if (selectedFor !== view.q) {
    setSelectedFor(view.q);
    setSelected(new Map());
  }
  const selection: RowSelection | undefined = mayAct
    ? {
        selected: new Set(selected.keys()),
        onToggle: (row) =>
          setSelected((previous) => {
            const next = new Map(previous);
            if (!next.delete(row.id)) next.set(row.id, row);
            return next;
          }),
        onTogglePage: (rows, on) =>
          setSelected((previous) => {
            const next = new Map(previous);
            for (const row of rows) {
              if (on) next.set(row.id, row);
              else next.delete(row.id);
            }
            return next;
          }),
      }
    : undefined;

  const query = useQuery({
    ...trpc.transactions.search.queryOptions(toSearchInput(view)),
    placeholderData: keepPreviousData,
    refetchInterval: live ? LIVE_REFRESH_MS : false,
  });
  // The search whose exact count the user asked for (a large result's count is otherwise the planner's estimate).
  const [exactFor, setExactFor] = useState<string | null>(null);
  const totals = useQuery({
    ...trpc.transactions.totals.queryOptions({ q: view.q, ...(exactFor === view.q ? { exact: true } : {}) }),
    placeholderData: keepPreviousData,
    refetchInterval: live ? TOTALS_REFRESH_MS : false,
  });
  const items = query.data?.items;
  const arrivals = useArrivals(live && !query.isPlaceholderData ? items?.map((row) => row.id) : undefined, viewKey);
  const cursors = usePageCursors(viewKey, search.cursor);

  const go = (patch: Partial<TransactionsSearch>, replace = false) =>
    void navigate({ search: (previous) => patchSearch(previous, patch), replace });
  const apply = (text: string) => {
    const q = normalizeQuery(text);
    setDraft(q);
    go({ q: q || undefined });
  };
  // A search sent from the box with exactly one match opens that transaction instead of a table of one.
  const submit = async (text: string) => {
    const q = normalizeQuery(text);
    if (q !== "") {
      const options = trpc.transactions.search.queryOptions(toSearchInput({ ...view, q, cursor: null }));
      const only = uniqueMatch(await client.fetchQuery({ ...options, staleTime: 5_000 }).catch(() => null));
      if (only) {
        void navigate({ to: "/transactions/$id", params: { id: only.id } });
        return;
      }
    }
    apply(q);
  };
  const onFilter = (patch: FilterPatch) => apply(applyFilters(draft, patch));
  const onOlder = () => {
    const next = query.data?.nextCursor;
    if (!next) return;
    cursors.remember(next);
    go({ cursor: next });
  };
  const openRow = (index: number) => {
    const row = items?.[index];
    if (row) void navigate({ to: "/transactions/$id", params: { id: row.id } });
  };
  const keys = useRowKeys({
    count: query.isPlaceholderData ? 0 : (items?.length ?? 0),
    resetKey: viewKey + (search.cursor ?? ""),
    onOpen: openRow,
    onSearch: () => searchInput.current?.focus(),
  });
  // A fresh page scrolls back to its top row.
  useEffect(() => {
    document.querySelector(".table-scroll")?.scrollTo?.({ top: 0 });
  }, [viewKey, search.cursor]);

  // While a new search runs, the previous one's errors and identifier do not describe it.
  const current = query.isPlaceholderData ? undefined : query.data;
  let body;
  if (query.isPending) {
    body = <TableSkeleton columns={view.columns} density={view.density} />;
  } else if (query.isError && !query.data) {
    body = <ErrorState title={t("transactions.loadFailed")} error={query.error} onRetry={() => void query.refetch()} />;
  } else if (!items || items.length === 0) {
    body = (
      <ResultsEmpty
        query={view.q}
        matchedBy={current?.matchedBy ?? null}
        onFirstPage={onFirstPage}
        onClear={() => apply("")}
        onFirst={() => go({ cursor: undefined })}
      />
    );
  } else {
    body = (
      <TransactionsTable
        rows={items}
        columns={view.columns}
        fresh={arrivals.fresh}
        busy={query.isPlaceholderData}
        sort={view.sort}
        dir={view.dir}
        density={view.density}
        activeIndex={keys.index}
        onSort={(sort) => go(sortPatch(view, sort))}
        onActivate={keys.setIndex}
        selection={selection}
      />
    );
  }

  return (
    <div className="page page-fill">
      <PageHeader
        title={t("transactions.title")}
        subtitle={t("transactions.subtitle")}
        actions={
          <ViewActions
            search={search}
            view={view}
            total={totals.data?.count ?? null}
            blocked={Boolean(current?.errors.length)}
            onView={(next) => void navigate({ search: next })}
            onChange={(patch) => go(patch)}
          />
        }
      />
      <SearchBar
        draft={draft}
        applied={view.q}
        errors={current?.errors ?? []}
        inputRef={searchInput}
        onDraft={setDraft}
        onApply={apply}
        onSubmit={(text) => void submit(text)}
      />
      <FilterBar filters={filtersFromQuery(draft)} onChange={onFilter} />
      <div className="table-toolbar">
        <TotalsBar
          totals={totals.data}
          pending={totals.isPending}
          failed={totals.isError}
          filtered={view.q !== ""}
          matchedBy={current?.matchedBy ?? null}
          providers={current?.items.map((row) => row.provider) ?? []}
          onExact={() => setExactFor(view.q)}
        />
      </div>
      {mayAct ? <BulkBar rows={[...selected.values()]} onClear={() => setSelected(new Map())} /> : null}
      {query.isError && query.data ? (
        <p className="banner banner-warn" role="status">
          {t("transactions.refreshFailed", { error: errorText(query.error) })}
        </p>
      ) : null}
      <div className="table-area">{body}</div>
      <PaginationBar
        size={view.size}
        rowCount={items?.length ?? 0}
        depth={cursors.depth}
        onFirstPage={onFirstPage}
        liveOrder={isLiveOrder(view)}
        hasOlder={Boolean(query.data?.nextCursor) && !query.isPlaceholderData}
        onNewest={() => go({ cursor: undefined })}
        onNewer={() => go({ cursor: cursors.newer || undefined })}
        onOlder={onOlder}
        onSize={(size) => go({ size })}
        status={
          <LiveStatus
            live={live}
            connecting={query.isPending && query.fetchStatus === "fetching"}
            failing={query.isError}
            updatedAt={query.dataUpdatedAt}
            newCount={arrivals.count}
            since={arrivals.since}
          />
        }
      />
    </div>
  );
}
