import { t } from "../../../../i18n/index.ts";
import { formatCount, formatPercent } from "../../../../components/charts/format-chart.ts";
import { OUTCOME_COLORS } from "../../../../components/charts/series-colors.ts";
import type { ApprovalRow } from "./to-series.ts";

const VOLUMES = ["approved", "declined", "errors", "pending"] as const;

/** One bucket: its own rate with its 95 % interval (and a warning when it is thin), then its volume by outcome. */
export function ApprovalTooltip({
  active,
  payload,
  title,
}: {
  active?: boolean;
  payload?: readonly { payload?: unknown }[];
  title: (row: ApprovalRow) => string;
}) {
  const row = payload?.[0]?.payload as ApprovalRow | undefined;
  if (!active || !row) return null;
  const decided = row.approved + row.declined;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{title(row)}</p>
      <ul>
        <li>
          <span className="legend-dot legend-line" style={{ background: OUTCOME_COLORS.rate }} />
          <span className="chart-tooltip-name">{t("analytics.approval.title")}</span>
          <span className="chart-tooltip-value">{formatPercent(row.rate)}</span>
        </li>
        {VOLUMES.map((key) => (
          <li key={key}>
            <span className="legend-dot" style={{ background: OUTCOME_COLORS[key] }} />
            <span className="chart-tooltip-name">{t(`analytics.approval.${key}`)}</span>
            <span className="chart-tooltip-value">{formatCount(row[key])}</span>
          </li>
        ))}
      </ul>
      {row.ci ? (
        <p className="chart-tooltip-note">
          {t("analytics.approval.ci", {
            range: `${formatPercent(row.ci[0], 0)}–${formatPercent(row.ci[1], 0)}`,
          })}
        </p>
      ) : null}
      {row.thinRate !== null ? (
        <p className="chart-tooltip-note tone-warn">{t("analytics.approval.thinTip", { count: decided })}</p>
      ) : null}
    </div>
  );
}
