// The codes explorer's view in the URL (?period=30d&provider=<id>&letter=F&text=funds&sort=count&dir=desc&seen=1),
// and the pure filtering, sorting and linking of catalogue rows.
import type { CodeRow, SortDir } from "../../lib/api-types.ts";
import { formatTerm, quoteValue } from "../../lib/query-text.ts";
import { codeText } from "../../i18n/code-texts.ts";
import { PROVIDERS, humanize, providerName, serviceLabel } from "../../lib/vocabulary.ts";

export const PERIODS = {
  "24h": { label: "24 h", hours: 24 },
  "7d": { label: "7 days", hours: 168 },
  "30d": { label: "30 days", hours: 720 },
  "90d": { label: "90 days", hours: 2160 },
} as const;
export type Period = keyof typeof PERIODS;
export const DEFAULT_PERIOD: Period = "7d";

export const LETTERS = ["S", "F", "P", "E"] as const;
export const CODE_SORTS = ["count", "provider", "code", "letter", "service", "reason", "retryable"] as const;
export type CodeSort = (typeof CODE_SORTS)[number];

export interface CodesSearch {
  period?: Period;
  provider?: string;
  letter?: string;
  text?: string;
  sort?: CodeSort;
  dir?: SortDir;
  seen?: 1;
}

const defaultDir = (sort: CodeSort): SortDir => (sort === "count" ? "desc" : "asc");

export function validateCodesSearch(raw: Record<string, unknown>): CodesSearch {
  const period = Object.keys(PERIODS).find((key) => key === raw.period) as Period | undefined;
  const sort = CODE_SORTS.find((key) => key === raw.sort) ?? "count";
  const dir = raw.dir === "asc" || raw.dir === "desc" ? raw.dir : defaultDir(sort);
  const text = typeof raw.text === "string" ? raw.text.trim().slice(0, 100) : "";
  const search: CodesSearch = {
    period: period === DEFAULT_PERIOD ? undefined : period,
    provider: PROVIDERS.find((id) => id === raw.provider),
    letter: LETTERS.find((letter) => letter === raw.letter),
    text: text || undefined,
    sort: sort === "count" ? undefined : sort,
    dir: dir === defaultDir(sort) ? undefined : dir,
    seen: raw.seen === 1 || raw.seen === "1" || raw.seen === true ? 1 : undefined,
  };
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as CodesSearch;
}

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
