import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard, type PanelQuery } from "../../../../components/charts/chart-card.tsx";
import { ChartTooltip } from "../../../../components/charts/chart-tooltip.tsx";
import { formatBucketTime, formatCompact, formatCount, formatMs } from "../../../../components/charts/format-chart.ts";
import { providerColor } from "../../../../components/charts/series-colors.ts";
import type { WebhookLagOutput } from "../../../../lib/analytics-types.ts";
import { providerName } from "../../../../lib/vocabulary.ts";
import { PercentilePicker } from "../percentile-picker.tsx";
import { pivotPercentile, toHistogram, toLagCounters, type Percentile } from "./to-series.ts";

export function WebhookLagChart({ query, data, bucket }: { query: PanelQuery; data: WebhookLagOutput | undefined; bucket: string }) {
  const [percentile, setPercentile] = useState<Percentile>("p95");
  const lines = pivotPercentile(data?.series ?? [], percentile);
  const histogram = data ? toHistogram(data) : { providers: [], rows: [] };
  const counters = data ? toLagCounters(data) : [];
  const time = (t: unknown) => formatBucketTime(Number(t), bucket);
  const empty = !data || (data.series.length === 0 && counters.every((row) => row.missing + row.rejected + row.duplicates === 0));
  return (
    <ChartCard
      title="Webhook lag"
      query={query}
      empty={empty}
      emptyText="No webhooks in this period"
      aside={<PercentilePicker value={percentile} onChange={setPercentile} label="Webhook lag percentile" />}
    >
      {() => (
        <>
          <p className="chart-note">
            Provider event time → received by Paylens, log scale · SLO {formatMs(data?.sloMs)}
          </p>
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={lines.rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid stroke="#eceef2" vertical={false} />
              <XAxis dataKey="t" type="number" scale="time" domain={["dataMin", "dataMax"]} tickFormatter={time} fontSize={11} stroke="#6b7482" minTickGap={40} />
              <YAxis scale="log" domain={[1, "auto"]} allowDataOverflow tickFormatter={(value: number) => formatMs(value)} fontSize={11} stroke="#6b7482" width={52} />
              <Tooltip content={(props) => <ChartTooltip {...props} title={time} format={(value) => formatMs(value)} />} />
              <Legend iconSize={8} wrapperStyle={{ fontSize: 11 }} />
              {data ? <ReferenceLine y={data.sloMs} stroke="#b42318" strokeDasharray="4 3" label={{ value: "SLO", position: "insideTopRight", fontSize: 10, fill: "#b42318" }} /> : null}
              {lines.keys.map((provider, index) => (
                <Line key={provider} dataKey={provider} name={`${providerName(provider)} ${percentile}`} stroke={providerColor(provider, index)} strokeWidth={1.8} dot={false} isAnimationActive={false} />
              ))}
            </LineChart>
          </ResponsiveContainer>
          <h3 className="subheading">Distribution</h3>
          <ResponsiveContainer width="100%" height={150}>
            <BarChart data={histogram.rows} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid stroke="#eceef2" vertical={false} />
              <XAxis dataKey="upperMs" tickFormatter={(value: number) => `≤ ${formatMs(value)}`} fontSize={10} stroke="#6b7482" interval="preserveStartEnd" minTickGap={12} />
              <YAxis tickFormatter={formatCompact} fontSize={11} stroke="#6b7482" width={40} allowDecimals={false} />
              <Tooltip content={(props) => <ChartTooltip {...props} title={(label) => `Up to ${formatMs(Number(label))}`} format={(value) => formatCount(value)} />} />
              {histogram.providers.map((provider, index) => (
                <Bar key={provider} dataKey={provider} name={providerName(provider)} fill={providerColor(provider, index)} isAnimationActive={false} />
              ))}
            </BarChart>
          </ResponsiveContainer>
          <table className="data-table compact-table">
            <thead>
              <tr>
                <th>Provider</th>
                <th className="num">Received</th>
                <th className="num" title={`Arrived more than ${formatMs(data?.sloMs)} after the event`}>Late (&gt; SLO)</th>
                <th className="num" title="Final status learned by polling; the webhook never came">Missing</th>
                <th className="num">Duplicates</th>
                <th className="num">Rejected signatures</th>
              </tr>
            </thead>
            <tbody>
              {counters.map((row) => (
                <tr key={row.provider}>
                  <td>{providerName(row.provider)}</td>
                  <td className="num">{formatCount(row.received)}</td>
                  <td className={`num ${row.late ? "figure-warn" : ""}`}>{formatCount(row.late)}</td>
                  <td className={`num ${row.missing ? "figure-warn" : ""}`}>{formatCount(row.missing)}</td>
                  <td className="num">{formatCount(row.duplicates)}</td>
                  <td className={`num ${row.rejected ? "figure-bad" : ""}`}>{formatCount(row.rejected)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </ChartCard>
  );
}
