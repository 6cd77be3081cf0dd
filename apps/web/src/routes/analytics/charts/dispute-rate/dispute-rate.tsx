// Dispute count and rate per month per provider account, with the card schemes' monitoring lines and the running
// month's projection (docs/disputes.md).
import type { ComponentProps } from "react";
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
import { ChartCard, type PanelQuery } from "../../../../components/charts/chart-card.tsx";
import { ChartTooltip } from "../../../../components/charts/chart-tooltip.tsx";
import { formatCount, formatPercent } from "../../../../components/charts/format-chart.ts";
import { seriesColor } from "../../../../components/charts/series-colors.ts";
import { crossesLine, lineRate } from "@paylens/domain/dispute-thresholds";
import type { DisputeRateOutput } from "../../../../lib/analytics-types.ts";
import { providerName } from "../../../../lib/vocabulary.ts";
import { DisputeSegments } from "./dispute-segments.tsx";
import { accountKey, groupLines, toMonthlyRates } from "./to-series.ts";

export function DisputeRateChart({
  query,
  data,
  scope,
}: {
  query: PanelQuery;
  data: DisputeRateOutput | undefined;
  scope: ComponentProps<typeof DisputeSegments>["scope"];
}) {
  const chart = toMonthlyRates(data?.months ?? []);
  const lines = groupLines(data?.lines ?? []);
  const running = data?.months.find((row) => row.projected)?.month;
  return (
    <ChartCard
      title="Dispute rate"
      className="chart-wide"
      query={query}
      empty={!data || data.months.length === 0}
      emptyText="No disputes or card payments in these months"
    >
      {() => (
        <>
          <p className="chart-note">
            Disputes opened per calendar month (UTC) ÷ captured card payments: Visa VAMP divides by the same month's,
            Mastercard ECP by the previous month's. A scheme counts an account only when both its rate and its count
            reach the line. The chart draws the same-month rate; the running month is projected to its end.
          </p>
          <ul className="chart-note">
            {(data?.lines ?? []).map((line) => (
              <li key={line.id}>
                {line.label}: {formatPercent(line.rate, 2)} with at least {formatCount(line.minCount)} disputes a month,
                of {line.denominator === "previous_month" ? "the previous month's" : "the month's"} payments
              </li>
            ))}
          </ul>
          <ResponsiveContainer width="100%" height={220}>
            <LineChart data={chart.rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
              <XAxis dataKey="month" fontSize={11} stroke="var(--chart-axis)" />
              <YAxis
                domain={[0, (max: number) => Math.max(max, ...lines.map((l) => l.rate)) * 1.2]}
                tickFormatter={(value: number) => formatPercent(value, 2)}
                fontSize={11}
                stroke="var(--chart-axis)"
                width={52}
              />
              <Tooltip
                content={(props) => (
                  <ChartTooltip
                    {...props}
                    title={(label) => String(label)}
                    format={(value) => formatPercent(value, 2)}
                  />
                )}
              />
              <Legend iconSize={8} wrapperStyle={{ fontSize: 11 }} />
              {lines.map((line) => (
                <ReferenceLine
                  key={line.rate}
                  y={line.rate}
                  stroke="var(--bad-fg)"
                  strokeDasharray="4 3"
                  label={{
                    value: `${line.label} ${formatPercent(line.rate, 2)}`,
                    position: "insideTopRight",
                    fontSize: 10,
                    fill: "var(--bad-fg)",
                  }}
                />
              ))}
              {running ? (
                <ReferenceLine
                  x={running}
                  stroke="var(--chart-axis)"
                  strokeDasharray="2 2"
                  label={{ value: "projected", position: "insideTopLeft", fontSize: 10 }}
                />
              ) : null}
              {chart.keys.map((key, index) => (
                <Line
                  key={key}
                  dataKey={key}
                  name={key}
                  stroke={seriesColor(index)}
                  strokeWidth={1.8}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
          <table className="data-table compact-table">
            <thead>
              <tr>
                <th>Month</th>
                <th>Provider</th>
                <th>Account</th>
                <th className="num">Disputes</th>
                <th className="num">Card payments</th>
                <th className="num">Previous month</th>
                {(data?.lines ?? []).map((line) => (
                  <th key={line.id} className="num">
                    {line.label}
                  </th>
                ))}
                <th className="num">Projected month</th>
              </tr>
            </thead>
            <tbody>
              {(data?.months ?? []).map((row) => (
                <tr key={`${row.month}|${accountKey(row)}`}>
                  <td>{row.month}</td>
                  <td>{providerName(row.provider)}</td>
                  <td>{row.accountId}</td>
                  <td className="num">{formatCount(row.disputes)}</td>
                  <td className="num">{formatCount(row.payments)}</td>
                  <td className="num">{formatCount(row.previousPayments)}</td>
                  {(data?.lines ?? []).map((line) => {
                    // The running month's rate is its projection: the one the alert reads.
                    const counts = row.projected ?? row;
                    const rate = lineRate(line, counts);
                    const over = crossesLine(line, counts.disputes, rate);
                    return (
                      <td
                        key={line.id}
                        className={over ? "num over-line" : "num"}
                        title={over ? `Over the ${line.label} line: rate and count both reach it` : undefined}
                      >
                        {formatPercent(rate, 2)}
                        {over ? " ▲" : ""}
                      </td>
                    );
                  })}
                  <td className="num">
                    {row.projected
                      ? `${formatCount(row.projected.disputes)} disputes of ${formatCount(row.projected.payments)}`
                      : "—"}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <DisputeSegments scope={scope} />
        </>
      )}
    </ChartCard>
  );
}
