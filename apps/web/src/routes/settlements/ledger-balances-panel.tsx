import { t } from "../../i18n/index.ts";
import { useQuery } from "@tanstack/react-query";
import { ErrorState } from "../../components/error-state.tsx";
import { Money } from "../../components/money.tsx";
import { addDays, startOfDayIn, type Period } from "../../lib/settlements-search.ts";
import { useTrpc } from "../../trpc.ts";

const COLUMNS = [
  ["provider_receivable", "provider_receivable"],
  ["merchant_cash", "merchant_cash"],
  ["fees", "fees"],
  ["sales", "sales"],
  ["refunds", "refunds"],
  ["disputes_held", "disputes_held"],
  ["dispute_losses", "dispute_losses"],
  ["dispute_fees", "dispute_fees"],
] as const;

/** The ledger's balances at the end of the period's last day, per currency (debits positive, credits negative). */
export function LedgerBalancesPanel({ period }: { period: Period }) {
  const trpc = useTrpc();
  const asOf = startOfDayIn(addDays(period.to, 1), period.timeZone);
  const query = useQuery(
    trpc.finance.balances.queryOptions({
      asOf,
      provider: period.provider,
      accountId: period.accountId,
      currency: period.currency,
    }),
  );
  const byCurrency = new Map<string, Map<string, bigint>>();
  for (const b of query.data ?? []) {
    const row = byCurrency.get(b.currency) ?? new Map<string, bigint>();
    row.set(b.ledgerAccount, (row.get(b.ledgerAccount) ?? 0n) + b.balanceMinor);
    byCurrency.set(b.currency, row);
  }
  return (
    <section className="panel" aria-label={t("settlements.ledger.label")}>
      <header className="panel-header">
        <h2>
          {t("settlements.ledger.title", { day: period.to })}{" "}
          <span className="finance-subtle">({period.timeZone})</span>
        </h2>
      </header>
      <div className="panel-body">
        {query.isError ? (
          <ErrorState
            title={t("settlements.ledger.loadFailed")}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : query.isPending ? (
          <div className="chart-skeleton" role="status" aria-busy="true" aria-label={t("settlements.ledger.loading")} />
        ) : (
          <table className="mini-table finance-table" aria-label={t("settlements.ledger.byCurrency")}>
            <thead>
              <tr>
                <th scope="col">{t("settlements.ledger.currency")}</th>
                {COLUMNS.map(([account, label]) => (
                  <th key={account} scope="col" className="num">
                    {t(`settlements.ledger.${label}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...byCurrency]
                .sort(([a], [b]) => a.localeCompare(b))
                .map(([currency, row]) => (
                  <tr key={currency}>
                    <th scope="row">{currency}</th>
                    {COLUMNS.map(([account]) => (
                      <td key={account} className="num">
                        <Money amountMinor={row.get(account) ?? 0n} currency={currency} />
                      </td>
                    ))}
                  </tr>
                ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
