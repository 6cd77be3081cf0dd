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
import { t } from "../../../../i18n/index.ts";
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
      title={t("analytics.disputes.title")}
      className="chart-wide"
      query={query}
      empty={!data || data.months.length === 0}
      emptyText={t("analytics.disputes.empty")}
    >
      {() => (
        <>
          <p className="chart-note">{t("analytics.disputes.note")}</p>
          <ul className="chart-note">
            {(data?.lines ?? []).map((line) => (
              <li key={line.id}>
                {t(
                  line.denominator === "previous_month"
                    ? "analytics.disputes.linePreviousMonth"
                    : "analytics.disputes.lineSameMonth",
                  {
                    label: line.label,
                    rate: formatPercent(line.rate, 2),
                    count: line.minCount,
                    minCount: formatCount(line.minCount),
                  },
                )}
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
                  label={{ value: t("analytics.disputes.projected"), position: "insideTopLeft", fontSize: 10 }}
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
                <th>{t("analytics.disputes.month")}</th>
                <th>{t("analytics.disputes.provider")}</th>
                <th>{t("analytics.disputes.account")}</th>
                <th className="num">{t("analytics.disputes.disputes")}</th>
                <th className="num">{t("analytics.disputes.cardPayments")}</th>
                <th className="num">{t("analytics.disputes.previousMonth")}</th>
                {(data?.lines ?? []).map((line) => (
                  <th key={line.id} className="num">
                    {line.label}
                  </th>
                ))}
                <th className="num">{t("analytics.disputes.projectedMonth")}</th>
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
                        title={over ? t("analytics.disputes.overLine", { label: line.label }) : undefined}
                      >
                        {formatPercent(rate, 2)}
                        {over ? " ▲" : ""}
                      </td>
                    );
                  })}
                  <td className="num">
                    {row.projected
                      ? t("analytics.disputes.projectedOf", {
                          count: row.projected.disputes,
                          disputes: formatCount(row.projected.disputes),
                          payments: formatCount(row.projected.payments),
                        })
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
