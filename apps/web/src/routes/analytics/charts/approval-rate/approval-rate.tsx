import { t } from "../../../../i18n/index.ts";
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  ErrorBar,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import { ChartCard, type PanelQuery } from "../../../../components/charts/chart-card.tsx";
import {
  formatBucketTime,
  formatCompact,
  formatCount,
  formatPercent,
} from "../../../../components/charts/format-chart.ts";
import { ApprovalTooltip } from "./approval-tooltip.tsx";
import { OUTCOME_COLORS } from "../../../../components/charts/series-colors.ts";
import type { ApprovalOutput } from "../../../../lib/analytics-types.ts";
import { providerName } from "../../../../lib/vocabulary.ts";
import {
  approvalTotals,
  toApprovalRows,
  toProviderPanels,
  type ApprovalRow,
  type ApprovalTotals,
} from "./to-series.ts";

// Getters: series names are read in the language of the moment the chart draws.
const NAMES: Record<string, string> = {
  get rate() {
    return t("analytics.approval.title");
  },
  get approved() {
    return t("analytics.approval.approved");
  },
  get declined() {
    return t("analytics.approval.declined");
  },
  get errors() {
    return t("analytics.approval.errors");
  },
  get pending() {
    return t("analytics.approval.pending");
  },
  get band() {
    return t("analytics.approval.band");
  },
  get thin() {
    return t("analytics.approval.thinMarks");
  },
};

function RateChart({ rows, bucket, height }: { rows: ApprovalRow[]; bucket: string; height: number }) {
  const time = (t: unknown) => formatBucketTime(Number(t), bucket);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <ComposedChart data={rows} margin={{ top: 8, right: 4, bottom: 0, left: 0 }}>
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
          yAxisId="rate"
          domain={[0, 1]}
          tickFormatter={(value: number) => formatPercent(value, 0)}
          fontSize={11}
          stroke="var(--chart-axis)"
          width={44}
        />
        <YAxis
          yAxisId="volume"
          orientation="right"
          tickFormatter={formatCompact}
          fontSize={11}
          stroke="var(--chart-axis)"
          width={40}
          allowDecimals={false}
        />
        <Tooltip content={(props) => <ApprovalTooltip {...props} title={(row) => time(row.t)} />} />
        {(["approved", "declined", "errors", "pending"] as const).map((key) => (
          <Bar
            key={key}
            yAxisId="volume"
            dataKey={key}
            name={NAMES[key]}
            stackId="volume"
            fill={OUTCOME_COLORS[key]}
            fillOpacity={0.28}
            isAnimationActive={false}
          />
        ))}
        {/* The line's 95 % interval as a band around it. */}
        <Area
          yAxisId="rate"
          dataKey="band"
          name={NAMES.band}
          stroke="none"
          fill={OUTCOME_COLORS.rate}
          fillOpacity={0.14}
          connectNulls
          activeDot={false}
          isAnimationActive={false}
        />
        {/* The line joins only buckets with enough decided attempts, so a bucket of three cannot swing it. */}
        <Line
          yAxisId="rate"
          dataKey="lineRate"
          name={NAMES.rate}
          stroke={OUTCOME_COLORS.rate}
          strokeWidth={2}
          dot={{ r: 1.5, fill: OUTCOME_COLORS.rate, stroke: "none" }}
          connectNulls
          isAnimationActive={false}
        />
        {/* Thin buckets: a hollow mark off the line, with whiskers to its (wide) interval. */}
        <Line
          yAxisId="rate"
          dataKey="thinRate"
          name={NAMES.thin}
          stroke="none"
          dot={{ r: 3, fill: "var(--surface)", stroke: OUTCOME_COLORS.rate, strokeWidth: 1.5 }}
          activeDot={false}
          isAnimationActive={false}
        >
          <ErrorBar dataKey="thinError" width={4} stroke={OUTCOME_COLORS.rate} strokeOpacity={0.45} />
        </Line>
      </ComposedChart>
    </ResponsiveContainer>
  );
}

function Figures({ totals }: { totals: ApprovalTotals }) {
  const items = [
    { key: "rate", label: t("analytics.approval.title"), value: formatPercent(totals.rate) },
    { key: "approved", label: t("analytics.approval.approved"), value: formatCount(totals.approved) },
    { key: "declined", label: t("analytics.approval.declined"), value: formatCount(totals.declined) },
    { key: "errors", label: t("analytics.approval.errors"), value: formatCount(totals.errors) },
    { key: "pending", label: t("analytics.approval.stillPending"), value: formatCount(totals.pending) },
  ] as const;
  return (
    <dl className="figures">
      {items.map((item) => (
        <div key={item.key} className="figure">
          <dt>
            <span
              className={`legend-dot ${item.key === "rate" ? "legend-line" : ""}`}
              style={{ background: OUTCOME_COLORS[item.key] }}
            />
            {item.label}
          </dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function ApprovalRateChart({
  query,
  data,
  bucket,
  split,
  onSplit,
}: {
  query: PanelQuery;
  data: ApprovalOutput | undefined;
  bucket: string;
  split: boolean;
  onSplit: (split: boolean) => void;
}) {
  const rows = data ? toApprovalRows(data.series) : [];
  const totals = approvalTotals(data?.series ?? []);
  return (
    <ChartCard
      title={t("analytics.approval.title")}
      className="chart-wide"
      query={query}
      empty={totals.attempts === 0}
      aside={
        <div className="segmented" role="group" aria-label={t("analytics.approval.view")}>
          <button type="button" className="segment" aria-pressed={!split} onClick={() => onSplit(false)}>
            {t("analytics.approval.overall")}
          </button>
          <button type="button" className="segment" aria-pressed={split} onClick={() => onSplit(true)}>
            {t("analytics.approval.perProvider")}
          </button>
        </div>
      }
    >
      {() => (
        <>
          <Figures totals={totals} />
          {split && data ? (
            <div className="small-multiples">
              {toProviderPanels(data).map((panel) => (
                <figure
                  key={panel.provider}
                  className="small-multiple"
                  aria-label={t("analytics.approval.ofProvider", { provider: providerName(panel.provider) })}
                >
                  <figcaption>
                    <strong>{providerName(panel.provider)}</strong> {formatPercent(panel.totals.rate)} ·{" "}
                    {t("analytics.approval.attempts", { count: panel.totals.attempts })}
                  </figcaption>
                  <RateChart rows={panel.rows} bucket={bucket} height={170} />
                </figure>
              ))}
            </div>
          ) : (
            <RateChart rows={rows} bucket={bucket} height={260} />
          )}
          {data ? (
            <>
              <ul className="chart-legend" aria-label={t("analytics.approval.legend")}>
                <li>
                  <span className="legend-band" style={{ background: OUTCOME_COLORS.rate }} />
                  {NAMES.band}
                </li>
                <li>
                  <span className="legend-hollow" style={{ borderColor: OUTCOME_COLORS.rate }} />
                  {t("analytics.approval.thinLegend", { count: data.thinBelow })}
                </li>
              </ul>
              <p className="chart-note">
                {t("analytics.approval.definition")} {t("analytics.approval.bars")}{" "}
                {t("analytics.approval.thinNote", { count: data.thinBelow })}
              </p>
            </>
          ) : null}
        </>
      )}
    </ChartCard>
  );
}
