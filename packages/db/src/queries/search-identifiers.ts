// Bare words in a search: looked up in every identifier column at once, ranked so the most specific match
// (our id, the provider's uid, the tracking id, the RRN, …) comes first; 4 digits beside an amount fall back to the
// card's last 4, 6–8 digits to its BIN, when no identifier matches.
import { and, eq, or, sql, type SQL } from "drizzle-orm";
import type { SearchTerm } from "@paylens/domain/search-query";
import {
  identifierKindsFor,
  identifierModes,
  type IdentifierKind,
  type IdentifierMode,
  type MatchedBy,
} from "@paylens/domain/search-values";
import type { Db } from "../client.ts";
import { transactions as t } from "../schema/transactions.ts";
import { emailEquals, filtersCondition, uidEquals } from "./search-conditions.ts";

const BY_KIND: Record<IdentifierKind, (value: string) => SQL> = {
  id: (v) => sql`${t.id} = ${v}::uuid`,
  uid: (v) => uidEquals([v]),
  tracking: (v) => eq(t.trackingId, v),
  rrn: (v) => eq(t.rrn, v),
  auth: (v) => eq(t.authCode, v),
  ref: (v) => eq(t.refId, v),
  network: (v) => eq(t.networkTransactionId, v),
  email: (v) => emailEquals([v]),
};

function modeCondition(mode: IdentifierMode, value: string): SQL {
  if (mode === "last4+amount") return eq(t.cardLast4, value);
  if (mode === "bin") return eq(t.cardBin, value);
  return or(...identifierKindsFor(value).map((kind) => BY_KIND[kind](value))) ?? sql`false`;
}

export interface ResolvedSearch {
  where: SQL | undefined;
  /** Orders rows by which identifier column matched the first bare word (0 = best); null when not ranking. */
  rank: SQL | null;
  /** How a row's rank reads ("rrn"), or the fallback that found the rows; null without a bare word. */
  matchedBy: (rank: number | null) => MatchedBy | null;
}

async function exists(db: Db, where: SQL | undefined): Promise<boolean> {
  const rows = await db
    .select({ one: sql<number>`1` })
    .from(t)
    .where(where)
    .limit(1);
  return rows.length > 0;
}

/** Filters ANDed with each bare word, every word read the first way that finds a row (probed in that order). */
export async function resolveSearch(db: Db, terms: readonly SearchTerm[]): Promise<ResolvedSearch> {
  let where = filtersCondition(terms);
  const hasAmount = terms.some((term) => term.kind === "filter" && term.key === "amount" && !term.negated);
  let first: { mode: IdentifierMode; value: string } | null = null;
  for (const term of terms) {
    if (term.kind !== "identifier") continue;
    const modes = identifierModes(term.value, hasAmount);
    let chosen: IdentifierMode = "identifiers";
    if (modes.length > 1) {
      for (const mode of modes) {
        if (await exists(db, and(where, modeCondition(mode, term.value)))) {
          chosen = mode;
          break;
        }
      }
    }
    where = and(where, modeCondition(chosen, term.value));
    first ??= { mode: chosen, value: term.value };
  }
  if (!first) return { where, rank: null, matchedBy: () => null };
  if (first.mode !== "identifiers") {
    const mode = first.mode;
    return { where, rank: null, matchedBy: (rank) => (rank === null ? null : mode) };
  }
  const value = first.value;
  const kinds = identifierKindsFor(value);
  const rank = sql`(case ${sql.join(
    kinds.map((kind, i) => sql`when ${BY_KIND[kind](value)} then ${sql.raw(String(i))}`),
    sql` `,
  )} else ${sql.raw(String(kinds.length))} end)`;
  return { where, rank, matchedBy: (r) => (r === null ? null : (kinds[r] ?? null)) };
}
