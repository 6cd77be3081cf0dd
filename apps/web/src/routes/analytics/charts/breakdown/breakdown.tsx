import { t } from "../../../../i18n/index.ts";
import { useNavigate } from "@tanstack/react-router";
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, type BarShapeProps, Tooltip, XAxis, YAxis } from "recharts";
import { IntervalBar } from "./interval-bar.tsx";
import { ChartCard, type PanelQuery } from "../../../../components/charts/chart-card.tsx";
import { ChartTooltip } from "../../../../components/charts/chart-tooltip.tsx";
import { formatPercent } from "../../../../components/charts/format-chart.ts";
import { OUTCOME_COLORS } from "../../../../components/charts/series-colors.ts";
import { DIMENSIONS, type BreakdownOutput, type Dimension } from "../../../../lib/analytics-types.ts";
import { BreakdownTable } from "./breakdown-table.tsx";
import { sortBreakdown, toBreakdownBars, type BreakdownSort } from "./to-series.ts";

// Getters: each label is read in the language of the moment it is shown.
export const DIMENSION_LABELS: Record<Dimension, string> = {
  get bin() {
    return t("analytics.breakdown.bin");
  },
  get issuer() {
    return t("analytics.breakdown.issuer");
  },
  get brand() {
    return t("analytics.breakdown.brand");
  },
  get method() {
    return t("analytics.breakdown.method");
  },
  get provider() {
    return t("analytics.breakdown.provider");
  },
  get country() {
    return t("analytics.breakdown.country");
  },
};

export function BreakdownChart({
  query,
  data,
  dimension,
  sort,
  dir,
  onDimension,
  onSort,
}: {
  query: PanelQuery;
  data: BreakdownOutput | undefined;
  dimension: Dimension;
  sort: BreakdownSort;
  dir: "asc" | "desc";
  onDimension: (dimension: Dimension) => void;
  onSort: (sort: BreakdownSort) => void;
}) {
  const navigate = useNavigate();
  const rows = data ? sortBreakdown(data.rows, sort, dir) : [];
  const bars = toBreakdownBars(rows);
  return (
    <ChartCard
      title={t("analytics.breakdown.title")}
      className="chart-wide"
      query={query}
      empty={rows.length === 0}
      aside={
        <div className="segmented" role="group" aria-label={t("analytics.breakdown.by")}>
          {DIMENSIONS.map((key) => (
            <button
              key={key}
              type="button"
              className="segment"
              aria-pressed={dimension === key}
              onClick={() => onDimension(key)}
            >
              {DIMENSION_LABELS[key]}
            </button>
          ))}
        </div>
      }
    >
      {() => (
        <div className="breakdown-grid">
          <div className="breakdown-table-wrap">
            <BreakdownTable rows={rows} sort={sort} dir={dir} onSort={onSort} label={DIMENSION_LABELS[dimension]} />
          </div>
          <div className="breakdown-chart">
            <p className="chart-note">{t("analytics.breakdown.busiest", { count: bars.length })}</p>
            <ResponsiveContainer width="100%" height={Math.max(160, bars.length * 28 + 40)}>
              <BarChart data={bars} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 0 }}>
                <CartesianGrid stroke="var(--chart-grid)" horizontal={false} />
                <XAxis
                  type="number"
                  domain={[0, 1]}
                  tickFormatter={(value: number) => formatPercent(value, 0)}
                  fontSize={11}
                  stroke="var(--chart-axis)"
                />
                <YAxis
                  type="category"
                  dataKey="segment"
                  width={150}
                  fontSize={11}
                  stroke="var(--chart-axis)"
                  interval={0}
                  tickFormatter={(value: string) => (value.length > 22 ? `${value.slice(0, 21)}…` : value)}
                />
                <Tooltip
                  content={(props) => (
                    <ChartTooltip
                      {...props}
                      title={(label) => String(label)}
                      format={(value) => formatPercent(value)}
                    />
                  )}
                />
                <Bar
                  dataKey="rate"
                  name={t("analytics.approval.title")}
                  fill={OUTCOME_COLORS.rate}
                  fillOpacity={0.75}
                  cursor="pointer"
                  isAnimationActive={false}
                  shape={(bar: BarShapeProps) => (
                    <IntervalBar
                      x={bar.x}
                      y={bar.y}
                      width={bar.width}
                      height={bar.height}
                      fill={OUTCOME_COLORS.rate}
                      fillOpacity={0.75}
                      payload={bars[bar.index]}
                    />
                  )}
                  onClick={(entry: { payload?: { query?: string } }) => {
                    const q = entry.payload?.query;
                    if (q) void navigate({ to: "/transactions", search: { q } });
                  }}
                />
              </BarChart>
            </ResponsiveContainer>
          </div>
        </div>
      )}
    </ChartCard>
  );
}
