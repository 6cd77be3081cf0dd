// Notes on a dispute: stored with their author, card data redacted, audited, shown by byId; only roles that answer
// disputes may write them.
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { applyDisputesIn } from "@paylens/db/queries/disputes-apply";
import { createTestDb } from "@paylens/db/test-db";
import { insertTestTransactions } from "@paylens/db/test-transactions";
import type { Role } from "@paylens/domain/roles";
import { createContextInner } from "@paylens/api/context";
import { appRouter } from "@paylens/api/root";
import { principalFor } from "@paylens/api/test-principals";
import { createCallerFactory } from "@paylens/api/trpc";

describe("dispute notes", () => {
  let database: Database;
  let disputeId = "";
  const callerAs = (role: Role) =>
    createCallerFactory(appRouter)(
      createContextInner({ db: database.db, dbKind: database.kind, principal: principalFor(role) }),
    );

  beforeAll(async () => {
    database = await createTestDb();
    await insertTestTransactions(database.db, [{ provider: "antom", providerUid: "pay-note-1" }]);
    const [result] = await database.db.transaction((tx) =>
      applyDisputesIn(tx, [
        {
          accountId: "test-antom",
          dedupKey: "dispute|d-note-1",
          receivedAt: new Date("2026-11-30T00:00:00Z"),
          dispute: {
            provider: "antom",
            providerDisputeId: "d-note-1",
            paymentProviderUid: "pay-note-1",
            stage: "chargeback",
            status: "needs_response",
            reasonCode: "13.1",
            reasonMessage: "Merchandise not received",
            reasonCategory: "consumer_dispute",
            amountMinor: 1000n,
            currency: "EUR",
            networkReference: null,
            dueAt: new Date("2026-12-20T00:00:00Z"),
            openedAt: new Date("2026-11-30T00:00:00Z"),
            updatedAt: new Date("2026-11-30T00:00:00Z"),
            event: "DISPUTE_CREATED",
            raw: {},
          },
        },
      ]),
    );
    disputeId = result!.disputeId!;
  });
  afterAll(() => database.close());

  it("stores a note with its author, redacts a card number and audits it", async () => {
    const note = await callerAs("finance").disputes.addNote({
      id: disputeId,
      text: "Customer wrote from card 4111 1111 1111 1111, tracking sent",
    });
    expect(note.text).not.toContain("4111 1111 1111 1111");
    expect(note.text).toContain("tracking sent");
    expect(note.authorName).toBe(principalFor("finance").name);

    await callerAs("ops").disputes.addNote({ id: disputeId, text: "Courier confirms delivery" });
    const { notes } = await callerAs("support").disputes.byId({ id: disputeId });
    expect(notes.map((n) => n.text)).toEqual([note.text, "Courier confirms delivery"]);

    const audit = await database.db.execute<{ action: string; subject: string; role: string }>(
      sql`select action, subject, role from audit_log where action = 'dispute.note' order by id`,
    );
    expect(audit.rows).toEqual([
      { action: "dispute.note", subject: "d-note-1", role: "finance" },
      { action: "dispute.note", subject: "d-note-1", role: "ops" },
    ]);
  });

  it("refuses support, an unknown dispute and an empty note", async () => {
    await expect(callerAs("support").disputes.addNote({ id: disputeId, text: "hi" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      callerAs("ops").disputes.addNote({ id: "00000000-0000-4000-8000-000000000000", text: "hi" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(callerAs("ops").disputes.addNote({ id: disputeId, text: "   " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
