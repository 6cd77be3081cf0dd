import { t } from "../../i18n/index.ts";
import { Link } from "@tanstack/react-router";
import { DateTime } from "../../components/date-time.tsx";
import { Money } from "../../components/money.tsx";
import type { RouterOutputs } from "../../trpc.ts";
import { statusLabel } from "../disputes/dispute-words.ts";

type DayDispute = RouterOutputs["finance"]["settlementDay"]["disputes"][number];

/**
 * What each movement does to the money the provider owes on the sale (db/queries/disputes-ledger.ts,
 * reports-disputes.ts): a hold and a fee take it, a reversal gives it back, a loss keeps what was held.
 */
const MOVEMENT_SIGNS: Record<string, bigint> = {
  dispute_hold: -1n,
  dispute_reversal: 1n,
  dispute_loss: 0n,
  dispute_fee: -1n,
  dispute_reversal_fee: -1n,
};
const MOVEMENTS = Object.keys(MOVEMENT_SIGNS);

/** The day's dispute money beside its transactions: holds, returns, losses and the fees the provider's report stated. */
export function SettlementDayDisputes({ disputes }: { disputes: DayDispute[] }) {
  if (disputes.length === 0) return null;
  return (
    <table className="mini-table finance-table" aria-label={t("settlements.dayDisputes.label")}>
      <caption className="finance-caption">{t("settlements.dayDisputes.caption")}</caption>
      <thead>
        <tr>
          <th scope="col">{t("settlements.dayDisputes.time")}</th>
          <th scope="col">{t("settlements.dayDisputes.movement")}</th>
          <th scope="col">{t("settlements.dayDisputes.disputeId")}</th>
          <th scope="col">{t("settlements.dayDisputes.payment")}</th>
          <th scope="col">{t("settlements.dayDisputes.status")}</th>
          <th scope="col">{t("settlements.dayDisputes.source")}</th>
          <th scope="col" className="num">
            {t("settlements.dayDisputes.amount")}
          </th>
        </tr>
      </thead>
      <tbody>
        {disputes.map((d) => {
          const known = MOVEMENTS.includes(d.kind);
          const movement = {
            label: known ? t(`settlements.dayDisputes.kinds.${d.kind as "dispute_hold"}`) : d.kind,
            sign: MOVEMENT_SIGNS[d.kind] ?? 0n,
          };
          return (
            <tr key={d.groupId}>
              <td className="nowrap">
                <DateTime value={d.occurredAt} />
              </td>
              <td>{movement.label}</td>
              <td className="mono">{d.providerDisputeId}</td>
              <td className="mono">
                <Link to="/transactions/$id" params={{ id: d.transactionId }}>
                  {d.paymentProviderUid}
                </Link>
              </td>
              <td>{statusLabel(d.status)}</td>
              <td>
                {d.reportRowId
                  ? t("settlements.dayDisputes.fromReport")
                  : t("settlements.dayDisputes.fromNotification")}
              </td>
              <td className="num">
                <Money
                  amountMinor={movement.sign === 0n ? d.amountMinor : movement.sign * d.amountMinor}
                  currency={d.currency}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
