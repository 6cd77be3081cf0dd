// The codes explorer's view in the URL (?period=30d&provider=<id>&letter=F&text=funds&sort=count&dir=desc&seen=1): what
// the router reads before the screen loads, kept apart from the filtering so the first screen's JavaScript stays small.
import type { SortDir } from "../../lib/api-types.ts";
import { PROVIDERS } from "../../lib/vocabulary.ts";

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

export const defaultDir = (sort: CodeSort): SortDir => (sort === "count" ? "desc" : "asc");

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
