// The figures the dispute deadline alert reads: disputes still waiting for the merchant's answer.
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { stamp } from "./analytics-filters.ts";

export interface DisputeDue {
  id: string;
  provider: string;
  accountId: string;
  providerDisputeId: string;
  dueAt: Date;
}

/**
 * Disputes that need a response and are due in (now, until]. An answered (under review) or decided dispute, or one
 * whose deadline has passed, is no longer something a person can act on in time, so it is left out.
 */
export async function disputesDueBy(db: Db, now: Date, until: Date): Promise<DisputeDue[]> {
  const result = await db.execute<{
    id: string;
    provider: string;
    account_id: string;
    provider_dispute_id: string;
    due_at: string | Date;
  }>(sql`
    select id, provider, account_id, provider_dispute_id, due_at from disputes
    where status = 'needs_response' and due_at > ${stamp(now)} and due_at <= ${stamp(until)}
    order by due_at, id`);
  return result.rows.map((row) => ({
    id: row.id,
    provider: row.provider,
    accountId: row.account_id,
    providerDisputeId: row.provider_dispute_id,
    dueAt: new Date(row.due_at),
  }));
}
