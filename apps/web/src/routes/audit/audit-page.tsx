import { t } from "../../i18n/index.ts";
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
  useDocumentTitle(t("audit.title"));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const trpc = useTrpc();
  const query = useInfiniteQuery(
    trpc.audit.list.infiniteQueryOptions(toAuditInput(search), { getNextPageParam: (last) => last.nextCursor }),
  );
  const items = query.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.keys(search).length > 0;

  let body;
  if (query.isPending)
    body = <div className="chart-skeleton" role="status" aria-busy="true" aria-label={t("audit.loading")} />;
  else if (query.isError)
    body = <ErrorState title={t("audit.loadFailed")} error={query.error} onRetry={() => void query.refetch()} />;
  else if (!items.length) {
    body = (
      <StateMessage title={filtered ? t("audit.noMatch") : t("audit.none")}>
        <p>{filtered ? t("audit.noMatchHelp") : t("audit.noneHelp")}</p>
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
              {query.isFetchingNextPage ? t("audit.loadingMore") : t("audit.more")}
            </button>
          ) : (
            <span className="muted">{t("audit.count", { count: items.length })}</span>
          )}
        </div>
      </>
    );
  }

  return (
    <div className="page">
      <PageHeader title={t("audit.title")} subtitle={t("audit.subtitle")} />
      <AuditFilters search={search} onApply={(next) => void navigate({ search: next })} />
      <section className="panel" aria-label={t("audit.entries")}>
        <div className="panel-body">{body}</div>
      </section>
    </div>
  );
}
