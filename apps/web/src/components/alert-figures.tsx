import { i18n } from "../i18n/index.ts";
import { formatCount, formatMs, formatPercent } from "./charts/format-chart.ts";

/** An alert's figures by name: rates as percentages, durations in ms/s/min, counts with separators. */
export function formatFigure(name: string, value: number | string): string {
  if (typeof value === "string") return value;
  if (/rate|share|baseline/i.test(name) && Math.abs(value) <= 1) return formatPercent(value);
  if (/ms$|lag|p\d\d|slo/i.test(name)) return formatMs(value);
  return formatCount(value);
}

export function humanizeFigure(name: string): string {
  const key = `alerts.figure.${name}`;
  if (i18n.exists(key)) return i18n.t(key as "alerts.figure.rate");
  const words = name
    .replace(/([a-z])([A-Z0-9])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function AlertFigures({ figures }: { figures: Record<string, number | string> }) {
  return (
    <dl className="alert-figures">
      {Object.entries(figures).map(([name, value]) => (
        <div key={name}>
          <dt>{humanizeFigure(name)}</dt>
          <dd>{formatFigure(name, value)}</dd>
        </div>
      ))}
    </dl>
  );
}
