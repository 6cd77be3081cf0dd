// Disputes by BIN, issuing bank or payment method of the disputed payment, over the dispute panel's months: which
// cards and banks the disputes come from, beside the per-account rate the schemes watch.
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { ErrorState } from "../../../../components/error-state.tsx";
import { formatCount, formatPercent } from "../../../../components/charts/format-chart.ts";
import type { DisputeBreakdownInput } from "../../../../lib/analytics-types.ts";
import { t } from "../../../../i18n/index.ts";
import { methodName } from "../../../../lib/format-card.ts";
import { useTrpc } from "../../../../trpc.ts";
import { DIMENSION_LABELS } from "../breakdown/breakdown.tsx";

type Dimension = DisputeBreakdownInput["dimension"];
const DIMENSIONS: readonly Dimension[] = ["bin", "issuer", "method"];

export function DisputeSegments({ scope }: { scope: Omit<DisputeBreakdownInput, "dimension" | "limit"> }) {
  const trpc = useTrpc();
  const [dimension, setDimension] = useState<Dimension>("bin");
  // No placeholder: another dimension's rows must not show under this one's heading while it loads.
  const query = useQuery(trpc.analytics.disputeBreakdown.queryOptions({ ...scope, dimension, limit: 10 }));
  const label = DIMENSION_LABELS[dimension];
  return (
    <div className="dispute-segments">
      <div className="dispute-segments-head">
        <h3>{t("analytics.disputes.by", { dimension: dimension === "bin" ? label : label.toLowerCase() })}</h3>
        <div className="segmented" role="group" aria-label={t("analytics.disputes.byGroup")}>
          {DIMENSIONS.map((d) => (
            <button
              key={d}
              type="button"
              className="segment"
              aria-pressed={d === dimension}
              onClick={() => setDimension(d)}
            >
              {DIMENSION_LABELS[d]}
            </button>
          ))}
        </div>
      </div>
      {query.isError ? (
        <ErrorState title={t("analytics.disputes.loadFailed")} error={query.error} />
      ) : query.isPending ? (
        <div className="chart-skeleton" role="status" aria-busy="true" aria-label={t("analytics.disputes.loading")} />
      ) : query.data.rows.length === 0 ? (
        <p className="muted">{t("analytics.disputes.noSegments", { dimension: label.toLowerCase() })}</p>
      ) : (
        <table className="data-table compact-table" aria-label={t("analytics.disputes.by", { dimension: label })}>
          <thead>
            <tr>
              <th>{label}</th>
              <th className="num">{t("analytics.disputes.disputes")}</th>
              <th className="num">{t("analytics.disputes.capturedPayments")}</th>
              <th className="num">{t("analytics.disputes.rate")}</th>
            </tr>
          </thead>
          <tbody>
            {query.data.rows.map((row) => (
              <tr key={row.segment}>
                <td className={dimension === "bin" ? "mono" : undefined}>
                  {dimension === "method" ? methodName(row.segment) : row.segment}
                </td>
                <td className="num">{formatCount(row.disputes)}</td>
                <td className="num">{formatCount(row.payments)}</td>
                <td className="num">{formatPercent(row.rate, 2)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
