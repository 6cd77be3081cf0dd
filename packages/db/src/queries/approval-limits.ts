// The operator's refund approval limits per currency (refund_approval_limits, migration 0016); the defaults and the
// rule are the domain's (domain/refund-approval.ts).
import { sql } from "drizzle-orm";
import type { ApprovalOverrides } from "@paylens/domain/refund-approval";
import type { Db } from "../client.ts";

type LimitDbRow = { currency: string; above_minor: string | number | bigint };

export async function approvalOverrides(db: Pick<Db, "execute">): Promise<ApprovalOverrides> {
  const result = await db.execute<LimitDbRow>(sql`select currency, above_minor from refund_approval_limits`);
  return new Map(result.rows.map((row) => [row.currency, BigInt(row.above_minor)]));
}

/** The override for one currency, as a map the domain rule reads (empty when there is none). */
export async function approvalOverrideFor(db: Pick<Db, "execute">, currency: string): Promise<ApprovalOverrides> {
  const result = await db.execute<LimitDbRow>(
    sql`select currency, above_minor from refund_approval_limits where currency = ${currency.toUpperCase()}`,
  );
  return new Map(result.rows.map((row) => [row.currency, BigInt(row.above_minor)]));
}

export interface LimitChange {
  before: bigint | null;
  after: bigint | null;
  /** False when the limit already was this: nothing written, nothing to audit. */
  changed: boolean;
}

/** Sets a currency's limit, or with null removes the override (back to the default). Setting the same twice is one change. */
export async function setApprovalOverride(
  db: Db,
  currency: string,
  aboveMinor: bigint | null,
  updatedBy: string | null,
): Promise<LimitChange> {
  return db.transaction(async (tx) => {
    const current = await tx.execute<LimitDbRow>(
      sql`select currency, above_minor from refund_approval_limits where currency = ${currency} for update`,
    );
    const before = current.rows[0] ? BigInt(current.rows[0].above_minor) : null;
    if (before === aboveMinor) return { before, after: aboveMinor, changed: false };
    if (aboveMinor === null) await tx.execute(sql`delete from refund_approval_limits where currency = ${currency}`);
    else
      await tx.execute(sql`
        insert into refund_approval_limits (currency, above_minor, updated_by, updated_at)
        values (${currency}, ${aboveMinor.toString()}::bigint, ${updatedBy}, now())
        on conflict (currency) do update
          set above_minor = excluded.above_minor, updated_by = excluded.updated_by, updated_at = now()`);
    return { before, after: aboveMinor, changed: true };
  });
}
