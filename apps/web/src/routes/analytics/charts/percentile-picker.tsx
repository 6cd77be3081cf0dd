import type { Percentile } from "./webhook-lag/to-series.ts";

const PERCENTILES: Percentile[] = ["p50", "p95", "p99"];

export function PercentilePicker({
  value,
  onChange,
  label,
}: {
  value: Percentile;
  onChange: (value: Percentile) => void;
  label: string;
}) {
  return (
    <div className="segmented" role="group" aria-label={label}>
      {PERCENTILES.map((percentile) => (
        <button
          key={percentile}
          type="button"
          className="segment"
          aria-pressed={value === percentile}
          onClick={() => onChange(percentile)}
        >
          {percentile}
        </button>
      ))}
    </div>
  );
}
