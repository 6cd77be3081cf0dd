// Evidence for an Antom dispute through the real Antom sandbox: checked (type by first bytes, size), sent signed with
// supplyDefenseDocument once per key, audited, kept as bytes with its checksum; beGateway says it has no such API.
import { createHash } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { appRouter } from "@paylens/api/root";
import { createContextInner } from "@paylens/api/context";
import { principalFor } from "@paylens/api/test-principals";
import { createCallerFactory } from "@paylens/api/trpc";
import type { Database } from "@paylens/db/client";
import { applyDisputesIn } from "@paylens/db/queries/disputes-apply";
import { createTestDb } from "@paylens/db/test-db";
import { insertTestTransactions } from "@paylens/db/test-transactions";
import type { DisputeSnapshot } from "@paylens/domain/dispute";
import { EVIDENCE_MAX_BYTES } from "@paylens/domain/dispute-evidence";
import type { Role } from "@paylens/domain/roles";
import { buildPdf, buildPng } from "@paylens/domain/test-evidence-files";
import type { AntomSandbox } from "@paylens/sandbox/antom/index";
import { CLIENT_ID, keys, startTestSandbox } from "@paylens/sandbox/antom/test-support";
import type { AntomCredentials } from "@paylens/providers/antom/credentials";
import { antom } from "@paylens/providers/antom/index";
import { connectorFor } from "@paylens/providers/connectors";

const credentials: AntomCredentials = {
  clientId: CLIENT_ID,
  merchantPrivateKey: keys.merchant.privateKeyBase64,
  antomPublicKey: keys.antom.publicKeyBase64,
};
const PDF = Buffer.from("%PDF-1.4 delivery receipt signed by the shopper");

