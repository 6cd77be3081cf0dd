// Accepting an Antom dispute: sent to Antom's acceptDispute (msw playing Antom, real signatures both ways), audited,
// applied as accepted with the loss in the ledger, and not sent again on a repeated click.
import { generateKeyPairSync, sign } from "node:crypto";
import { sql } from "drizzle-orm";
import { createServer as createHttpServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { createCallerFactory } from "@paylens/api/trpc";
import { appRouter } from "@paylens/api/root";
import { principalFor } from "@paylens/api/test-principals";
import { createContextInner } from "@paylens/api/context";
import type { Database } from "@paylens/db/client";
import { applyDisputesIn } from "@paylens/db/queries/disputes-apply";
import { createTestDb } from "@paylens/db/test-db";
import { insertTestTransactions } from "@paylens/db/test-transactions";
import type { DisputeSnapshot } from "@paylens/domain/dispute";
import type { AntomCredentials } from "@paylens/providers/antom/credentials";
import { verifyContent } from "@paylens/providers/antom/sign";
import { connectorFor } from "@paylens/providers/connectors";

const path = "/ams/sandbox/api/v1/payments/acceptDispute";
const merchantKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const antomKeys = generateKeyPairSync("rsa", { modulusLength: 2048 });
const credentials: AntomCredentials = {
  clientId: "SANDBOX_5X00000000000000",
  merchantPrivateKey: merchantKeys.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  antomPublicKey: antomKeys.publicKey.export({ type: "spki", format: "pem" }).toString(),
};
const SUCCESS = { result: { resultStatus: "S", resultCode: "SUCCESS", resultMessage: "success" } };

const received: { path: string | undefined; disputeId: unknown; signedCorrectly: boolean }[] = [];
let answer: Record<string, unknown> = SUCCESS;
/** Antom's acceptDispute: checks the request's signature, answers signed with the Antom key. */
const antomApi = createHttpServer((request, response) => {
  let raw = "";
  request.on("data", (chunk: Buffer) => (raw += chunk.toString()));
  request.on("end", () => {
    received.push({
      path: request.url,
      disputeId: (JSON.parse(raw) as Record<string, unknown>).disputeId,
      signedCorrectly: verifyContent(
        { path, clientId: credentials.clientId, time: String(request.headers["request-time"] ?? ""), body: raw },
        String(request.headers["signature"] ?? ""),
        merchantKeys.publicKey,
      ),
    });
    const text = JSON.stringify(answer);
    const time = "2026-11-23T06:20:07+08:00";
    const value = sign(
      "sha256",
      Buffer.from(`POST ${path}\n${credentials.clientId}.${time}.${text}`),
      antomKeys.privateKey,
    );
    response.writeHead(200, {
      "content-type": "application/json",
      "client-id": credentials.clientId,
      "response-time": time,
      signature: `algorithm=RSA256,keyVersion=1,signature=${encodeURIComponent(value.toString("base64"))}`,
    });
    response.end(text);
  });
});
let base = "";

function dispute(id: string, paymentUid: string): DisputeSnapshot {
  return {
    provider: "antom",
    providerDisputeId: id,
    paymentProviderUid: paymentUid,
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
  };
}

describe("accepting a dispute", () => {
  let database: Database;
  const callerAs = (role: "ops" | "finance" | "support") =>
    createCallerFactory(appRouter)(
      createContextInner({
        db: database.db,
        dbKind: database.kind,
        principal: principalFor(role),
        providers: {
          connector: connectorFor,
          callContext: (accountId) => ({
            account: { id: accountId, provider: "antom", name: "Antom", baseUrl: base },
            credentials,
            recordCall: async () => undefined,
          }),
        },
      }),
    );
  async function openDispute(id: string, paymentUid: string) {
    const [paymentId] = await insertTestTransactions(database.db, [{ provider: "antom", providerUid: paymentUid }]);
    const [result] = await database.db.transaction((tx) =>
      applyDisputesIn(tx, [
        {
          accountId: "test-antom",
          dispute: dispute(id, paymentUid),
          dedupKey: `dispute|${id}`,
          receivedAt: new Date(),
        },
      ]),
    );
    return { paymentId: paymentId!, disputeId: result!.disputeId! };
  }

  beforeAll(async () => {
    await new Promise<void>((resolve) => antomApi.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(antomApi.address() as AddressInfo).port}`;
    database = await createTestDb();
  });
  afterEach(() => {
    received.length = 0;
    answer = SUCCESS;
  });
  afterAll(async () => {
    antomApi.close();
    await database.close();
  });

  it("sends a signed acceptDispute once, audits it, and books the loss", async () => {
    const { paymentId, disputeId } = await openDispute("d-acc-1", "pay-acc-1");
    const ops = callerAs("ops");
    expect(await ops.disputes.accept({ id: disputeId, idempotencyKey: "accept-key-1" })).toEqual({
      state: "accepted",
      already: false,
    });
    expect(received).toEqual([{ path, disputeId: "d-acc-1", signedCorrectly: true }]);
    expect(await ops.disputes.accept({ id: disputeId, idempotencyKey: "accept-key-1" })).toEqual({
      state: "accepted",
      already: true,
    });
    expect(received).toHaveLength(1);

    const full = await ops.disputes.byId({ id: disputeId });
    expect(full.dispute.status).toBe("accepted");
    expect(full.events.map((e) => e.transition)).toEqual(["create", "advance"]);
    const audit = await database.db.execute<{ action: string; subject: string }>(
      sql`select action, subject from audit_log where action = 'dispute.accept'`,
    );
    expect(audit.rows).toEqual([{ action: "dispute.accept", subject: "d-acc-1" }]);
    const ledger = await database.db.execute<{ account: string; balance: string }>(sql`
      select ledger_account as account, sum(amount_minor)::text as balance from ledger_entries
       where transaction_id = ${paymentId}::uuid and kind like 'dispute%' group by ledger_account order by 1`);
    expect(ledger.rows).toEqual([
      { account: "dispute_losses", balance: "1000" },
      { account: "disputes_held", balance: "0" },
      { account: "provider_receivable", balance: "-1000" },
    ]);
  });

  it("tells Antom's refusal in words and leaves the dispute open", async () => {
    const { disputeId } = await openDispute("d-acc-2", "pay-acc-2");
    answer = {
      result: { resultStatus: "F", resultCode: "DISPUTE_STATUS_INVALID", resultMessage: "The dispute is judged" },
    };
    await expect(callerAs("ops").disputes.accept({ id: disputeId, idempotencyKey: "accept-key-2" })).rejects.toThrow(
      "Antom refused: The dispute is judged",
    );
    expect((await callerAs("ops").disputes.byId({ id: disputeId })).dispute.status).toBe("needs_response");
  });

  it("lets support read but not accept", async () => {
    const { disputeId } = await openDispute("d-acc-3", "pay-acc-3");
    await expect(
      callerAs("support").disputes.accept({ id: disputeId, idempotencyKey: "accept-key-3" }),
    ).rejects.toThrow();
    expect(received).toHaveLength(0);
  });

  it("lets finance accept too", async () => {
    const { disputeId } = await openDispute("d-acc-4", "pay-acc-4");
    expect(await callerAs("finance").disputes.accept({ id: disputeId, idempotencyKey: "accept-key-4" })).toMatchObject({
      state: "accepted",
      already: false,
    });
    expect(received).toHaveLength(1);
  });
});
