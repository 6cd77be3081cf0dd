// A search typed and sent (the palette's Enter, the search box's button) that finds exactly one transaction opens it;
// filtering the table (chips, facets, saved views, links) keeps the table, even with one row.
import type { SearchOutput, TransactionRow } from "./api-types.ts";

/** The only match of a search, or null when there are none, several, more pages, or terms the server refused. */
export function uniqueMatch(
  found: Pick<SearchOutput, "items" | "nextCursor" | "errors"> | null,
): TransactionRow | null {
  if (!found || found.errors.length > 0 || found.nextCursor !== null || found.items.length !== 1) return null;
  return found.items[0] ?? null;
}
