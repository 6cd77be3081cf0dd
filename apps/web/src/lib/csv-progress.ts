// Progress of a streamed CSV download: counts records as chunks arrive, even when a quoted field holds a line break
// or a chunk ends in the middle of a record.
import { formatNumber, t } from "../i18n/index.ts";

export interface CsvCounter {
  /** Line breaks that ended a record (the header's included). */
  breaks: number;
  inQuotes: boolean;
  /** Whether anything follows the last counted break: a final record without a trailing newline. */
  pending: boolean;
}

export const EMPTY_COUNTER: CsvCounter = { breaks: 0, inQuotes: false, pending: false };

export function countCsv(counter: CsvCounter, chunk: string): CsvCounter {
  let { breaks, inQuotes, pending } = counter;
  for (let i = 0; i < chunk.length; i++) {
    const char = chunk.charCodeAt(i);
    // A doubled quote inside a quoted field toggles twice: no net change, as it should be.
    if (char === 34) inQuotes = !inQuotes;
    if (char === 10 && !inQuotes) {
      breaks++;
      pending = false;
    } else if (char !== 13) pending = true;
  }
  return { breaks, inQuotes, pending };
}

/** Data rows so far: every record but the header. */
export function csvRows(counter: CsvCounter): number {
  return Math.max(0, counter.breaks + (counter.pending ? 1 : 0) - 1);
}

/** The server's X-Total-Count, or null when it is missing or not a count. */
export function parseTotal(header: string | null): number | null {
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  return Number(header.trim());
}

export function exportProgressText(rows: number, total: number | null): string {
  return total === null
    ? t("transactions.export.progress", { rows: formatNumber(rows) })
    : t("transactions.export.progressOf", { rows: formatNumber(Math.min(rows, total)), total: formatNumber(total) });
}

/** 0..1 for a progress bar; null when the total is unknown. */
export function exportFraction(rows: number, total: number | null): number | null {
  if (total === null) return null;
  if (total === 0) return 1;
  return Math.min(1, rows / total);
}

/** "paylens-transactions-2026-11-23-1403.csv", in the viewer's local time. */
export function exportFileName(at: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  const day = `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
  return `paylens-transactions-${day}-${pad(at.getHours())}${pad(at.getMinutes())}.csv`;
}

/** The export URL for a view: same origin, the same query, sort and direction as the table. */
export function exportUrl(base: string, view: { q: string; sort: string; dir: string }): string {
  const params = new URLSearchParams({ q: view.q, sort: view.sort, dir: view.dir });
  return `${base}/export/transactions.csv?${params.toString()}`;
}
