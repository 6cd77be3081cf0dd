// Notes on a transaction, with their audit entry written in the same database transaction.
import { asc, eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { notes } from "../schema/actions.ts";
import { recordAudit, type AuditEntry } from "./audit.ts";

export async function addNote(
  db: Db,
  input: { transactionId: string; author: string; authorName: string; text: string },
  audit: AuditEntry,
) {
  return db.transaction(async (tx) => {
    const [row] = await tx.insert(notes).values(input).returning();
    if (!row) throw new Error("note not saved");
    await recordAudit(tx, {
      ...audit,
      transactionId: input.transactionId,
      after: { noteId: row.id, text: input.text },
    });
    return row;
  });
}

export function notesFor(db: Db, transactionId: string) {
  return db.select().from(notes).where(eq(notes.transactionId, transactionId)).orderBy(asc(notes.createdAt));
}
