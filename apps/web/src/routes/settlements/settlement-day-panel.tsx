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
    <section className="panel" aria-label={`Transactions of ${day}`}>
      <div className="panel-header">
        <h2>
          {day} · {accountId} · {currency} <span className="finance-subtle">({timeZone})</span>
        </h2>
        <span className="button-row">
          <Link to="/transactions" search={{ q }} className="button button-sm">
            Open in Transactions
          </Link>
          <button type="button" className="button button-sm" onClick={onClose}>
            Close
          </button>
        </span>
      </div>
      <div className="panel-body">
        {query.isPending ? (
          <div className="chart-skeleton" aria-busy="true" aria-label="Loading the day's transactions" />
        ) : query.isError ? (
          <ErrorState
            title="Could not load the day's transactions"
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <>
            <table className="mini-table finance-table" aria-label="Day transactions">
              <thead>
                <tr>
                  <th scope="col">Time</th>
                  <th scope="col">Type</th>
                  <th scope="col">Provider id</th>
                  <th scope="col">Order</th>
                  <th scope="col" className="num">
                    Amount
                  </th>
                  <th scope="col" className="num">
                    Fee
                  </th>
                  <th scope="col" className="num">
                    Settled
                  </th>
                  <th scope="col">Settled at</th>
                  <th scope="col" className="num">
                    Owed
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
                  {query.isFetchingNextPage ? "Loading…" : "Load more"}
                </button>
              ) : (
                <span className="muted">{rows.length === 1 ? "1 transaction" : `${rows.length} transactions`}</span>
              )}
            </div>
            <SettlementDayDisputes disputes={disputes} />
          </>
        )}
      </div>
    </section>
  );
}
