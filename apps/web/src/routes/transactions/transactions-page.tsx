import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { ErrorState, errorText } from "../../components/error-state.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { StateMessage } from "../../components/state-message.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";
import { hasFilters, pageSize, toListInput, type TransactionsSearch } from "../../lib/transactions-search.ts";
import { useTrpc } from "../../trpc.ts";
import { LiveStatus } from "./live-status.tsx";
import { PaginationBar } from "./pagination-bar.tsx";
import { TableSkeleton } from "./table-skeleton.tsx";
import { TransactionFilters, type FilterPatch } from "./transaction-filters.tsx";
import { TransactionsTable } from "./transactions-table.tsx";
import { useArrivals } from "./use-arrivals.ts";
import { usePageCursors } from "./use-page-cursors.ts";

const route = getRouteApi("/transactions");
export const LIVE_REFRESH_MS = 3_000;

export function TransactionsPage() {
  useDocumentTitle("Transactions");
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const trpc = useTrpc();
  const onFirstPage = !search.cursor;
  const size = pageSize(search);
  const viewKey = JSON.stringify([search.provider, search.status, search.from, search.to, size]);

  const query = useQuery(
    trpc.transactions.list.queryOptions(toListInput(search), {
      placeholderData: keepPreviousData,
      refetchInterval: onFirstPage ? LIVE_REFRESH_MS : false,
    }),
  );
  const items = query.data?.items;
  const arrivals = useArrivals(onFirstPage && !query.isPlaceholderData ? items?.map((row) => row.id) : undefined, viewKey);
  const cursors = usePageCursors(viewKey, search.cursor);

  const go = (patch: Partial<TransactionsSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }) });
  const onFilter = (patch: FilterPatch) => go({ ...patch, cursor: undefined });
  const onOlder = () => {
    const next = query.data?.nextCursor;
    if (!next) return;
    cursors.remember(next);
    go({ cursor: next });
  };

  let body;
  if (query.isPending) {
    body = <TableSkeleton />;
  } else if (query.isError && !query.data) {
    body = <ErrorState title="Could not load transactions" error={query.error} onRetry={() => void query.refetch()} />;
  } else if (!items || items.length === 0) {
    body = hasFilters(search) ? (
      <StateMessage
        title="No transactions match these filters"
        action={
          <button type="button" className="button" onClick={() => onFilter({ provider: undefined, status: undefined, from: undefined, to: undefined })}>
            Clear filters
          </button>
        }
      >
        <p>Try a wider date range or fewer statuses.</p>
      </StateMessage>
    ) : onFirstPage ? (
      <StateMessage title="No transactions yet — they appear as providers send webhooks">
        <p>Point the notification URLs of your beGateway, Antom and Pockyt accounts at Paylens. New transactions show up here within seconds.</p>
      </StateMessage>
    ) : (
      <StateMessage title="No older transactions" action={<button type="button" className="button" onClick={() => go({ cursor: undefined })}>Go to the newest</button>} />
    );
  } else {
    body = <TransactionsTable rows={items} fresh={arrivals.fresh} busy={query.isPlaceholderData} />;
  }

  return (
    <div className="page page-fill">
      <PageHeader
        title="Transactions"
        subtitle="Payments, refunds and payouts from every provider, newest first"
        actions={
          <LiveStatus
            live={onFirstPage}
            connecting={query.isPending && query.fetchStatus === "fetching"}
            failing={query.isError}
            updatedAt={query.dataUpdatedAt}
            newCount={arrivals.count}
            since={arrivals.since}
          />
        }
      />
      <TransactionFilters search={search} onChange={onFilter} />
      {query.isError && query.data ? (
        <p className="banner banner-warn" role="status">
          Refreshing failed ({errorText(query.error)}). Showing the last rows received; retrying.
        </p>
      ) : null}
      <div className="table-area">{body}</div>
      <PaginationBar
        size={size}
        rowCount={items?.length ?? 0}
        depth={cursors.depth}
        onFirstPage={onFirstPage}
        hasOlder={Boolean(query.data?.nextCursor) && !query.isPlaceholderData}
        onNewest={() => go({ cursor: undefined })}
        onNewer={() => go({ cursor: cursors.newer || undefined })}
        onOlder={onOlder}
        onSize={(next) => go({ size: next === 50 ? undefined : next, cursor: undefined })}
      />
    </div>
  );
}
