// TEMPORARY local copy of the search contract until packages/api exposes it; then these become RouterOutputs aliases.
import type { RouterOutputs } from "../trpc.ts";

export const SORT_KEYS = ["created", "amount", "status", "provider", "type", "code"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDir = "asc" | "desc";
export type Density = "comfortable" | "compact";

export type TransactionRow = RouterOutputs["transactions"]["list"]["items"][number];

export interface SearchInput {
  q: string;
  sort?: SortKey;
  dir?: SortDir;
  limit?: number;
  cursor?: string | null;
}

export type SearchTerm =
  | { kind: "filter"; key: string; operator: ":" | ">" | ">=" | "<" | "<="; values: string[]; negated: boolean }
  | { kind: "identifier"; value: string };

export interface SearchOutput {
  items: TransactionRow[];
  nextCursor: string | null;
  terms: SearchTerm[];
  errors: { term: string; message: string }[];
  matchedBy: string | null;
}

export interface TotalsOutput {
  count: number;
  sums: { currency: string; amountMinor: bigint }[];
}

export interface CodeRow {
  provider: string;
  code: string;
  letter: string | null;
  service: string | null;
  message: string | null;
  friendlyMessage: string | null;
  reason: string | null;
  retryable: boolean | null;
  count: number;
}

export interface CodesInput {
  from?: Date;
  to?: Date;
}

export interface SaveViewInput {
  name: string;
  query: string;
  sort: SortKey;
  dir: SortDir;
  columns: string[];
  pageSize: number;
  density: Density;
}

export interface SavedView extends SaveViewInput {
  id: string;
  createdAt: Date;
}
