// One percentile per provider over time on a log scale: shared by the webhook-lag and provider-latency panels.
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { ChartTooltip } from "../../../components/charts/chart-tooltip.tsx";
import { formatBucketTime, formatMs } from "../../../components/charts/format-chart.ts";
import { providerColor } from "../../../components/charts/series-colors.ts";
import { providerName } from "../../../lib/vocabulary.ts";

export interface PercentileLinesProps {
  rows: object[];
  keys: string[];
  percentile: string;
  bucket: string;
  /** Draws the SLO as a dashed line when given. */
  sloMs?: number;
}

export function PercentileLines({ rows, keys, percentile, bucket, sloMs }: PercentileLinesProps) {
  const time = (t: unknown) => formatBucketTime(Number(t), bucket);
  return (
    <ResponsiveContainer width="100%" height={220}>
      <LineChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
        <XAxis
          dataKey="t"
          type="number"
          scale="time"
          domain={["dataMin", "dataMax"]}
          tickFormatter={time}
          fontSize={11}
          stroke="var(--chart-axis)"
          minTickGap={40}
        />
        <YAxis
          scale="log"
          domain={[1, "auto"]}
          allowDataOverflow
          tickFormatter={(value: number) => formatMs(value)}
          fontSize={11}
          stroke="var(--chart-axis)"
          width={52}
        />
        <Tooltip content={(props) => <ChartTooltip {...props} title={time} format={(value) => formatMs(value)} />} />
        <Legend iconSize={8} wrapperStyle={{ fontSize: 11 }} />
        {sloMs !== undefined ? (
          <ReferenceLine
            y={sloMs}
            stroke="var(--bad-fg)"
            strokeDasharray="4 3"
            label={{ value: "SLO", position: "insideTopRight", fontSize: 10, fill: "var(--bad-fg)" }}
          />
        ) : null}
        {keys.map((provider, index) => (
          <Line
            key={provider}
            dataKey={provider}
            name={`${providerName(provider)} ${percentile}`}
            stroke={providerColor(provider, index)}
            strokeWidth={1.8}
            dot={false}
            isAnimationActive={false}
          />
        ))}
      </LineChart>
    </ResponsiveContainer>
  );
}
