// The segment dimensions analytics breaks attempts, declines and disputes down by, and the transaction column each
// one reads: one definition for the rollups (analytics-refresh.ts) and the dispute rate (analytics-disputes.ts).
import { sql, type SQL } from "drizzle-orm";

export const BREAKDOWN_DIMENSIONS = ["bin", "issuer", "brand", "method", "provider", "country"] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

export const DIMENSION_COLUMNS: Record<BreakdownDimension, string> = {
  provider: "provider",
  bin: "card_bin",
  issuer: "issuer_name",
  brand: "card_brand",
  method: "method_type",
  country: "issuer_country",
};

/** `(values ('provider', t.provider), ('bin', t.card_bin) …)`: one row per dimension of the row aliased `alias`. */
export function dimensionValues(alias: string, extra: SQL = sql``): SQL {
  const rows = BREAKDOWN_DIMENSIONS.map((d) => sql.raw(`('${d}', ${alias}.${DIMENSION_COLUMNS[d]})`));
  return sql`(values ${extra}${sql.join(rows, sql`, `)})`;
}
