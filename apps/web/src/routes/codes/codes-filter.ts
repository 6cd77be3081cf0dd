// The pure filtering, sorting and linking of the codes catalogue's rows (the view in the URL: codes-search.ts).
import type { CodeRow, SortDir } from "../../lib/api-types.ts";
import { formatTerm, quoteValue } from "../../lib/query-text.ts";
import { codeText } from "../../i18n/code-texts.ts";
import { humanize, providerName, serviceLabel } from "../../lib/vocabulary.ts";
import { PERIODS, type Period, DEFAULT_PERIOD, type CodeSort, type CodesSearch, defaultDir } from "./codes-search.ts";

/** The start of the period, on a whole minute so the query stays the same while the page is open. */
export function periodStart(period: Period, now: number): Date {
  const minute = 60_000;
  return new Date(Math.floor((now - PERIODS[period].hours * 3_600_000) / minute) * minute);
}

function haystack(row: CodeRow): string {
  return [
    row.code,
    row.message,
    row.friendlyMessage,
    // What the reader sees, in their language, finds the row as well as the provider's English.
    codeText(row.message),
    codeText(row.friendlyMessage),
    row.reason,
    row.reason ? humanize(row.reason) : null,
    row.service,
    row.service ? serviceLabel(row.service) : null,
    providerName(row.provider),
  ]
    .filter(Boolean)
    .join("\n")
    .toLowerCase();
}

export function filterCodes(rows: readonly CodeRow[], search: CodesSearch): CodeRow[] {
  const words = (search.text ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      (!search.provider || row.provider === search.provider) &&
      (!search.letter || (row.letter ?? "").toUpperCase() === search.letter) &&
      (!search.seen || row.count > 0) &&
      (words.length === 0 || words.every((word) => haystack(row).includes(word))),
  );
}

const TEXT_SORT: Readonly<Record<Exclude<CodeSort, "count" | "retryable">, (row: CodeRow) => string>> = {
  provider: (row) => row.provider,
  code: (row) => row.code,
  letter: (row) => row.letter ?? "",
  service: (row) => row.service ?? "",
  reason: (row) => row.reason ?? "",
};

export function sortCodes(rows: readonly CodeRow[], sort: CodeSort, dir: SortDir): CodeRow[] {
  const sign = dir === "asc" ? 1 : -1;
  const key = (row: CodeRow): number | string =>
    sort === "count"
      ? row.count
      : sort === "retryable"
        ? row.retryable === null
          ? -1
          : Number(row.retryable)
        : TEXT_SORT[sort](row);
  return [...rows].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const primary = x < y ? -1 : x > y ? 1 : 0;
    return primary * sign || a.provider.localeCompare(b.provider) || a.code.localeCompare(b.code);
  });
}

export function resolveCodesView(search: CodesSearch) {
  const sort = search.sort ?? "count";
  return { period: search.period ?? DEFAULT_PERIOD, sort, dir: search.dir ?? defaultDir(sort) };
}

/** The next sort for a header click: the same column flips, another starts in its natural direction. */
export function codesSortPatch(
  current: { sort: CodeSort; dir: SortDir },
  sort: CodeSort,
): Pick<CodesSearch, "sort" | "dir"> {
  return { sort, dir: current.sort === sort ? (current.dir === "asc" ? "desc" : "asc") : defaultDir(sort) };
}

/** The transactions carrying a code in the period: `provider:<id> code:<code> created>=2026-11-16T14:05:00Z`. */
export function codeQuery(row: Pick<CodeRow, "provider" | "code">, from: Date): string {
  const since = from.toISOString().replace(/\.000Z$/, "Z");
  return [
    formatTerm({ key: "provider", values: [row.provider] }),
    `code:${quoteValue(row.code)}`,
    `created>=${since}`,
  ].join(" ");
}
