import { t } from "../../i18n/index.ts";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { useCallback } from "react";
import { ErrorState } from "../../components/error-state.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { StateMessage } from "../../components/state-message.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";
import type { WebhookRow } from "../../lib/api-types.ts";
import { providerNamesInWords } from "../../lib/vocabulary.ts";
import { useTrpc } from "../../trpc.ts";
import { StateTabs } from "./state-tabs.tsx";
import { WebhookDetailView } from "./webhook-detail.tsx";
import { WebhookDrawer } from "./webhook-drawer.tsx";
import { WebhookFilters } from "./webhook-filters.tsx";
import { WebhooksTable } from "./webhooks-table.tsx";
import { isFiltered, toCountsInput, toListInput, type WebhooksSearch } from "./webhooks-search.ts";
import "../../styles/webhooks.css";

const route = getRouteApi("/webhooks");

export function WebhooksPage() {
  useDocumentTitle(t("webhooks.title"));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const trpc = useTrpc();
  const list = useInfiniteQuery(
    trpc.webhooks.list.infiniteQueryOptions(toListInput(search), { getNextPageParam: (last) => last.nextCursor }),
  );
  // The badges follow new arrivals; the list itself changes only when asked, so rows do not move while being read.
  const counts = useQuery({ ...trpc.webhooks.counts.queryOptions(toCountsInput(search)), refetchInterval: 15_000 });
  const accounts = useQuery(trpc.finance.accounts.queryOptions());
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  const show = (next: WebhooksSearch) => void navigate({ search: next });
  const open = useCallback(
    (row: WebhookRow) => void navigate({ search: (previous) => ({ ...previous, message: row.id.toString() }) }),
    [navigate],
  );
  const close = useCallback(() => void navigate({ search: ({ message: _closed, ...rest }) => rest }), [navigate]);
  const refresh = () => {
    void list.refetch();
    void counts.refetch();
  };

  let body;
  if (list.isPending)
    body = (
      <div
        className="table-skeleton-block webhooks-skeleton"
        role="status"
        aria-busy="true"
        aria-label={t("webhooks.loading")}
      />
    );
  else if (list.isError)
    body = <ErrorState title={t("webhooks.loadFailed")} error={list.error} onRetry={() => void list.refetch()} />;
  else if (!items.length) {
    body = isFiltered(search) ? (
      <StateMessage
        title={t("webhooks.noMatch")}
        action={
          <button
            type="button"
            className="button"
            onClick={() => show(search.message ? { message: search.message } : {})}
          >
            {t("webhooks.showAll")}
          </button>
        }
      >
        <p>{search.q ? t("webhooks.exactHelp") : t("webhooks.otherHelp")}</p>
      </StateMessage>
    ) : (
      <StateMessage title={t("webhooks.none")}>
        <p>{t("webhooks.noneHelp", { providers: providerNamesInWords() })}</p>
      </StateMessage>
    );
  } else {
    body = (
      <>
        <div className="table-scroll webhooks-scroll">
          <WebhooksTable rows={items} openId={search.message} onOpen={open} />
        </div>
        <div className="load-more">
          {list.hasNextPage ? (
            <button
              type="button"
              className="button"
              onClick={() => void list.fetchNextPage()}
              disabled={list.isFetchingNextPage}
            >
              {list.isFetchingNextPage ? t("webhooks.loadingMore") : t("webhooks.more")}
            </button>
          ) : (
            <span className="muted">{t("webhooks.count", { count: items.length })}</span>
          )}
        </div>
      </>
    );
  }

  return (
    <div className="page">
      <PageHeader
        title={t("webhooks.title")}
        subtitle={t("webhooks.subtitle")}
        actions={
          <button type="button" className="button" onClick={refresh} disabled={list.isFetching}>
            {list.isFetching && !list.isPending ? t("webhooks.refreshing") : t("webhooks.refresh")}
          </button>
        }
      />
      <WebhookFilters search={search} accounts={accounts.data ?? []} onApply={show} />
      <StateTabs
        state={search.state}
        counts={counts.data ?? null}
        unavailable={counts.isError}
        onSelect={(state) => {
          const { state: _previous, message: _open, ...rest } = search;
          show(state ? { ...rest, state } : rest);
        }}
      />
      <section className="panel webhooks-panel" aria-label={t("webhooks.messages")}>
        {body}
      </section>
      {search.message ? (
        <WebhookDrawer title={t("webhooks.drawer", { id: search.message })} onClose={close}>
          <WebhookDetailView id={search.message} />
        </WebhookDrawer>
      ) : null}
    </div>
  );
}
