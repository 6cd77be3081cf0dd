import { t } from "../../../../i18n/index.ts";
import { useState } from "react";
import { ChartCard, type PanelQuery } from "../../../../components/charts/chart-card.tsx";
import { formatCount, formatMs, formatPercent } from "../../../../components/charts/format-chart.ts";
import type { LatencyOutput } from "../../../../lib/analytics-types.ts";
import { humanize, providerName } from "../../../../lib/vocabulary.ts";
import { PercentileLines } from "../percentile-lines.tsx";
import { PercentilePicker } from "../percentile-picker.tsx";
import type { Percentile } from "../webhook-lag/to-series.ts";
import { latencyOperations, sortLatencySummary, toLatencyLines } from "./to-series.ts";

export function ProviderLatencyChart({
  query,
  data,
  bucket,
}: {
  query: PanelQuery;
  data: LatencyOutput | undefined;
  bucket: string;
}) {
  const [percentile, setPercentile] = useState<Percentile>("p95");
  const operations = data ? latencyOperations(data) : [];
  const [picked, setPicked] = useState<string | null>(null);
  const operation = picked && operations.includes(picked) ? picked : (operations[0] ?? "");
  const lines = data ? toLatencyLines(data, operation, percentile) : { keys: [], rows: [] };
  return (
    <ChartCard
      title={t("analytics.latency.title")}
      query={query}
      empty={!data?.summary.length}
      emptyText={t("analytics.latency.empty")}
      aside={<PercentilePicker value={percentile} onChange={setPercentile} label={t("analytics.latency.percentile")} />}
    >
      {() => (
        <>
          <div className="segmented segmented-wrap" role="group" aria-label={t("analytics.latency.operation")}>
            {operations.map((name) => (
              <button
                key={name}
                type="button"
                className="segment"
                aria-pressed={name === operation}
                onClick={() => setPicked(name)}
              >
                {humanize(name)}
              </button>
            ))}
          </div>
          <PercentileLines rows={lines.rows} keys={lines.keys} percentile={percentile} bucket={bucket} />
          <table className="data-table compact-table">
            <thead>
              <tr>
                <th>{t("analytics.latency.provider")}</th>
                <th>{t("analytics.latency.operation")}</th>
                <th className="num">{t("analytics.latency.calls")}</th>
                <th className="num">p50</th>
                <th className="num">p95</th>
                <th className="num">p99</th>
                <th className="num">{t("analytics.latency.errors")}</th>
                <th className="num">{t("analytics.latency.timeouts")}</th>
              </tr>
            </thead>
            <tbody>
              {sortLatencySummary(data?.summary ?? []).map((row) => (
                <tr key={`${row.provider}:${row.operation}`}>
                  <td>{providerName(row.provider)}</td>
                  <td>{humanize(row.operation)}</td>
                  <td className="num">{formatCount(row.count)}</td>
                  <td className="num">{formatMs(row.p50)}</td>
                  <td className="num">{formatMs(row.p95)}</td>
                  <td className="num">{formatMs(row.p99)}</td>
                  <td className={`num ${row.errorShare >= 0.05 ? "figure-bad" : ""}`}>
                    {formatPercent(row.errorShare)}
                  </td>
                  <td className={`num ${row.timeoutShare >= 0.02 ? "figure-warn" : ""}`}>
                    {formatPercent(row.timeoutShare)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ChartCard>
  );
}
