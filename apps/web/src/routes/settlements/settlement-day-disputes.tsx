import { Link } from "@tanstack/react-router";
import { DateTime } from "../../components/date-time.tsx";
import { Money } from "../../components/money.tsx";
import type { RouterOutputs } from "../../trpc.ts";

type DayDispute = RouterOutputs["finance"]["settlementDay"]["disputes"][number];

/**
 * What each movement does to the money the provider owes on the sale (db/queries/disputes-ledger.ts,
 * reports-disputes.ts): a hold and a fee take it, a reversal gives it back, a loss keeps what was held.
 */
const MOVEMENTS: Record<string, { label: string; sign: bigint }> = {
  dispute_hold: { label: "Held", sign: -1n },
  dispute_reversal: { label: "Returned", sign: 1n },
  dispute_loss: { label: "Lost (was held)", sign: 0n },
  dispute_fee: { label: "Dispute fee", sign: -1n },
  dispute_reversal_fee: { label: "Reversal fee", sign: -1n },
};

/** The day's dispute money beside its transactions: holds, returns, losses and the fees the provider's report stated. */
export function SettlementDayDisputes({ disputes }: { disputes: DayDispute[] }) {
  if (disputes.length === 0) return null;
  return (
    <table className="mini-table finance-table" aria-label="Day disputes">
      <caption className="finance-caption">Disputes on this day's sales</caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Movement</th>
          <th scope="col">Dispute id</th>
          <th scope="col">Payment</th>
          <th scope="col">Status</th>
          <th scope="col">Source</th>
          <th scope="col" className="num">
            Amount
          </th>
        </tr>
      </thead>
      <tbody>
        {disputes.map((d) => {
          const movement = MOVEMENTS[d.kind] ?? { label: d.kind, sign: 0n };
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
              <td>{d.status.replace("_", " ")}</td>
              <td>{d.reportRowId ? "report" : "notification"}</td>
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
