import { t } from "../../i18n/index.ts";
import { useQuery } from "@tanstack/react-query";
import { getRouteApi } from "@tanstack/react-router";
import { ErrorState } from "../../components/error-state.tsx";
import { PageHeader } from "../../components/page-header.tsx";
import { useCan } from "../../components/principal.tsx";
import { StateMessage } from "../../components/state-message.tsx";
import { useDocumentTitle } from "../../components/use-document-title.ts";
import { periodOf } from "../../lib/settlements-search.ts";
import { useTrpc } from "../../trpc.ts";
import "../../styles/finance.css";
import { LedgerBalancesPanel } from "./ledger-balances-panel.tsx";
import { ReconciliationPanel } from "./reconciliation-panel.tsx";
import { ReportTools } from "./report-tools.tsx";
import { SettlementDayPanel } from "./settlement-day-panel.tsx";
import { dayKey, SettlementDaysTable } from "./settlement-days-table.tsx";
import { SettlementFilters } from "./settlement-filters.tsx";

const route = getRouteApi("/settlements");

export function SettlementsPage() {
  useDocumentTitle(t("settlements.title"));
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const trpc = useTrpc();
  const period = periodOf(search);
  const canWork = useCan("finance");
  const canExport = useCan("export");
  const accounts = useQuery(trpc.finance.accounts.queryOptions());
  const days = useQuery(trpc.finance.settlements.queryOptions(period));
  const open =
    search.day && search.dayAccount && search.dayCurrency
      ? { day: search.day, accountId: search.dayAccount, currency: search.dayCurrency }
      : null;

  let body;
  if (days.isPending)
    body = <div className="chart-skeleton" role="status" aria-busy="true" aria-label={t("settlements.loading")} />;
  else if (days.isError)
    body = <ErrorState title={t("settlements.loadFailed")} error={days.error} onRetry={() => void days.refetch()} />;
  else if (!days.data.length) {
    body = (
      <StateMessage title={t("settlements.none")}>
        <p>{t("settlements.noneHelp")}</p>
      </StateMessage>
    );
  } else {
    body = (
      <SettlementDaysTable
        days={days.data}
        open={open ? dayKey(open) : null}
        onOpen={(d) =>
          void navigate({
            search: (previous) => ({ ...previous, day: d.day, dayAccount: d.accountId, dayCurrency: d.currency }),
          })
        }
      />
    );
  }

  return (
    <div className="page finance-page">
      <PageHeader title={t("settlements.title")} subtitle={t("settlements.subtitle", { zone: period.timeZone })} />
      <SettlementFilters
        search={search}
        period={period}
        accounts={accounts.data ?? []}
        onApply={(next) => void navigate({ search: next })}
      />
      <ReportTools period={period} accounts={accounts.data ?? []} canWork={canWork} canExport={canExport} />
      <section className="panel" aria-label={t("settlements.days")}>
        <div className="panel-body">{body}</div>
      </section>
      {open ? (
        <SettlementDayPanel
          key={dayKey(open)}
          {...open}
          timeZone={period.timeZone}
          onClose={() => void navigate({ search: ({ day: _d, dayAccount: _a, dayCurrency: _c, ...rest }) => rest })}
        />
      ) : null}
      <ReconciliationPanel period={period} canResolve={canWork} />
      <LedgerBalancesPanel period={period} />
    </div>
  );
}
