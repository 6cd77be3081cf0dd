// A horizontal rate bar with its confidence interval drawn as a whisker, in the bar's own pixel scale.
export function IntervalBar(props: {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  fillOpacity?: number;
  payload?: { rate?: number; ciLow?: number; ciHigh?: number };
}) {
  const { x = 0, y = 0, width = 0, height = 0, fill, fillOpacity, payload } = props;
  const rate = payload?.rate ?? 0;
  // The bar spans 0 … rate, so pixels per unit of rate follow from its width.
  const scale = rate > 0 ? width / rate : 0;
  const low = x + (payload?.ciLow ?? rate) * scale;
  const high = x + (payload?.ciHigh ?? rate) * scale;
  const mid = y + height / 2;
  return (
    <g>
      <rect x={x} y={y} width={Math.max(0, width)} height={height} fill={fill} fillOpacity={fillOpacity} rx={2} />
      {scale > 0 ? (
        <g stroke="var(--text)" strokeWidth={1.2}>
          <line x1={low} x2={high} y1={mid} y2={mid} />
          <line x1={low} x2={low} y1={mid - 4} y2={mid + 4} />
          <line x1={high} x2={high} y1={mid - 4} y2={mid + 4} />
        </g>
      ) : null}
    </g>
  );
}
