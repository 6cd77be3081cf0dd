// The analytics view in the URL (?range=7d&bucket=1h&provider=<id>,<id>&account=shop-eu&currency=EUR&split=provider&dim=issuer&sort=attempts&dir=desc).
// Defaults are left out, so the plain view has a clean URL.
import { BUCKETS, DIMENSIONS, type Bucket, type Dimension } from "../../lib/analytics-types.ts";
import { PROVIDERS } from "../../lib/vocabulary.ts";

export const RANGES = {
  "1h": { hours: 1, bucket: "1m" },
  "6h": { hours: 6, bucket: "5m" },
  "24h": { hours: 24, bucket: "15m" },
  "7d": { hours: 168, bucket: "1h" },
  "30d": { hours: 720, bucket: "6h" },
  "90d": { hours: 2160, bucket: "1d" },
} as const satisfies Record<string, { hours: number; bucket: Bucket }>;
export type Range = keyof typeof RANGES;
export const RANGE_KEYS = Object.keys(RANGES) as Range[];
export const DEFAULT_RANGE: Range = "24h";

const BUCKET_MS: Record<Bucket, number> = {
  "1m": 60_000,
  "5m": 300_000,
  "15m": 900_000,
  "1h": 3_600_000,
  "6h": 21_600_000,
  "1d": 86_400_000,
};
const MAX_POINTS = 2000;

export const BREAKDOWN_SORTS = ["attempts", "rate", "change", "segment"] as const;
export type BreakdownSort = (typeof BREAKDOWN_SORTS)[number];

export interface AnalyticsSearch {
  range?: Range;
  bucket?: Bucket;
  provider?: string;
  account?: string;
  currency?: string;
  split?: "provider";
  dim?: Dimension;
  sort?: BreakdownSort;
  dir?: "asc" | "desc";
}

export interface AnalyticsView {
  range: Range;
  bucket: Bucket;
  providers: string[];
  accounts: string[];
  currencies: string[];
  split: boolean;
  dimension: Dimension;
  sort: BreakdownSort;
  dir: "asc" | "desc";
}

/** Buckets that give between a handful and MAX_POINTS points over the range. */
export function bucketsFor(range: Range): Bucket[] {
  const ms = RANGES[range].hours * 3_600_000;
  return BUCKETS.filter((bucket) => ms / BUCKET_MS[bucket] <= MAX_POINTS && ms / BUCKET_MS[bucket] >= 1);
}

function list(value: unknown, pick?: (item: string) => boolean, upper = false): string | undefined {
  if (typeof value !== "string") return undefined;
  const items = value
    .split(",")
    .map((item) => (upper ? item.trim().toUpperCase() : item.trim()))
    .filter((item) => item && item.length <= 64 && (!pick || pick(item)));
  return items.length ? [...new Set(items)].join(",") : undefined;
}

export const defaultDir = (sort: BreakdownSort): "asc" | "desc" => (sort === "segment" ? "asc" : "desc");

export function validateAnalyticsSearch(raw: Record<string, unknown>): AnalyticsSearch {
  const range = RANGE_KEYS.find((key) => key === raw.range) ?? DEFAULT_RANGE;
  const bucket = bucketsFor(range).find((key) => key === raw.bucket);
  const dim = DIMENSIONS.find((key) => key === raw.dim);
  const sort = BREAKDOWN_SORTS.find((key) => key === raw.sort) ?? "attempts";
  const dir = raw.dir === "asc" || raw.dir === "desc" ? raw.dir : defaultDir(sort);
  const search: AnalyticsSearch = {
    range: range === DEFAULT_RANGE ? undefined : range,
    bucket: bucket === RANGES[range].bucket ? undefined : bucket,
    provider: list(raw.provider, (item) => PROVIDERS.some((id) => id === item)),
    account: list(raw.account),
    currency: list(raw.currency, (item) => /^[A-Z]{3}$/.test(item), true),
    split: raw.split === "provider" ? "provider" : undefined,
    dim: dim === "bin" ? undefined : dim,
    sort: sort === "attempts" ? undefined : sort,
    dir: dir === defaultDir(sort) ? undefined : dir,
  };
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as AnalyticsSearch;
}

export function resolveAnalyticsView(search: AnalyticsSearch): AnalyticsView {
  const range = search.range ?? DEFAULT_RANGE;
  const sort = search.sort ?? "attempts";
  const split = (value: string | undefined) => (value ? value.split(",") : []);
  return {
    range,
    bucket: search.bucket ?? RANGES[range].bucket,
    providers: split(search.provider),
    accounts: split(search.account),
    currencies: split(search.currency),
    split: search.split === "provider",
    dimension: search.dim ?? "bin",
    sort,
    dir: search.dir ?? defaultDir(sort),
  };
}

/** The view back to URL parameters (the inverse of resolve + validate). */
export function analyticsSearchOf(view: AnalyticsView): AnalyticsSearch {
  return validateAnalyticsSearch({
    range: view.range,
    bucket: view.bucket,
    provider: view.providers.join(","),
    account: view.accounts.join(","),
    currency: view.currencies.join(","),
    split: view.split ? "provider" : undefined,
    dim: view.dimension,
    sort: view.sort,
    dir: view.dir,
  });
}

/** The window, aligned to the bucket so the query stays the same while the page is open and buckets are whole. */
export function analyticsWindow(view: AnalyticsView, now: number): { from: Date; to: Date } {
  const step = Math.min(BUCKET_MS[view.bucket], 3_600_000);
  const to = Math.ceil(now / 60_000) * 60_000;
  const from = Math.floor((to - RANGES[view.range].hours * 3_600_000) / step) * step;
  return { from: new Date(from), to: new Date(to) };
}

/** The filters every procedure takes, with empty lists left out. */
export function analyticsScope(view: AnalyticsView): {
  provider?: string[];
  accountId?: string[];
  currency?: string[];
} {
  return {
    ...(view.providers.length ? { provider: view.providers } : {}),
    ...(view.accounts.length ? { accountId: view.accounts } : {}),
    ...(view.currencies.length ? { currency: view.currencies } : {}),
  };
}
