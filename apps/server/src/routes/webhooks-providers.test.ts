// Every provider through the real route: stored before the answer, the provider's exact success reply,
// resends recorded as duplicates and applied once, tampered messages rejected without the success reply.
import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "@paylens/db/client";
import { upsertAccounts } from "@paylens/db/queries/accounts";
import { applyPendingInbox } from "@paylens/db/queries/inbox";
import { listTransactions } from "@paylens/db/queries/transactions";
import { createTestDb } from "@paylens/db/test-db";
import { PROVIDER_IDS } from "@paylens/providers/catalog";
import type { ContractSample } from "@paylens/providers/contract-sample";
import { connectorFor } from "@paylens/providers/connectors";
import { AccountBook } from "../accounts.ts";
import { createServer } from "../server.ts";

async function sampleOf(provider: string): Promise<ContractSample> {
  const file = new URL(`../../../../packages/providers/src/${provider}/contract-sample.ts`, import.meta.url);
  if (!existsSync(file)) throw new Error(`no contract sample for ${provider}`);
  return ((await import(file.href)) as { sample: ContractSample }).sample;
}

const parse = (message: { provider: string; rawBody: string; headers: Record<string, string> }) => {
  const connector = connectorFor(message.provider);
  if (!connector) throw new Error("no connector");
  return connector.parseWebhook(message.rawBody, message.headers);
};

describe.each(PROVIDER_IDS.map((provider) => [provider] as const))("%s webhooks through the server", (provider) => {
  let database: Database;
  let server: Awaited<ReturnType<typeof createServer>>;
  let sample: ContractSample;
  const connector = connectorFor(provider);

  beforeAll(async () => {
    sample = await sampleOf(provider);
    database = await createTestDb();
    // The account id is the last path segment the sample was signed over (Antom signs the path).
    const accountId = sample.webhook.path.split("/").pop() ?? "a";
    const accounts = new AccountBook([
      {
        account: { id: accountId, provider, name: provider, baseUrl: "http://127.0.0.1:9" },
        credentials: sample.credentials,
        demo: false,
      },
    ]);
    await upsertAccounts(database.db, [
      { id: accountId, provider, name: provider, baseUrl: "http://127.0.0.1:9", demo: false },
    ]);
    server = await createServer({
      replayWindowMs: 0, // the seed payloads were signed years ago
      db: database.db,
      dbKind: database.kind,
      accounts,
      webDist: null,
      logger: false,
    });
  });
  afterAll(async () => {
    await server.stop();
    await database.close();
  });

  const post = (rawBody: string) =>
    server.app.inject({
      method: "POST",
      url: sample.webhook.path,
      payload: rawBody,
      headers: {
        "content-type": sample.webhook.headers["content-type"] ?? "application/json",
        ...sample.webhook.headers,
      },
    });

  it("answers a resent notification with the provider's success reply each time, and applies it once", async () => {
    for (let attempt = 0; attempt < 3; attempt++) {
      const reply = await post(sample.webhook.rawBody);
      expect(reply.statusCode).toBe(connector?.webhookReplies.accepted.statusCode);
      expect(reply.body).toBe(connector?.webhookReplies.accepted.body);
    }
    expect(await applyPendingInbox(database.db, parse)).toEqual({ applied: 1, duplicate: 2, failed: 0 });
    const page = await listTransactions(database.db, { filter: { provider: [provider] }, limit: 10 });
    expect(page.items).toHaveLength(1);
  });

  it("rejects a tampered notification without the success reply and applies nothing", async () => {
    const tampered = sample.webhook.rawBody.replace(/\d(?=\D*$)/, (digit: string) => String((Number(digit) + 1) % 10));
    const reply = await post(tampered);
    expect(reply.statusCode).toBe(connector?.webhookReplies.rejected.statusCode);
    expect(reply.body).not.toBe(connector?.webhookReplies.accepted.body);
    expect(await applyPendingInbox(database.db, parse)).toEqual({ applied: 0, duplicate: 0, failed: 0 });
  });
});
