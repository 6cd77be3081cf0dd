// Notes on a dispute, with their audit entry written in the same database transaction.
import { asc, eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { disputeNotes } from "../schema/disputes.ts";
import { recordAudit, type AuditEntry } from "./audit.ts";

export async function addDisputeNote(
  db: Db,
  input: { disputeId: string; author: string; authorName: string; text: string },
  audit: AuditEntry,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(disputeNotes).values(input).returning();
    if (!row) throw new Error("dispute note not saved");
    await recordAudit(tx, { ...audit, after: { noteId: row.id, text: input.text } });
    return row;
  });
}

export function disputeNotesOf(db: Db, disputeId: string) {
  return db
    .select()
    .from(disputeNotes)
    .where(eq(disputeNotes.disputeId, disputeId))
    .orderBy(asc(disputeNotes.createdAt), asc(disputeNotes.id));
}
