// A spread of real rows' identifiers, for benchmarks and demos that need something to look up.
import { sql } from "drizzle-orm";
import type { Db } from "@paylens/db/client";

export type IdentifierSample = {
  providerUid: string;
  trackingId: string | null;
  rrn: string | null;
  authCode: string | null;
  customerEmail: string | null;
  cardLast4: string | null;
  amountMinor: string;
  currency: string;
};

/** About `count` rows drawn uniformly (a Bernoulli sample, repeatable by seed). */
export async function sampleIdentifiers(db: Db, count: number, seed = 7): Promise<IdentifierSample[]> {
  const total = await db.execute<{ n: string }>(sql`select count(*)::text as n from transactions`);
  const rows = Math.max(1, Number(total.rows[0]?.n ?? 0));
  const percent = Math.min(100, (100 * count * 2) / rows);
  const result = await db.execute<IdentifierSample>(sql`
    select provider_uid as "providerUid", tracking_id as "trackingId", rrn, auth_code as "authCode", customer_email as "customerEmail",
      card_last4 as "cardLast4", amount_minor::text as "amountMinor", currency
    from transactions tablesample bernoulli (${percent}) repeatable (${seed})
    limit ${count}`);
  return result.rows;
}
