// Evidence files sent for a dispute: stored with their checksum, listed without their bytes.
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { disputeEvidence } from "../schema/disputes.ts";

export type NewDisputeEvidence = typeof disputeEvidence.$inferInsert;

const listColumns = {
  id: disputeEvidence.id,
  fileName: disputeEvidence.fileName,
  contentType: disputeEvidence.contentType,
  sizeBytes: disputeEvidence.sizeBytes,
  sha256: disputeEvidence.sha256,
  providerState: disputeEvidence.providerState,
  authorName: disputeEvidence.authorName,
  createdAt: disputeEvidence.createdAt,
};

export async function saveDisputeEvidence(db: Db, row: NewDisputeEvidence) {
  const [saved] = await db.insert(disputeEvidence).values(row).onConflictDoNothing().returning(listColumns);
  return saved ?? null;
}

export async function evidenceByKey(db: Db, disputeId: string, idempotencyKey: string) {
  const [row] = await db
    .select(listColumns)
    .from(disputeEvidence)
    .where(and(eq(disputeEvidence.disputeId, disputeId), eq(disputeEvidence.idempotencyKey, idempotencyKey)));
  return row ?? null;
}

export function evidenceOf(db: Db, disputeId: string) {
  return db
    .select(listColumns)
    .from(disputeEvidence)
    .where(eq(disputeEvidence.disputeId, disputeId))
    .orderBy(asc(disputeEvidence.createdAt), asc(disputeEvidence.id));
}
