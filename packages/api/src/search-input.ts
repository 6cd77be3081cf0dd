// The support search's inputs, shared by the tRPC procedures and the server's CSV export.
import { z } from "zod";
import { NORMALIZED_REASONS } from "@paylens/codes/reasons";
import { parseSearchQuery, SEARCH_SORTS, type ParsedSearch } from "@paylens/domain/search-query";
import { providerSearchOptions } from "@paylens/providers/catalog";

export const searchQueryText = z.string().max(2000);

export const searchInput = z.object({
  q: searchQueryText,
  sort: z.enum(SEARCH_SORTS).default("created"),
  dir: z.enum(["asc", "desc"]).default("desc"),
  limit: z.number().int().min(1).max(500).default(50),
  cursor: z.string().max(1000).nullish(),
});

// `exact`: count every row even where the planner's estimate would be answered (a user asked for the exact figure).
export const totalsInput = z.object({ q: searchQueryText, exact: z.boolean().optional() });

/** The query language with `reason:` narrowed to the normalized reasons and `provider:` to the registered providers. */
export function parseQuery(q: string): ParsedSearch {
  return parseSearchQuery(q, { reasons: NORMALIZED_REASONS, ...providerSearchOptions() });
}
