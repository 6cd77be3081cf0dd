import { useState } from "react";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard, type PanelQuery } from "../../../../components/charts/chart-card.tsx";
import { ChartTooltip } from "../../../../components/charts/chart-tooltip.tsx";
import { formatBucketTime, formatCount, formatMs, formatPercent } from "../../../../components/charts/format-chart.ts";
import { providerColor } from "../../../../components/charts/series-colors.ts";
import type { LatencyOutput } from "../../../../lib/analytics-types.ts";
import { humanize, providerName } from "../../../../lib/vocabulary.ts";
import { PercentilePicker } from "../percentile-picker.tsx";
import type { Percentile } from "../webhook-lag/to-series.ts";
import { latencyOperations, sortLatencySummary, toLatencyLines } from "./to-series.ts";

export function ProviderLatencyChart({ query, data, bucket }: { query: PanelQuery; data: LatencyOutput | undefined; bucket: string }) {
  const [percentile, setPercentile] = useState<Percentile>("p95");
  const operations = data ? latencyOperations(data) : [];
  const [picked, setPicked] = useState<string | null>(null);
  const operation = picked && operations.includes(picked) ? picked : (operations[0] ?? "");
  const lines = data ? toLatencyLines(data, operation, percentile) : { keys: [], rows: [] };
  const time = (t: unknown) => formatBucketTime(Number(t), bucket);
  return (
    <ChartCard
      title="Provider latency"
      query={query}
      empty={!data?.summary.length}
      emptyText="No provider calls in this period"
      aside={<PercentilePicker value={percentile} onChange={setPercentile} label="Latency percentile" />}
    >
      {() => (
        <>
          <div className="segmented segmented-wrap" role="group" aria-label="Operation">
            {operations.map((name) => (
              <button key={name} type="button" className="segment" aria-pressed={name === operation} onClick={() => setPicked(name)}>
                {humanize(name)}
              </button>
            ))}
          </div>
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={lines.rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid stroke="#eceef2" vertical={false} />
              <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={time} fontSize={11} stroke="#6b7482" minTickGap={40} />
              <YAxis scale="log" domain={[1, "auto"]} allowDataOverflow tickFormatter={(value: number) => formatMs(value)} fontSize={11} stroke="#6b7482" width={52} />
              <Tooltip content={(props) => <ChartTooltip {...props} title={time} format={(value) => formatMs(value)} />} />
              <Legend iconSize={8} wrapperStyle={{ fontSize: 11 }} />
              {lines.keys.map((provider, index) => (
                <Line key={provider} dataKey={provider} name={`${providerName(provider)} ${percentile}`} stroke={providerColor(provider, index)} strokeWidth={1.8} dot={false} isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
          <table className="data-table compact-table">
            <thead>
              <tr>
                <th>Provider</th>
                <th>Operation</th>
                <th className="num">Calls</th>
                <th className="num">p50</th>
                <th className="num">p95</th>
                <th className="num">p99</th>
                <th className="num">Errors</th>
                <th className="num">Timeouts</th>
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
                  <td className={`num ${row.errorShare >= 0.05 ? "figure-bad" : ""}`}>{formatPercent(row.errorShare)}</td>
                  <td className={`num ${row.timeoutShare >= 0.02 ? "figure-warn" : ""}`}>{formatPercent(row.timeoutShare)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ChartCard>
  );
}
