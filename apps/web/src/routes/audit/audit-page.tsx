import { useInfiniteQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { AuditTable } from "../../components/audit-table.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { StateMessage } from "../../components/state-message.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";
import { toAuditInput } from "../../lib/audit-search.ts";
import { useTrpc } from "../../trpc.ts";
import { AuditFilters } from "./audit-filters.tsx";

const route = getRouteApi("/audit");

export function AuditPage() {
  useDocumentTitle("Audit log");
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const trpc = useTrpc();
  const query = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(toAuditInput(search), { getNextPageParam: (last) => last.nextCursor }),
  );
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.keys(search).length > 0;

  let body;
  if (query.isPending) body = <div className="chart-skeleton" aria-busy="true" aria-label="Loading the audit log" />;
  else if (query.isError)
    body = <ErrorState title="Could not load the audit log" error={query.error} onRetry={() => void query.refetch()} />;
  else if (!items.length) {
    body = (
      <StateMessage title={filtered ? "Nothing matches these filters" : "Nothing recorded yet"}>
        <p>
          {filtered
            ? "Widen the dates or clear a filter."
            : "Sign-ins, actions, notes and setting changes appear here as they happen."}
        </p>
      </StateMessage>
    );
  } else {
    body = (
      <>
        <AuditTable items={items} />
        <div className="load-more">
          {query.hasNextPage ? (
            <button
              type="button"
              className="button"
              onClick={() => void query.fetchNextPage()}
              disabled={query.isFetchingNextPage}
            >
              {query.isFetchingNextPage ? "Loading…" : "Load more"}
            </button>
          ) : (
            <span className="muted">
              {items.length === 1 ? "1 entry" : `${items.length} entries`}, the oldest one included
            </span>
          )}
        </div>
      </>
    );
  }

  return (
    <div className="page">
      <PageHeader title="Audit log" subtitle="Who did what, when, from where — append-only, newest first" />
      <AuditFilters search={search} onApply={(next) => void navigate({ search: next })} />
      <section className="panel" aria-label="Audit entries">
        <div className="panel-body">{body}</div>
      </section>
    </div>
  );
}
