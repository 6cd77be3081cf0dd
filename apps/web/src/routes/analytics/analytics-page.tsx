import { t } from "../../i18n/index.ts";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { getRouteApi, Link } from "@tanstack/react-router";
import { useMemo } from "react";
import { PageHeader } from "../../components/page-header.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";
import { useTrpc } from "../../trpc.ts";
import { AnalyticsFilters } from "./analytics-filters.tsx";
import {
  analyticsScope,
  analyticsSearchOf,
  analyticsWindow,
  resolveAnalyticsView,
  type AnalyticsView,
} from "./analytics-search.ts";
import { ApprovalRateChart } from "./charts/approval-rate/approval-rate.tsx";
import { BreakdownChart } from "./charts/breakdown/breakdown.tsx";
import { DisputeRateChart } from "./charts/dispute-rate/dispute-rate.tsx";
import { DeclineReasonsChart } from "./charts/decline-reasons/decline-reasons.tsx";
import { ProviderLatencyChart } from "./charts/provider-latency/provider-latency.tsx";
import { WebhookLagChart } from "./charts/webhook-lag/webhook-lag.tsx";

const route = getRouteApi("/analytics");
// Figures refresh while the page is open; the window moves on with them.
const REFRESH_MS = 30_000;
/** The dispute rate is a monthly figure: it shows the running month and the five before it, whatever the range. */
const DISPUTE_MONTHS = 6;

export function AnalyticsPage() {
  useDocumentTitle(t("analytics.title"));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const trpc = useTrpc();
  const view = resolveAnalyticsView(search);
  const minute = Math.floor(Date.now() / 60_000);
  const window = useMemo(() => analyticsWindow(view, minute * 60_000), [view.range, view.bucket, minute]);
  const scope = { ...window, ...analyticsScope(view) };
  const live = { placeholderData: keepPreviousData, refetchInterval: REFRESH_MS } as const;
  const { currency: _currency, ...providerScope } = scope;

  const approval = useQuery({ ...trpc.analytics.approval.queryOptions({ ...scope, bucket: view.bucket }), ...live });
  const breakdown = useQuery({
    ...trpc.analytics.breakdown.queryOptions({ ...scope, dimension: view.dimension, limit: 50 }),
    ...live,
  });
  const declines = useQuery({ ...trpc.analytics.declines.queryOptions({ ...scope, bucket: view.bucket }), ...live });
  const lag = useQuery({
    ...trpc.analytics.webhookLag.queryOptions({ ...providerScope, bucket: view.bucket }),
    ...live,
  });
  const monthsFrom = useMemo(() => {
    const now = new Date(minute * 60_000);
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (DISPUTE_MONTHS - 1), 1));
  }, [minute]);
  const disputeScope = {
    from: monthsFrom,
    to: new Date(minute * 60_000),
    provider: providerScope.provider,
    accountId: providerScope.accountId,
  };
  const disputes = useQuery({ ...trpc.analytics.disputeRate.queryOptions(disputeScope), ...live });
  const latency = useQuery({
    ...trpc.analytics.latency.queryOptions({ ...providerScope, bucket: view.bucket }),
    ...live,
  });

  const go = (patch: Partial<AnalyticsView>) =>
    void navigate({ search: analyticsSearchOf({ ...view, ...patch }), replace: true });

  return (
    <div className="page analytics-page">
      <PageHeader
        title={t("analytics.title")}
        subtitle={t("analytics.subtitle", { range: t(`analytics.rangeIn.${view.range}`) })}
        actions={<Link to="/alerts">{t("analytics.alerts")}</Link>}
      />
      <AnalyticsFilters view={view} onChange={go} />
      {view.currencies.length ? <p className="chart-note">{t("analytics.currencyNote")}</p> : null}
      <div className="analytics-grid">
        <ApprovalRateChart
          query={approval}
          data={approval.data}
          bucket={view.bucket}
          split={view.split}
          onSplit={(split) => go({ split })}
        />
        <BreakdownChart
          query={breakdown}
          data={breakdown.data}
          dimension={view.dimension}
          sort={view.sort}
          dir={view.dir}
          onDimension={(dimension) => go({ dimension })}
          onSort={(sort) =>
            go(
              sort === view.sort
                ? { dir: view.dir === "asc" ? "desc" : "asc" }
                : { sort, dir: sort === "segment" ? "asc" : "desc" },
            )
          }
        />
        <DeclineReasonsChart query={declines} data={declines.data} bucket={view.bucket} />
        <WebhookLagChart query={lag} data={lag.data} bucket={view.bucket} />
        <ProviderLatencyChart query={latency} data={latency.data} bucket={view.bucket} />
        <DisputeRateChart query={disputes} data={disputes.data} scope={disputeScope} />
      </div>
    </div>
  );
}
