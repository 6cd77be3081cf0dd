import { t } from "../../i18n/index.ts";
import { Money } from "../../components/money.tsx";
import { providerName } from "../../lib/vocabulary.ts";
import type { RouterOutputs } from "../../trpc.ts";

export type SettlementDay = RouterOutputs["finance"]["settlements"][number];

const key = (d: Pick<SettlementDay, "day" | "accountId" | "currency">) => `${d.day}|${d.accountId}|${d.currency}`;

/**
 * One row per provider account, currency and day; the open day is marked, totals per currency at the foot. Net is
 * after fees and what disputes took (db/queries/settlements.ts).
 */
export function SettlementDaysTable({
  days,
  open,
  onOpen,
}: {
  days: SettlementDay[];
  open: string | null;
  onOpen: (day: SettlementDay) => void;
}) {
  const totals = new Map<
    string,
    {
      captured: bigint;
      refunded: bigint;
      fees: bigint;
      disputed: bigint;
      disputeFees: bigint;
      net: bigint;
      settled: bigint;
      outstanding: bigint;
      transactions: number;
    }
  >();
  for (const d of days) {
    const t = totals.get(d.currency) ?? {
      captured: 0n,
      refunded: 0n,
      fees: 0n,
      disputed: 0n,
      disputeFees: 0n,
      net: 0n,
      settled: 0n,
      outstanding: 0n,
      transactions: 0,
    };
    totals.set(d.currency, {
      captured: t.captured + d.capturedMinor,
      refunded: t.refunded + d.refundedMinor,
      fees: t.fees + d.feesMinor,
      disputed: t.disputed + d.disputedMinor,
      disputeFees: t.disputeFees + d.disputeFeesMinor,
      net: t.net + d.netMinor,
      settled: t.settled + d.settledMinor,
      outstanding: t.outstanding + d.outstandingMinor,
      transactions: t.transactions + d.transactions,
    });
  }
  return (
    <table className="mini-table finance-table" aria-label={t("settlements.days")}>
      <thead>
        <tr>
          <th scope="col">{t("settlements.col.day")}</th>
          <th scope="col">{t("settlements.col.provider")}</th>
          <th scope="col">{t("settlements.col.account")}</th>
          <th scope="col" className="num">
            {t("settlements.col.transactions")}
          </th>
          <th scope="col" className="num">
            {t("settlements.col.captured")}
          </th>
          <th scope="col" className="num">
            {t("settlements.col.refunded")}
          </th>
          <th scope="col" className="num">
            {t("settlements.col.fees")}
          </th>
          <th scope="col" className="num" title={t("settlements.col.disputedHint")}>
            {t("settlements.col.disputed")}
          </th>
          <th scope="col" className="num">
            {t("settlements.col.disputeFees")}
          </th>
          <th scope="col" className="num">
            {t("settlements.col.net")}
          </th>
          <th scope="col" className="num">
            {t("settlements.col.settled")}
          </th>
          <th scope="col" className="num">
            {t("settlements.col.outstanding")}
          </th>
        </tr>
      </thead>
      <tbody>
        {days.map((d) => (
          <tr key={key(d)} className={open === key(d) ? "finance-open" : undefined}>
            <td className="mono">{d.day}</td>
            <td>{providerName(d.provider)}</td>
            <td>{d.accountId}</td>
            <td className="num">
              {/* The count opens the day's transactions: a column of its own would push the table past a wide screen. */}
              <button
                type="button"
                className="link-button"
                onClick={() => onOpen(d)}
                aria-label={t("settlements.col.openDay", { day: d.day, account: d.accountId, currency: d.currency })}
              >
                {d.transactions}
              </button>
            </td>
            <td className="num">
              <Money amountMinor={d.capturedMinor} currency={d.currency} />
            </td>
            <td className="num">
              <Money amountMinor={d.refundedMinor} currency={d.currency} />
            </td>
            <td className="num">
              <Money amountMinor={d.feesMinor} currency={d.currency} />
            </td>
            <td className="num">
              <Money amountMinor={d.disputedMinor} currency={d.currency} />
            </td>
            <td className="num">
              <Money amountMinor={d.disputeFeesMinor} currency={d.currency} />
            </td>
            <td className="num">
              <Money amountMinor={d.netMinor} currency={d.currency} />
            </td>
            <td className="num">
              <Money amountMinor={d.settledMinor} currency={d.currency} />
            </td>
            <td className={d.outstandingMinor === 0n ? "num" : "num finance-owed"}>
              <Money amountMinor={d.outstandingMinor} currency={d.currency} />
            </td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        {[...totals].map(([currency, sum]) => (
          <tr key={currency}>
            <th scope="row" colSpan={3}>
              {t("settlements.total", { currency })}
            </th>
            <td className="num">{sum.transactions}</td>
            <td className="num">
              <Money amountMinor={sum.captured} currency={currency} />
            </td>
            <td className="num">
              <Money amountMinor={sum.refunded} currency={currency} />
            </td>
            <td className="num">
              <Money amountMinor={sum.fees} currency={currency} />
            </td>
            <td className="num">
              <Money amountMinor={sum.disputed} currency={currency} />
            </td>
            <td className="num">
              <Money amountMinor={sum.disputeFees} currency={currency} />
            </td>
            <td className="num">
              <Money amountMinor={sum.net} currency={currency} />
            </td>
            <td className="num">
              <Money amountMinor={sum.settled} currency={currency} />
            </td>
            <td className="num">
              <Money amountMinor={sum.outstanding} currency={currency} />
            </td>
          </tr>
        ))}
      </tfoot>
    </table>
  );
}

export const dayKey = key;
