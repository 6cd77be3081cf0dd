import type { ReactNode } from "react";

export interface TooltipEntry {
  name?: ReactNode;
  value?: unknown;
  color?: string;
  dataKey?: unknown;
}

/** The tooltip every chart uses: a heading and one line per series, each value through the chart's formatter. */
export function ChartTooltip({
  active,
  payload,
  label,
  title,
  format,
}: {
  active?: boolean;
  payload?: readonly TooltipEntry[];
  label?: unknown;
  title: (label: unknown) => string;
  format: (value: number, key: string) => string;
}) {
  if (!active || !payload?.length) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{title(label)}</p>
      <ul>
        {payload.map((entry) => {
          const key = String(entry.dataKey ?? entry.name);
          return (
            <li key={key}>
              <span className="legend-dot" style={{ background: entry.color }} />
              <span className="chart-tooltip-name">{entry.name}</span>
              <span className="chart-tooltip-value">
                {typeof entry.value === "number" ? format(entry.value, key) : "—"}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
