import { t } from "../../i18n/index.ts";
import { useInfiniteQuery } from "@tanstack/react-query";
import { Link } from "@tanstack/react-router";
import { DateTime } from "../../components/date-time.tsx";
import { ErrorState } from "../../components/error-state.tsx";
import { Money } from "../../components/money.tsx";
import { addDays, daySearchQuery, startOfDayIn } from "../../lib/settlements-search.ts";
import { useTrpc } from "../../trpc.ts";
import { SettlementDayDisputes } from "./settlement-day-disputes.tsx";

/**
 * The transactions behind one day's row: what each sold or refunded, the fee, what was paid out and what is owed; then
 * the disputes on those sales.
 */
export function SettlementDayPanel({
  day,
  accountId,
  currency,
  timeZone,
  onClose,
}: {
  day: string;
  accountId: string;
  currency: string;
  timeZone: string;
  onClose: () => void;
}) {
  const trpc = useTrpc();
  const query = useInfiniteQuery(
    trpc.finance.settlementDay.infiniteQueryOptions(
      { day, timeZone, accountId, currency, limit: 100 },
      { getNextPageParam: (last) => last.next },
    ),
  );
  const rows = query.data?.pages.flatMap((page) => page.rows) ?? [];
  const disputes = query.data?.pages.flatMap((page) => page.disputes) ?? [];
  const q = daySearchQuery(
    accountId,
    currency,
    startOfDayIn(day, timeZone).toISOString(),
    startOfDayIn(addDays(day, 1), timeZone).toISOString(),
  );

  return (
    <section className="panel" aria-label={t("settlements.day.of", { day })}>
      <div className="panel-header">
        <h2>
          {day} · {accountId} · {currency} <span className="finance-subtle">({timeZone})</span>
        </h2>
        <span className="button-row">
          <Link to="/transactions" search={{ q }} className="button button-sm">
            {t("settlements.day.openInList")}
          </Link>
          <button type="button" className="button button-sm" onClick={onClose}>
            {t("settlements.day.close")}
          </button>
        </span>
      </div>
      <div className="panel-body">
        {query.isPending ? (
          <div className="chart-skeleton" role="status" aria-busy="true" aria-label={t("settlements.day.loading")} />
        ) : query.isError ? (
          <ErrorState
            title={t("settlements.day.loadFailed")}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <>
            <table className="mini-table finance-table" aria-label={t("settlements.day.table")}>
              <thead>
                <tr>
                  <th scope="col">{t("settlements.day.time")}</th>
                  <th scope="col">{t("settlements.day.type")}</th>
                  <th scope="col">{t("settlements.day.providerId")}</th>
                  <th scope="col">{t("settlements.day.order")}</th>
                  <th scope="col" className="num">
                    {t("settlements.day.amount")}
                  </th>
                  <th scope="col" className="num">
                    {t("settlements.day.fee")}
                  </th>
                  <th scope="col" className="num">
                    {t("settlements.day.settled")}
                  </th>
                  <th scope="col">{t("settlements.day.settledAt")}</th>
                  <th scope="col" className="num">
                    {t("settlements.day.owed")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={`${r.transactionId}-${r.type}`}>
                    <td className="nowrap">
                      <DateTime value={r.occurredAt} />
                    </td>
                    <td>{r.type}</td>
                    <td className="mono">
                      <Link to="/transactions/$id" params={{ id: r.transactionId }}>
                        {r.providerUid}
                      </Link>
                    </td>
                    <td>{r.trackingId ?? <span className="muted">—</span>}</td>
                    <td className="num">
                      <Money amountMinor={r.type === "refund" ? -r.amountMinor : r.amountMinor} currency={r.currency} />
                    </td>
                    <td className="num">
                      <Money amountMinor={r.feeMinor} currency={r.currency} />
                    </td>
                    <td className="num">
                      <Money amountMinor={r.settledMinor} currency={r.currency} />
                    </td>
                    <td className="nowrap">
                      <DateTime value={r.settledAt} />
                    </td>
                    <td className={r.outstandingMinor === 0n ? "num" : "num finance-owed"}>
                      <Money amountMinor={r.outstandingMinor} currency={r.currency} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div className="load-more">
              {query.hasNextPage ? (
                <button
                  type="button"
                  className="button"
                  onClick={() => void query.fetchNextPage()}
                  disabled={query.isFetchingNextPage}
                >
                  {query.isFetchingNextPage ? t("settlements.day.loadingMore") : t("settlements.day.more")}
                </button>
              ) : (
                <span className="muted">{t("settlements.day.count", { count: rows.length })}</span>
              )}
            </div>
            <SettlementDayDisputes disputes={disputes} />
          </>
        )}
      </div>
    </section>
  );
}