describe("sending dispute evidence", () => {
  let database: Database;
  let sandbox: AntomSandbox;
  const account = () => ({ id: "test-antom", provider: "antom", name: "Antom", baseUrl: sandbox.url });
  const callerAs = (role: Role) =>
    createCallerFactory(appRouter)(
      createContextInner({
        db: database.db,
        dbKind: database.kind,
        principal: principalFor(role),
        providers: {
          connector: connectorFor,
          callContext: () => ({ account: account(), credentials, recordCall: async () => undefined }),
        },
      }),
    );

  /** A paid sandbox payment with a dispute raised on it, known to Paylens as needing a response. */
  async function openDispute(provider: "antom" | "begateway", order: string) {
    const paid = await antom.pay(
      { account: account(), credentials, recordCall: async () => undefined },
      {
        amountMinor: 2000n,
        currency: "EUR",
        description: order,
        trackingId: `${order}-${Date.now()}`,
        card: { number: "4054695723100768", cvc: "123", holder: "ANNA KOWALSKI", expMonth: 7, expYear: 2030 },
        customer: { email: "anna@example.com", ip: "198.51.100.7", country: "PL", firstName: "A", lastName: "K" },
        billingAddress: { address: "1 Market Street", zip: "00-001", city: "Warsaw", country: "PL" },
        notificationUrl: null,
        returnUrl: "http://127.0.0.1/return",
        test: true,
      },
    );
    const paymentUid = paid.snapshot!.providerUid;
    const providerDisputeId = sandbox.raiseDispute(paymentUid, { cancel: false });
    await insertTestTransactions(database.db, [{ provider, providerUid: paymentUid }]);
    const snapshot: DisputeSnapshot = {
      provider,
      providerDisputeId,
      paymentProviderUid: paymentUid,
      stage: "chargeback",
      status: "needs_response",
      reasonCode: "13.1",
      reasonMessage: "Merchandise not received",
      reasonCategory: "consumer_dispute",
      amountMinor: 2000n,
      currency: "EUR",
      networkReference: null,
      dueAt: new Date(Date.now() + 7 * 86_400_000),
      openedAt: new Date(),
      updatedAt: new Date(),
      event: "DISPUTE_CREATED",
      raw: {},
    };
    const [result] = await database.db.transaction((tx) =>
      applyDisputesIn(tx, [
        {
          accountId: `test-${provider}`,
          dispute: snapshot,
          dedupKey: `dispute|${providerDisputeId}`,
          receivedAt: new Date(),
        },
      ]),
    );
    return result!.disputeId!;
  }

  beforeAll(async () => {
    sandbox = await startTestSandbox({ disputeRate: 0, timeScale: 0.001 });
    database = await createTestDb();
  });
  afterAll(async () => {
    await sandbox.close();
    await database.close();
  });

  it("sends a PDF once, audits it and keeps its bytes with their checksum", async () => {
    const id = await openDispute("antom", "ord-ev-1");
    const input = {
      id,
      idempotencyKey: "evidence-key-1",
      fileName: "receipt.pdf",
      contentBase64: PDF.toString("base64"),
    };
    const first = await callerAs("finance").disputes.submitEvidence(input);
    expect(first).toMatchObject({
      already: false,
      evidence: { fileName: "receipt.pdf", contentType: "application/pdf" },
    });
    expect(first.evidence.providerState).toBe("ok");
    expect(first.evidence.sizeBytes).toBe(PDF.length);
    expect(first.evidence.sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
    expect((await callerAs("ops").disputes.submitEvidence(input)).already).toBe(true);

    const stored = await database.db.execute<{ content: Buffer | Uint8Array }>(
      sql`select content from dispute_evidence where dispute_id = ${id}::uuid`,
    );
    expect(stored.rows).toHaveLength(1);
    expect(Buffer.from(stored.rows[0]!.content).equals(PDF)).toBe(true);
    const audit = await database.db.execute<{ role: string }>(
      sql`select role from audit_log where action = 'dispute.evidence'`,
    );
    expect(audit.rows).toEqual([{ role: "finance" }]);
    const { evidence } = await callerAs("support").disputes.byId({ id });
    expect(evidence.map((e) => e.fileName)).toEqual(["receipt.pdf"]);
  });

  it("refuses a file that is not PDF, PNG or JPEG, or too big, with a clear 400", async () => {
    const id = await openDispute("antom", "ord-ev-2");
    const send = (bytes: Buffer) =>
      callerAs("ops").disputes.submitEvidence({
        id,
        idempotencyKey: "evidence-key-2",
        fileName: "x.pdf",
        contentBase64: bytes.toString("base64"),
      });
    await expect(send(Buffer.from("<html>not a pdf</html>"))).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: "Evidence must be a PDF, PNG or JPEG file",
    });
    const big = Buffer.alloc(EVIDENCE_MAX_BYTES + 1);
    big.write("%PDF-");
    await expect(send(big)).rejects.toMatchObject({ code: "BAD_REQUEST" });
    const rows = await database.db.execute(sql`select 1 from dispute_evidence where dispute_id = ${id}::uuid`);
    expect(rows.rows).toHaveLength(0);
  });

  it("refuses a file holding a card number with a 400 that says so: nothing sent or kept, the refusal audited", async () => {
    const id = await openDispute("antom", "ord-ev-4");
    const supplied = () => sandbox.stats().disputes.DEFENSE_SUPPLIED;
    const before = supplied();
    const receipt = buildPdf({
      compress: true,
      content: "BT /F1 12 Tf 72 720 Td (Paid with 4111 1111 1111 1111) Tj ET",
    });
    const screenshot = buildPng([{ chunk: "iTXt", keyword: "Comment", text: "4111111111111111", compressed: true }]);
    for (const [fileName, bytes] of [
      ["receipt.pdf", receipt],
      ["screenshot.png", screenshot],
    ] as const)
      await expect(
        callerAs("ops").disputes.submitEvidence({
          id,
          idempotencyKey: `evidence-key-4-${fileName.replace(".", "-")}`,
          fileName,
          contentBase64: bytes.toString("base64"),
        }),
      ).rejects.toMatchObject({
        code: "BAD_REQUEST",
        message: expect.stringMatching(/^The file holds a full card number/),
      });
    expect(supplied()).toBe(before);
    const kept = await database.db.execute(sql`select 1 from dispute_evidence where dispute_id = ${id}::uuid`);
    expect(kept.rows).toHaveLength(0);
    const audit = await database.db.execute<{ role: string; after: unknown }>(
      sql`select role, after from audit_log where action = 'dispute.evidence_refused' order by id`,
    );
    expect(audit.rows.map((row) => row.after)).toMatchObject([
      { refusal: "card_number", fileName: "receipt.pdf", contentType: "application/pdf" },
      { refusal: "card_number", fileName: "screenshot.png", contentType: "image/png" },
    ]);
    expect(JSON.stringify(audit.rows)).not.toMatch(/4111/);

    // The same receipt with the card masked goes through.
    const masked = buildPdf({ compress: true, content: "BT /F1 12 Tf 72 720 Td (Paid with 411111******1111) Tj ET" });
    const sent = await callerAs("ops").disputes.submitEvidence({
      id,
      idempotencyKey: "evidence-key-4-masked",
      fileName: "receipt.pdf",
      contentBase64: masked.toString("base64"),
    });
    expect(sent.evidence.providerState).toBe("ok");
    expect(supplied()).toBe(before + 1);
  });

  it("says beGateway has no API for evidence, and keeps support out", async () => {
    const id = await openDispute("begateway", "ord-ev-3");
    const input = { id, idempotencyKey: "evidence-key-3", fileName: "r.pdf", contentBase64: PDF.toString("base64") };
    await expect(callerAs("ops").disputes.submitEvidence(input)).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("has no API for dispute evidence"),
    });
    await expect(callerAs("support").disputes.submitEvidence(input)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
