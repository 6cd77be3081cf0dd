import { formatDateTime, formatRelative, formatShortDateTime } from "../lib/format-date.ts";

/** A local time; hovering shows the full timestamp with zone and how long ago it was. */
export function DateTime({ value, withRelative = false }: { value: Date | null | undefined; withRelative?: boolean }) {
  if (!value) return <span className="muted">—</span>;
  const relative = formatRelative(value);
  return (
    <time dateTime={value.toISOString()} title={`${formatDateTime(value)} · ${relative}`}>
      {formatShortDateTime(value)}
      {withRelative ? <span className="muted"> · {relative}</span> : null}
    </time>
  );
}
