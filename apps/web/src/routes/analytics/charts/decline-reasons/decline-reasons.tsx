import { t } from "../../../../i18n/index.ts";
import { useCodeTexts } from "../../../../i18n/code-texts.ts";
import { Link } from "@tanstack/react-router";
import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard, type PanelQuery } from "../../../../components/charts/chart-card.tsx";
import { ChartTooltip } from "../../../../components/charts/chart-tooltip.tsx";
import {
  formatBucketTime,
  formatCompact,
  formatCount,
  formatPercent,
} from "../../../../components/charts/format-chart.ts";
import { seriesColor } from "../../../../components/charts/series-colors.ts";
import type { DeclinesOutput } from "../../../../lib/analytics-types.ts";
import { formatTerm } from "../../../../lib/query-text.ts";
import { humanize, providerName } from "../../../../lib/vocabulary.ts";
import { OTHER, toDeclineStack, toReasonBars, topReasons } from "./to-series.ts";

export function DeclineReasonsChart({
  query,
  data,
  bucket,
}: {
  query: PanelQuery;
  data: DeclinesOutput | undefined;
  bucket: string;
}) {
  const { codeText } = useCodeTexts();
  const keys = data ? topReasons(data) : [];
  const stack = data ? toDeclineStack(data, keys) : { rows: [], hasOther: false };
  const series = [...keys, ...(stack.hasOther ? [OTHER] : [])];
  const time = (t: unknown) => formatBucketTime(Number(t), bucket);
  return (
    <ChartCard
      title={t("analytics.declines.title")}
      className="chart-wide"
      query={query}
      empty={!data?.reasons.length}
      emptyText={t("analytics.declines.empty")}
    >
      {() => (
        <div className="declines-grid">
          <div>
            <h3 className="subheading">{t("analytics.declines.normalized")}</h3>
            <ul className="share-bars">
              {toReasonBars(data ?? { reasons: [], codes: [], series: [] }).map((entry) => (
                <li key={entry.reason}>
                  <Link
                    to="/transactions"
                    search={{ q: formatTerm({ key: "reason", values: [entry.reason] }) }}
                    className="share-label"
                  >
                    {humanize(entry.reason)}
                  </Link>
                  <span className="share-track" aria-hidden="true">
                    <span
                      className="share-fill"
                      style={{
                        width: `${entry.share * 100}%`,
                        background: seriesColor(Math.max(0, keys.indexOf(entry.reason))),
                      }}
                    />
                  </span>
                  <span className="share-value">{formatPercent(entry.share)}</span>
                  <span className="share-count muted">{formatCount(entry.count)}</span>
                </li>
              ))}
            </ul>
          </div>
          <div>
            <h3 className="subheading">{t("analytics.declines.overTime")}</h3>
            <ResponsiveContainer width="100%" height={220}>
              <AreaChart data={stack.rows} margin={{ top: 4, right: 4, bottom: 0, left: 0 }}>
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
                  tickFormatter={formatCompact}
                  fontSize={11}
                  stroke="var(--chart-axis)"
                  width={40}
                  allowDecimals={false}
                />
                <Tooltip
                  content={(props) => <ChartTooltip {...props} title={time} format={(value) => formatCount(value)} />}
                />
                <Legend iconSize={8} wrapperStyle={{ fontSize: 11 }} />
                {series.map((key, index) => (
                  <Area
                    key={key}
                    dataKey={key}
                    name={humanize(key)}
                    stackId="declines"
                    type="monotone"
                    stroke={seriesColor(index)}
                    fill={seriesColor(index)}
                    fillOpacity={0.5}
                    isAnimationActive={false}
                  />
                ))}
              </AreaChart>
            </ResponsiveContainer>
          </div>
          <div className="declines-codes">
            <h3 className="subheading">{t("analytics.declines.topCodes")}</h3>
            <table className="data-table compact-table">
              <thead>
                <tr>
                  <th>{t("analytics.declines.provider")}</th>
                  <th>{t("analytics.declines.code")}</th>
                  <th>{t("analytics.declines.message")}</th>
                  <th className="num">{t("analytics.declines.count")}</th>
                </tr>
              </thead>
              <tbody>
                {(data?.codes ?? []).slice(0, 10).map((code) => (
                  <tr key={`${code.provider}:${code.code}`}>
                    <td>{providerName(code.provider)}</td>
                    <td className="mono">
                      <Link
                        to="/transactions"
                        search={{
                          q: `${formatTerm({ key: "provider", values: [code.provider] })} ${formatTerm({ key: "code", values: [code.code] })}`,
                        }}
                      >
                        {code.code}
                      </Link>
                    </td>
                    <td className="truncate-cell" title={codeText(code.message) ?? undefined}>
                      {codeText(code.message) ?? "—"}
                    </td>
                    <td className="num">{formatCount(code.count)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      )}
    </ChartCard>
  );
}
