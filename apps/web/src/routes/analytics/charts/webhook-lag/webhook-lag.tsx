import { t } from "../../../../i18n/index.ts";
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard, type PanelQuery } from "../../../../components/charts/chart-card.tsx";
import { ChartTooltip } from "../../../../components/charts/chart-tooltip.tsx";
import { formatCompact, formatCount, formatMs } from "../../../../components/charts/format-chart.ts";
import { providerColor } from "../../../../components/charts/series-colors.ts";
import type { WebhookLagOutput } from "../../../../lib/analytics-types.ts";
import { providerName } from "../../../../lib/vocabulary.ts";
import { PercentileLines } from "../percentile-lines.tsx";
import { PercentilePicker } from "../percentile-picker.tsx";
import { pivotPercentile, toHistogram, toLagCounters, type Percentile } from "./to-series.ts";

export function WebhookLagChart({
  query,
  data,
  bucket,
}: {
  query: PanelQuery;
  data: WebhookLagOutput | undefined;
  bucket: string;
}) {
  const [percentile, setPercentile] = useState<Percentile>("p95");
  const lines = pivotPercentile(data?.series ?? [], percentile);
  const histogram = data ? toHistogram(data) : { providers: [], rows: [] };
  const counters = data ? toLagCounters(data) : [];
  const empty =
    !data || (data.series.length === 0 && counters.every((row) => row.missing + row.rejected + row.duplicates === 0));
  return (
    <ChartCard
      title={t("analytics.lag.title")}
      query={query}
      empty={empty}
      emptyText={t("analytics.lag.empty")}
      aside={<PercentilePicker value={percentile} onChange={setPercentile} label={t("analytics.lag.percentile")} />}
    >
      {() => (
        <>
          <p className="chart-note">{t("analytics.lag.note", { slo: formatMs(data?.sloMs) })}</p>
          <PercentileLines
            rows={lines.rows}
            keys={lines.keys}
            percentile={percentile}
            bucket={bucket}
            sloMs={data?.sloMs}
          />
          <h3 className="subheading">{t("analytics.lag.distribution")}</h3>
          <ResponsiveContainer width="100%" height={150}>
            <BarChart data={histogram.rows} margin={{ top: 4, right: 8, bottom: 0, left: 0 }}>
              <CartesianGrid stroke="var(--chart-grid)" vertical={false} />
              <XAxis
                dataKey="upperMs"
                tickFormatter={(value: number) => `≤ ${formatMs(value)}`}
                fontSize={10}
                stroke="var(--chart-axis)"
                interval="preserveStartEnd"
                minTickGap={12}
              />
              <YAxis
                tickFormatter={formatCompact}
                fontSize={11}
                stroke="var(--chart-axis)"
                width={40}
                allowDecimals={false}
              />
              <Tooltip
                content={(props) => (
                  <ChartTooltip
                    {...props}
                    title={(label) => t("analytics.lag.upTo", { value: formatMs(Number(label)) })}
                    format={(value) => formatCount(value)}
                  />
                )}
              />
              {histogram.providers.map((provider, index) => (
                <Bar
                  key={provider}
                  dataKey={provider}
                  name={providerName(provider)}
                  fill={providerColor(provider, index)}
                  isAnimationActive={false}
                />
              ))}
            </BarChart>
          </ResponsiveContainer>
          <table className="data-table compact-table">
            <thead>
              <tr>
                <th>{t("analytics.lag.provider")}</th>
                <th className="num">{t("analytics.lag.received")}</th>
                <th className="num" title={t("analytics.lag.lateTitle", { slo: formatMs(data?.sloMs) })}>
                  {t("analytics.lag.late")}
                </th>
                <th className="num" title={t("analytics.lag.missingTitle")}>
                  {t("analytics.lag.missing")}
                </th>
                <th className="num">{t("analytics.lag.duplicates")}</th>
                <th className="num">{t("analytics.lag.rejected")}</th>
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
